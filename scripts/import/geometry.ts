/**
 * Geometry clean-up on the way to WGS84: convert every position (dropping Z), round to 7 decimals
 * (≈ 1 cm), drop repeated points, close rings, wind outer rings counter-clockwise (RFC 7946) and
 * unwrap single-member multi geometries where the layer wants the single type.
 */
import { rewind } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { importCatalogue } from './catalogue';

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** The first position of a geometry (for CRS sniffing), or null. */
export function firstPosition(g: Geometry | null): Position | null {
  if (!g) return null;
  if (g.type === 'GeometryCollection') {
    for (const m of g.geometries) {
      const p = firstPosition(m);
      if (p) return p;
    }
    return null;
  }
  let c: unknown = g.coordinates;
  while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number' ? (c as Position) : null;
}

function mapCoords(c: unknown, fn: (p: [number, number]) => [number, number]): unknown {
  if (!Array.isArray(c)) return c;
  if (typeof c[0] === 'number') {
    const [x, y] = fn([Number(c[0]), Number(c[1])]);
    return [round7(x), round7(y)];
  }
  return c.map((m) => mapCoords(m, fn));
}

function same(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function dedupe(line: Position[]): Position[] {
  return line.filter((p, i) => i === 0 || !same(p, line[i - 1]));
}

function closeRing(ring: Position[]): Position[] {
  const r = dedupe(ring);
  if (r.length > 0 && !same(r[0], r[r.length - 1])) r.push([...r[0]]);
  return r;
}

/** Converts and cleans one geometry. Throws only for a non-finite result (the caller reports it). */
export function convertGeometry(
  g: Geometry,
  fn: (p: [number, number]) => [number, number],
  layerId: string,
): Geometry {
  if (g.type === 'GeometryCollection') {
    const parts = g.geometries.map((m) => convertGeometry(m, fn, layerId));
    if (parts.length === 1) return parts[0];
    const types = new Set(parts.map((p) => p.type));
    if (types.size === 1 && types.has('Polygon'))
      return finish(
        {
          type: 'MultiPolygon',
          coordinates: parts.map((p) => (p as { coordinates: Position[][] }).coordinates),
        },
        layerId,
      );
    if (types.size === 1 && types.has('LineString'))
      return finish(
        {
          type: 'MultiLineString',
          coordinates: parts.map((p) => (p as { coordinates: Position[] }).coordinates),
        },
        layerId,
      );
    return { type: 'GeometryCollection', geometries: parts };
  }
  const coords = mapCoords(g.coordinates, fn);
  const out = { type: g.type, coordinates: coords } as Geometry;
  for (const p of flatPositions(out))
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) throw new Error('non-finite coordinate');
  return finish(out, layerId);
}

function flatPositions(g: Geometry): Position[] {
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(flatPositions);
  const out: Position[] = [];
  const walk = (c: unknown) => {
    if (Array.isArray(c) && typeof c[0] === 'number') out.push(c as Position);
    else if (Array.isArray(c)) for (const m of c) walk(m);
  };
  walk(g.coordinates);
  return out;
}

function finish(g: Geometry, layerId: string): Geometry {
  let out: Geometry = g;
  if (out.type === 'Polygon') out = { type: 'Polygon', coordinates: out.coordinates.map(closeRing) };
  else if (out.type === 'MultiPolygon')
    out = { type: 'MultiPolygon', coordinates: out.coordinates.map((p) => p.map(closeRing)) };
  else if (out.type === 'LineString') out = { type: 'LineString', coordinates: dedupe(out.coordinates) };
  else if (out.type === 'MultiLineString')
    out = { type: 'MultiLineString', coordinates: out.coordinates.map(dedupe) };
  const kinds = importCatalogue().get(layerId)?.geometry;
  const allowed: readonly string[] | null = !kinds || kinds === 'any' ? null : kinds;
  const single = out.type.startsWith('Multi') ? out.type.slice(5) : null;
  const coords = (out as { coordinates: unknown[] }).coordinates;
  if (single && allowed && !allowed.includes(out.type) && allowed.includes(single) && coords.length === 1)
    out = { type: single, coordinates: coords[0] } as Geometry;
  if (out.type === 'Polygon' || out.type === 'MultiPolygon') {
    const ringsOk = flatRings(out).every((r) => r.length >= 4);
    if (ringsOk) out = rewind(out, { mutate: true }) as Geometry;
  }
  return out;
}

function flatRings(g: Geometry): Position[][] {
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

const NUMBER_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * Coordinates given as text that are numbers ("101.7233", as some exports write them) become
 * numbers, counted for one warning; any other non-number is reported (`bad`, with where).
 */
export function numericCoords(g: Geometry | null): {
  geometry: Geometry | null;
  text: number;
  sample: string | null;
  bad: { at: string; value: string } | null;
} {
  let text = 0;
  let sample: string | null = null;
  let bad: { at: string; value: string } | null = null;
  const walk = (c: unknown, at: string): unknown => {
    if (!Array.isArray(c)) return c;
    if (c.length > 0 && !Array.isArray(c[0]) && c.some((v) => typeof v !== 'number')) {
      return c.map((v, k) => {
        if (typeof v === 'number') return v;
        if (typeof v === 'string' && NUMBER_TEXT.test(v)) {
          text++;
          sample ??= v;
          return Number(v);
        }
        bad ??= {
          at: `${at}[${k}]`,
          value: typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) : describeValue(v),
        };
        return v;
      });
    }
    return c.map((m, k) => walk(m, `${at}[${k}]`));
  };
  const fix = (x: Geometry, at: string): Geometry =>
    x.type === 'GeometryCollection'
      ? { ...x, geometries: (x.geometries ?? []).map((m, k) => fix(m, `${at}.geometries[${k}]`)) }
      : ({
          ...x,
          coordinates: walk((x as { coordinates: unknown }).coordinates, `${at}.coordinates`),
        } as Geometry);
  return { geometry: g ? fix(g, 'geometry') : null, text, sample, bad };
}

/** A value named for a message: `an object`, `an array`, `null`, `true`, `12`. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `text ${JSON.stringify(v.slice(0, 20))}`;
  return String(v);
}

/** True for a geometry without a single position (an empty Polygon, an empty GeometryCollection). */
export function isEmptyGeometry(g: Geometry): boolean {
  if (g.type === 'GeometryCollection')
    return !Array.isArray(g.geometries) || g.geometries.every(isEmptyGeometry);
  return firstPosition(g) === null && flatPositions(g).length === 0;
}

/**
 * Plane geometry in a local metric frame around the old core, and the conversions to WGS84.
 * Everything hand-placed is drawn in metres (x east, y north) and converted at the end.
 */
import { booleanClockwise } from '@turf/turf';
import type { Polygon, Position } from 'geojson';

export type XY = [number, number];

/** The city point (Wikipedia infobox), the origin of the local frame. */
export const ORIGIN: XY = [101.7183, 26.5817];
const LAT0 = (ORIGIN[1] * Math.PI) / 180;
/** metres per degree at the origin's latitude (WGS84 ellipsoid series) */
const M_PER_DEG_LON = 111412.84 * Math.cos(LAT0) - 93.5 * Math.cos(3 * LAT0);
const M_PER_DEG_LAT = 111132.954 - 559.822 * Math.cos(2 * LAT0) + 1.175 * Math.cos(4 * LAT0);

export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

export function toLngLat([x, y]: XY): Position {
  return [round6(ORIGIN[0] + x / M_PER_DEG_LON), round6(ORIGIN[1] + y / M_PER_DEG_LAT)];
}

export function toXY([lng, lat]: Position): XY {
  return [(lng - ORIGIN[0]) * M_PER_DEG_LON, (lat - ORIGIN[1]) * M_PER_DEG_LAT];
}

export const add = (a: XY, b: XY): XY => [a[0] + b[0], a[1] + b[1]];
export const sub = (a: XY, b: XY): XY => [a[0] - b[0], a[1] - b[1]];
export const scale = (a: XY, k: number): XY => [a[0] * k, a[1] * k];
export const lerp = (a: XY, b: XY, t: number): XY => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const dist = (a: XY, b: XY): number => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Chaikin corner cutting of an open polyline (keeps both ends). */
export function chaikin(line: XY[], iterations: number): XY[] {
  let pts = line;
  for (let k = 0; k < iterations; k++) {
    const out: XY[] = [pts[0]];
    for (let i = 0; i < pts.length - 1; i++) {
      out.push(lerp(pts[i], pts[i + 1], 0.25), lerp(pts[i], pts[i + 1], 0.75));
    }
    out.push(pts[pts.length - 1]);
    pts = out;
  }
  return pts;
}

/** Points every `step` metres along a polyline (ends included). */
export function resample(line: XY[], step: number): XY[] {
  const total = polylineLength(line);
  const n = Math.max(1, Math.round(total / step));
  const out: XY[] = [];
  for (let k = 0; k <= n; k++) out.push(pointAlong(line, (total * k) / n));
  return out;
}

export function polylineLength(line: XY[]): number {
  let s = 0;
  for (let i = 1; i < line.length; i++) s += dist(line[i - 1], line[i]);
  return s;
}

export function pointAlong(line: XY[], d: number): XY {
  let rest = d;
  for (let i = 1; i < line.length; i++) {
    const seg = dist(line[i - 1], line[i]);
    if (rest <= seg || i === line.length - 1)
      return lerp(line[i - 1], line[i], seg === 0 ? 0 : Math.min(1, rest / seg));
    rest -= seg;
  }
  return line[line.length - 1];
}

/** The part of a polyline between distances `from` and `to` along it. */
export function subLine(line: XY[], from: number, to: number): XY[] {
  const out: XY[] = [pointAlong(line, from)];
  let s = 0;
  for (let i = 1; i < line.length; i++) {
    s += dist(line[i - 1], line[i]);
    if (s > from && s < to) out.push(line[i]);
  }
  out.push(pointAlong(line, to));
  return out;
}

/** Offset a polyline sideways; positive = to the left of its direction. Miter joins. */
export function offsetLine(line: XY[], d: number): XY[] {
  const n = line.length;
  const normals: XY[] = [];
  for (let i = 0; i < n - 1; i++) {
    const [dx, dy] = sub(line[i + 1], line[i]);
    const len = Math.hypot(dx, dy) || 1;
    normals.push([-dy / len, dx / len]);
  }
  return line.map((p, i) => {
    if (i === 0) return add(p, scale(normals[0], d));
    if (i === n - 1) return add(p, scale(normals[n - 2], d));
    const a = normals[i - 1];
    const b = normals[i];
    const m: XY = [a[0] + b[0], a[1] + b[1]];
    const len = Math.hypot(m[0], m[1]) || 1;
    const cos = (m[0] * a[0] + m[1] * a[1]) / len;
    return add(p, scale([m[0] / len, m[1] / len], d / Math.max(cos, 0.5)));
  });
}

/** Signed area of a closed ring given without the repeated last point (> 0 = counter-clockwise). */
export function signedArea(ring: XY[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

export function centroid(ring: XY[]): XY {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

/** Offset a simple ring outward by `d` metres (negative = inward). Miter joins. */
export function offsetRing(ring: XY[], d: number): XY[] {
  const ccw = signedArea(ring) > 0 ? ring : [...ring].reverse();
  const closed = [ccw[ccw.length - 1], ...ccw, ccw[0]];
  // For a CCW ring the outside is on the right: offset by -d.
  return offsetLine(closed, -d).slice(1, -1);
}

/** Scale a ring about its vertex centroid. */
export function scaleRing(ring: XY[], k: number): XY[] {
  const c = centroid(ring);
  return ring.map((p) => add(c, scale(sub(p, c), k)));
}

/** Distance from a point to a polyline, and the side (> 0 left of its direction, < 0 right). */
export function signedDistance(p: XY, line: XY[]): number {
  let best = Number.POSITIVE_INFINITY;
  let side = 1;
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i];
    const b = line[i + 1];
    const ab = sub(b, a);
    const len2 = ab[0] * ab[0] + ab[1] * ab[1] || 1;
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / len2));
    const q = lerp(a, b, t);
    const dd = dist(p, q);
    if (dd < best) {
      best = dd;
      const cross = ab[0] * (p[1] - a[1]) - ab[1] * (p[0] - a[0]);
      side = cross >= 0 ? 1 : -1;
    }
  }
  return best * side;
}

/** A GeoJSON Polygon from a local ring: closed, outer ring counter-clockwise, 6 decimals. */
export function polygonFromXY(ring: XY[]): Polygon {
  const coords = ring.map(toLngLat);
  return polygonFromLngLat(coords);
}

export function polygonFromLngLat(ring: Position[]): Polygon {
  const open = [...ring];
  const first = open[0];
  const last = open[open.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) open.pop();
  const closed = [...open, open[0]];
  const ordered = booleanClockwise(closed) ? [...closed].reverse() : closed;
  return { type: 'Polygon', coordinates: [ordered] };
}

export function lineFromXY(line: XY[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    const q = toLngLat(p);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
  }
  return out;
}

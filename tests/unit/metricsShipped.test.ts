/**
 * The metrics function on the shipped data (public/geo), against Turf used directly: point in
 * polygon and sums for the lifts, `lineSplit` clipping and dense sampling for the pipelines, plain
 * filters for the `years` window and unpublished sums. Also: the map's status expression and the
 * numbers' status rule agree for every work and year.
 */
// A dependency of maplibre-gl: evaluates the map's own style expression without a browser.
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { along, area, booleanPointInPolygon, length, lineSplit, lineString } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { effectiveStatus } from '../../src/data/status';
import { EFFECTIVE_STATUS } from '../../src/map/style/styles';
import { zoneSummary } from '../../src/metrics/zoneSummary';
import { metricsOf, readLayer, shippedCatalogue, shippedLayers } from './helpers/catalogue';

const layers = shippedLayers();
const metrics = metricsOf(layers);
const AREAS = ['stairway', 'power-plant', 'city-origin', 'hill-lane'];
const STATUSES = ['planned', 'under_construction', 'completed'] as const;
type Zone = Feature<Polygon | MultiPolygon>;
const zone = (id: string) => metrics.zones.get(id) as Zone;
const props = (f: Feature) => (f.properties ?? {}) as Record<string, unknown>;
const ids = (fs: Feature[]) => fs.map((f) => String(f.properties?.id));
const partsOf = (f: Feature): Position[][] =>
  f.geometry.type === 'LineString'
    ? [f.geometry.coordinates]
    : f.geometry.type === 'MultiLineString'
      ? f.geometry.coordinates
      : [];

/** Km of a line inside a zone by Turf's lineSplit: the pieces whose midpoint lies inside. */
function splitKm(f: Feature, z: Zone): number {
  let km = 0;
  for (const c of partsOf(f)) {
    const ls = lineString(c);
    const pieces = lineSplit(ls, z).features;
    for (const piece of pieces.length ? pieces : [ls]) {
      const len = length(piece);
      if (len > 0 && booleanPointInPolygon(along(piece, len / 2), z)) km += len;
    }
  }
  return km;
}

/** Km of a line inside a zone by sampling every 10 m. */
function sampledKm(f: Feature, z: Zone): number {
  let km = 0;
  for (const c of partsOf(f)) {
    const ls = lineString(c);
    const len = length(ls);
    const steps = Math.max(1, Math.round(len * 100));
    for (let i = 0; i < steps; i++)
      if (booleanPointInPolygon(along(ls, ((i + 0.5) * len) / steps), z)) km += len / steps;
  }
  return km;
}

describe('the shipped data through the metrics function', () => {
  it('has the four areas and the pilot zone as zones', () => {
    expect([...metrics.zones.keys()]).toEqual([...AREAS, 'pilot-zone']);
  });

  it('the lifts of the pilot zone by status: the points in it, their units summed', () => {
    const pilot = zone('pilot-zone');
    for (const year of [null, 2024, 2025, 2026, 2027]) {
      const hand = { planned: 0, under_construction: 0, completed: 0, total: 0 };
      for (const f of readLayer('elevators').features) {
        if (!booleanPointInPolygon((f.geometry as Point).coordinates, pilot)) continue;
        const p = props(f);
        const st =
          year === null
            ? (p.status as (typeof STATUSES)[number])
            : (p.year as number) <= year
              ? 'completed'
              : Number(String(p.start).slice(0, 4)) <= year
                ? 'under_construction'
                : 'planned';
        hand[st] += Number(p.units);
        hand.total += Number(p.units);
      }
      expect(hand.total).toBeGreaterThan(10);
      const v = metrics.value({ layer: 'elevators', measure: 'lifts', zone: 'pilot-zone', year });
      expect(
        v && {
          planned: v.planned,
          under_construction: v.under_construction,
          completed: v.completed,
          total: v.total,
        },
        String(year),
      ).toEqual(hand);
    }
  });

  it('km of (underground) pipelines in a zone: lineSplit clipping of each line', () => {
    const all = readLayer('pipelines').features;
    const under = all.filter((f) => props(f).method === 'underground');
    // a line with a metre or less inside only runs along the outline: it is not in the zone
    const kmIn = (id: string, fs: Feature[]) =>
      fs.map((f) => splitKm(f, zone(id))).reduce((s, km) => s + (km > 0.001 ? km : 0), 0);
    expect(kmIn('stairway', under)).toBeGreaterThan(1);
    // the hill-lane area cuts a line (pl-19): clipping matters
    const cut = all.find((f) => props(f).id === 'pl-19') as Feature;
    expect(splitKm(cut, zone('hill-lane'))).toBeGreaterThan(0.5);
    expect(splitKm(cut, zone('hill-lane'))).toBeLessThan(length(cut) - 0.5);
    for (const id of metrics.zones.keys())
      for (const [measure, lines] of [
        ['km', all],
        ['underground_km', under],
      ] as const) {
        const v = metrics.value({ layer: 'pipelines', measure, zone: id });
        expect(v?.total, `${id} ${measure}`).toBeCloseTo(kmIn(id, lines), 6);
        for (const st of STATUSES)
          expect(v?.[st], `${id} ${measure} ${st}`).toBeCloseTo(
            kmIn(
              id,
              lines.filter((f) => props(f).status === st),
            ),
            6,
          );
      }
  });

  it('clipped pipeline lengths agree with dense sampling along each line (10 m steps), in every zone', () => {
    for (const [id, z] of metrics.zones) {
      const sampled = readLayer('pipelines').features.reduce((s, f) => s + sampledKm(f, z as Zone), 0);
      const clipped = metrics.members('pipelines', id).reduce((s, m) => s + (m.km ?? 0), 0);
      expect(Math.abs(clipped - sampled), id).toBeLessThan(0.03);
      expect(metrics.value({ layer: 'pipelines', measure: 'km', zone: id })?.total, id).toBeCloseTo(
        clipped,
        9,
      );
    }
  });

  it('years: [2025, 2027] counts only the works due in those years', () => {
    const comm = readLayer('communities').features.map(props);
    const due = comm.filter((p) => (p.year as number) >= 2025 && (p.year as number) <= 2027);
    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThan(comm.length);
    const v = metrics.value({ layer: 'communities', measure: 'count', years: [2025, 2027] });
    expect(v?.total).toBe(due.length);
    expect(v?.completed).toBe(due.filter((p) => p.status === 'completed').length);
    const lifts = readLayer('elevators')
      .features.map(props)
      .filter((p) => (p.year as number) >= 2025 && (p.year as number) <= 2027);
    expect(metrics.value({ layer: 'elevators', measure: 'lifts', years: [2025, 2027] })?.total).toBe(
      lifts.reduce((s, p) => s + Number(p.units), 0),
    );
    expect(metrics.value({ layer: 'communities', measure: 'count', years: [2026, 2026] })?.total).toBe(
      comm.filter((p) => p.year === 2026).length,
    );
  });

  it('a sum of investments: the published figures summed, the rest counted apart (withValue)', () => {
    const comm = readLayer('communities').features.map(props);
    const published = comm.filter((p) => typeof p.investment_wan === 'number');
    expect(published.length).toBeGreaterThan(0);
    expect(published.length).toBeLessThan(comm.length); // some are null: not published
    const v = metrics.value({ layer: 'communities', measure: 'investment' });
    expect(v?.withValue).toBe(published.length);
    expect(v?.features).toBe(comm.length);
    expect(v?.total).toBe(published.reduce((s, p) => s + Number(p.investment_wan), 0));
  });

  it('an unknown layer or measure gives null, never 0', () => {
    expect(metrics.value({ layer: 'parks', measure: 'count' })).toBeNull();
    expect(metrics.value({ layer: 'elevators', measure: 'units' })).toBeNull();
    expect(metrics.value({ layer: 'elevators', measure: 'lifts', zone: 'no-such-zone' })).toBeNull();
  });

  it('the pilot zone computes to about 230 亩 (±1%), with households and works inside', () => {
    const s = zoneSummary(metrics, 'pilot-zone', null);
    if (!s) throw new Error('no pilot zone');
    expect(s.mu).toBeCloseTo(area(zone('pilot-zone')) / (10000 / 15), 6);
    expect(s.mu).toBeGreaterThan(230 * 0.99);
    expect(s.mu).toBeLessThan(230 * 1.01);
    expect(s.ha).toBeCloseTo(s.mu / 15, 6);
    expect(s.households).toBeGreaterThanOrEqual(2000);
    for (const layer of ['communities', 'elevators', 'pipelines'])
      expect(s.rows.find((r) => r.layer === layer)?.value.total, layer).toBeGreaterThan(0);
  });

  it('the pilot zone lies in the stairway area: its works are a subset of the area’s', () => {
    for (const layer of ['communities', 'pocket-parks', 'elevators']) {
      const inStair = new Set(ids(metrics.features({ layer, zone: 'stairway' })));
      const inPilot = ids(metrics.features({ layer, zone: 'pilot-zone' }));
      for (const id of inPilot) expect(inStair.has(id), `${layer} ${id}`).toBe(true);
    }
  });

  it('the areas do not overlap: no work is counted in two areas, and their km add up to at most the district’s', () => {
    for (const layer of ['communities', 'pocket-parks', 'riverside', 'elevators']) {
      const seen = new Map<string, string>();
      for (const a of AREAS)
        for (const id of ids(metrics.features({ layer, zone: a }))) {
          expect(seen.get(id), `${layer} ${id} in ${a}`).toBeUndefined();
          seen.set(id, a);
        }
    }
    const sum = AREAS.reduce(
      (s, a) => s + (metrics.value({ layer: 'pipelines', measure: 'km', zone: a })?.total ?? 0),
      0,
    );
    expect(sum).toBeLessThanOrEqual(
      (metrics.value({ layer: 'pipelines', measure: 'km' })?.total ?? 0) + 1e-9,
    );
  });

  it('each community lies in the area its `area` field names', () => {
    for (const a of AREAS) {
      const byField = readLayer('communities').features.filter((f) => props(f).area === a);
      expect(ids(metrics.features({ layer: 'communities', zone: a })).sort(), a).toEqual(ids(byField).sort());
    }
  });
});

describe('the map and the numbers agree on status', () => {
  const expr = createExpression(
    EFFECTIVE_STATUS as never,
    {
      type: 'string',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as never,
  );
  if (expr.result !== 'success') throw new Error('EFFECTIVE_STATUS does not compile');
  const onMap = (p: Record<string, unknown>, year: number | null) =>
    expr.value.evaluate(
      { zoom: 15, globalState: { year: year ?? 0 } } as never,
      { type: 'Polygon', properties: p } as never,
    );

  it('EFFECTIVE_STATUS (the style) equals effectiveStatus (counts, panels, targets) for every work and year', () => {
    let compared = 0;
    for (const w of shippedCatalogue().works)
      for (const f of readLayer(w.id).features)
        for (const year of [null, 2022, 2023, 2024, 2025, 2026, 2027]) {
          const p = props(f);
          expect(onMap(p, year), `${p.id} ${year}`).toBe(effectiveStatus(p, year));
          compared++;
        }
    expect(compared).toBeGreaterThan(500);
    // and the year really changes what the map draws
    const p = { status: 'under_construction', year: 2026, start: '2025-04' };
    expect([onMap(p, 2024), onMap(p, 2025), onMap(p, 2026)]).toEqual([
      'planned',
      'under_construction',
      'completed',
    ]);
  });
});

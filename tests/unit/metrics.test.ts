/**
 * The one metrics function, `Metrics.value`, and the zone panel (`zoneSummary`) on hand-made data:
 * counts, sums, lengths and areas per zone, split by status at a year, the `years` window, sums
 * with unpublished values, and null for what the data cannot give. Expected values are worked out
 * by hand (./helpers/geo.ts).
 */
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { zoneSummary } from '../../src/metrics/zoneSummary';
import { metricsOf } from './helpers/catalogue';
import { arcKm, fc, feature, line, point, rect, rectM2 } from './helpers/geo';

const M2_PER_MU = 10000 / 15;

const layers = new Map<string, FeatureCollection>([
  // the zones: a 0.01° square with 1,200 households, and a pilot zone far away with no works
  ['areas', fc([feature(rect(0, 0, 0.01, 0.01), { id: 'sq', households: 1200 })])],
  ['pilot-zone', fc([feature(rect(1, 1, 1.01, 1.01), { id: 'far' })])],
  [
    'communities',
    fc([
      // inside, completed 2023, 300 households
      feature(rect(0.001, 0.001, 0.003, 0.003), {
        id: 'c1',
        status: 'completed',
        year: 2023,
        households: 300,
        investment_wan: 100,
      }),
      // straddles the east edge, mostly inside: counted
      feature(rect(0.008, 0.001, 0.0104, 0.003), {
        id: 'c2',
        status: 'under_construction',
        year: 2026,
        start: '2025-04',
        households: 200,
        investment_wan: null,
      }),
      // straddles the east edge, mostly outside: not counted
      feature(rect(0.0096, 0.004, 0.013, 0.006), {
        id: 'c3',
        status: 'planned',
        year: 2027,
        households: 999,
      }),
    ]),
  ],
  [
    'pocket-parks',
    fc([
      feature(rect(0.004, 0.004, 0.0045, 0.0045), {
        id: 'p1',
        status: 'planned',
        year: 2027,
        start: '2026-03',
      }),
    ]),
  ],
  [
    'elevators',
    fc([
      point(0.002, 0.002, { id: 'e1', status: 'completed', year: 2024, units: 2 }),
      point(0.009, 0.002, { id: 'e2', status: 'planned', year: 2027, units: 3 }),
      point(0.02, 0.002, { id: 'e3', status: 'completed', year: 2024, units: 5 }),
    ]),
  ],
  [
    'pipelines',
    fc([
      line(
        [
          [-0.01, 0.005],
          [0.02, 0.005],
        ],
        { id: 'l1', status: 'completed', year: 2025, method: 'underground' },
      ),
    ]),
  ],
]);
const metrics = metricsOf(layers);
const value = (q: Parameters<typeof metrics.value>[0]) => {
  const v = metrics.value(q);
  if (!v) throw new Error(`no value for ${JSON.stringify(q)}`);
  return v;
};
const split = (layer: string, measure: string, zone = 'sq', year: number | null = null) => {
  const v = value({ layer, measure, zone, year });
  return {
    planned: v.planned,
    under_construction: v.under_construction,
    completed: v.completed,
    total: v.total,
  };
};

describe('Metrics.value on hand-made data', () => {
  it('counts works in a zone by geometry, split by status', () => {
    expect(split('communities', 'count')).toEqual({
      planned: 0,
      under_construction: 1,
      completed: 1,
      total: 2,
    });
    expect(split('elevators', 'count')).toEqual({
      planned: 1,
      under_construction: 0,
      completed: 1,
      total: 2,
    });
    expect(split('pocket-parks', 'count').total).toBe(1);
    expect(value({ layer: 'communities', measure: 'count', zone: 'sq' }).unit).toEqual({
      zh: '个',
      en: 'communities',
    });
  });

  it('sums a field: households of the communities inside, lifts of the buildings inside', () => {
    expect(split('communities', 'households')).toEqual({
      planned: 0,
      under_construction: 200,
      completed: 300,
      total: 500,
    });
    expect(split('elevators', 'lifts')).toEqual({
      planned: 3,
      under_construction: 0,
      completed: 2,
      total: 5,
    });
    expect(split('elevators', 'lifts', 'district').total).toBe(10);
  });

  it('km of a line: only the part inside the zone', () => {
    const km = value({ layer: 'pipelines', measure: 'km', zone: 'sq' });
    expect(km.total).toBeCloseTo(arcKm(0.01), 3); // 1.112 km, not 3.336
    expect(km.completed).toBeCloseTo(arcKm(0.01), 3);
    expect(value({ layer: 'pipelines', measure: 'km' }).total).toBeCloseTo(arcKm(0.03), 3);
    expect(value({ layer: 'pipelines', measure: 'underground_km', zone: 'sq' }).total).toBeCloseTo(
      arcKm(0.01),
      3,
    );
  });

  it('a where measure counts only the matching features', () => {
    const overhead = line(
      [
        [0.002, -0.005],
        [0.002, 0.015],
      ],
      { id: 'l2', status: 'planned', year: 2026, method: 'overhead' },
    );
    const m = metricsOf({
      ...Object.fromEntries(layers),
      pipelines: fc([...(layers.get('pipelines')?.features ?? []), overhead]),
    });
    expect(m.value({ layer: 'pipelines', measure: 'km', zone: 'sq' })?.total).toBeCloseTo(arcKm(0.02), 3);
    expect(m.value({ layer: 'pipelines', measure: 'underground_km', zone: 'sq' })?.total).toBeCloseTo(
      arcKm(0.01),
      3,
    );
    expect(m.value({ layer: 'pipelines', measure: 'underground_km', zone: 'sq' })?.planned).toBe(0);
  });

  it('area in 亩 from the geometry', () => {
    const mu = value({ layer: 'areas', measure: 'mu', zone: 'sq' }).total;
    const m2 = rectM2(0, 0, 0.01, 0.01); // ≈ 1,236,434 m²
    expect(m2).toBeGreaterThan(1_236_300);
    expect(m2).toBeLessThan(1_236_600);
    expect((mu * M2_PER_MU) / m2).toBeCloseTo(1, 4); // ≈ 1,854.7 亩
    expect(value({ layer: 'pocket-parks', measure: 'mu' }).planned).toBeCloseTo(
      rectM2(0.004, 0.004, 0.0045, 0.0045) / M2_PER_MU,
      3,
    );
  });

  it('at the end of a year: completed by then, started by then, or planned (the data status ignored)', () => {
    expect(split('communities', 'count', 'sq', 2025)).toEqual({
      planned: 0,
      under_construction: 1,
      completed: 1,
      total: 2,
    });
    expect(split('communities', 'count', 'sq', 2024)).toEqual({
      planned: 1,
      under_construction: 0,
      completed: 1,
      total: 2,
    });
    expect(split('elevators', 'count', 'district', 2023)).toEqual({
      planned: 3,
      under_construction: 0,
      completed: 0,
      total: 3,
    });
    expect(split('pocket-parks', 'count', 'sq', 2026).under_construction).toBe(1);
    expect(value({ layer: 'pipelines', measure: 'km', zone: 'sq', year: 2022 }).planned).toBeCloseTo(
      arcKm(0.01),
      3,
    );
  });

  it('years: [from, to] counts only works completed in those years', () => {
    // c1 2023, c2 2026 in the square; c3 2027 outside it
    expect(value({ layer: 'communities', measure: 'count', zone: 'sq', years: [2025, 2027] }).total).toBe(1);
    expect(value({ layer: 'communities', measure: 'count', years: [2025, 2027] }).total).toBe(2);
    expect(value({ layer: 'communities', measure: 'households', years: [2025, 2027] }).total).toBe(1199);
    expect(value({ layer: 'communities', measure: 'count', years: [2023, 2023] }).completed).toBe(1);
    expect(value({ layer: 'elevators', measure: 'lifts', years: [2025, 2027], year: 2027 }).completed).toBe(
      3,
    );
    expect(
      metrics.features({ layer: 'communities', years: [2025, 2027] }).map((f) => f.properties?.id),
    ).toEqual(['c2', 'c3']);
  });

  it('a sum reports how many features have a number: null and missing are "not published", never 0', () => {
    const inv = value({ layer: 'communities', measure: 'investment' });
    expect(inv.total).toBe(100);
    expect(inv.features).toBe(3);
    expect(inv.withValue).toBe(1); // c2 null, c3 missing
    expect(value({ layer: 'communities', measure: 'count' }).withValue).toBe(3);
  });

  it('unknown layer, measure or zone, or a layer missing from the data: null, never 0', () => {
    expect(metrics.value({ layer: 'parks', measure: 'count' })).toBeNull();
    expect(metrics.value({ layer: 'communities', measure: 'acres' })).toBeNull();
    expect(metrics.value({ layer: 'communities', measure: 'count', zone: 'nowhere' })).toBeNull();
    expect(metrics.value({ layer: 'riverside', measure: 'count' })).toBeNull();
    // every layer has a count of its features
    expect(metrics.value({ layer: 'pipelines', measure: 'features', zone: 'sq' })?.total).toBe(1);
  });

  it('a resident’s circle: what lies within the radius', () => {
    const circle = { center: [0.002, 0.002] as [number, number], radiusM: 300 };
    expect(value({ layer: 'elevators', measure: 'lifts', zone: circle }).total).toBe(2); // e1 only
    expect(value({ layer: 'communities', measure: 'count', zone: circle }).total).toBe(1);
  });
});

describe('zoneSummary: the zone panel', () => {
  it('area, households of the zone, works inside by status and the share completed', () => {
    const s = zoneSummary(metrics, 'sq', null);
    if (!s) throw new Error('no summary');
    const m2 = rectM2(0, 0, 0.01, 0.01);
    expect(s.layer).toBe('areas');
    expect((s.mu * M2_PER_MU) / m2).toBeCloseTo(1, 4);
    expect(s.ha).toBeCloseTo(m2 / 10000, 1); // ≈ 123.6 ha
    expect(s.households).toBe(1200);
    // works: c1 ✓, c2, p1, e1 ✓, e2, l1 ✓ → 3 of 6 completed
    expect(s.works).toEqual({ planned: 2, under_construction: 1, completed: 3, total: 6 });
    expect(s.shareCompleted).toBeCloseTo(0.5, 10);
    const row = (layer: string, measure: string) =>
      s.rows.find((r) => r.layer === layer && r.measure.id === measure);
    expect(row('communities', 'households')?.value.total).toBe(500);
    expect(row('elevators', 'lifts')?.value.total).toBe(5);
    expect(row('pipelines', 'km')?.value.total).toBeCloseTo(arcKm(0.01), 3);
  });

  it('at the end of a year', () => {
    expect(zoneSummary(metrics, 'sq', 2025)?.works).toEqual({
      planned: 2,
      under_construction: 1,
      completed: 3,
      total: 6,
    });
    expect(zoneSummary(metrics, 'sq', 2022)?.works.completed).toBe(0);
    expect(zoneSummary(metrics, 'sq', 2022)?.shareCompleted).toBe(0);
    expect(zoneSummary(metrics, 'sq', 2027)?.shareCompleted).toBe(1);
  });

  it('a zone with no works has no share, not 0 %; no households figure, not 0; an unknown zone none', () => {
    const empty = zoneSummary(metrics, 'far', null);
    expect(empty?.layer).toBe('pilot-zone');
    expect(empty?.works.total).toBe(0);
    expect(empty?.shareCompleted).toBeNull();
    expect(empty?.households).toBeNull();
    expect(zoneSummary(metrics, 'nowhere', null)).toBeNull();
  });
});

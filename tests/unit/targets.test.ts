import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkTrackRecord, evaluateTarget, evaluateTargets, reaches } from '../../src/data/targets';
import type { LayerId, Target, TargetsConfig } from '../../src/data/types';
import { metricsOf, shippedLayers } from './helpers/catalogue';

// Works are counted in a zone by their geometry: only `a` and the first half of `p` lie in the
// stairway area (a square of 0.002° × 0.012° around the meridian); the other works are far east.
const pt: Geometry = { type: 'Point', coordinates: [0.05, 0.05] };
const inStairway: Geometry = { type: 'Point', coordinates: [0, 0] };
const site = (props: Record<string, unknown>, geometry: Geometry = pt): Feature => ({
  type: 'Feature',
  geometry,
  properties: props,
});
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const communities = fc([
  site(
    { id: 'a', status: 'completed', year: 2022, households: 100, investment_wan: 500, area: 'stairway' },
    inStairway,
  ),
  site({ id: 'b', status: 'completed', year: 2024, households: 200, investment_wan: null }),
  site({ id: 'c', status: 'under_construction', year: 2026, start: '2025-03', households: 300 }),
  site({ id: 'd', status: 'planned', year: 2027, start: '2026-05', households: 400, investment_wan: 1500 }),
  // finishes after the target year: shown apart, not counted
  site({ id: 'e', status: 'planned', year: 2029, households: 1000, investment_wan: 9000 }),
]);
const pipelines = fc([
  site(
    { id: 'p', status: 'completed', year: 2024, area: 'stairway' },
    // 0.02° of a meridian, of which 0.01° (≈ 1.112 km on Turf's sphere) lies in the stairway area
    {
      type: 'LineString',
      coordinates: [
        [0, -0.001],
        [0, 0.019],
      ],
    },
  ),
]);
const areas = fc([
  site(
    { id: 'stairway', name: '梯道片区', households: 0 },
    {
      type: 'Polygon',
      coordinates: [
        [
          [-0.001, -0.001],
          [0.001, -0.001],
          [0.001, 0.009],
          [-0.001, 0.009],
          [-0.001, -0.001],
        ],
      ],
    },
  ),
]);
const metrics = metricsOf(
  new Map<LayerId, FeatureCollection>([
    ['areas', areas],
    ['communities', communities],
    ['pipelines', pipelines],
  ]),
);

const target = (over: Partial<Target>): Target => ({
  id: 't',
  level: 'district',
  label: { zh: '目标', en: 'target' },
  value: 5,
  unit: 'count',
  by: 2027,
  rule: { layer: 'communities', measure: 'count' },
  comparison: 'at_least',
  ...over,
});

describe('evaluateTarget', () => {
  it('counts by status, leaves later features apart, and says the gap', () => {
    const p = evaluateTarget(target({ value: 6 }), metrics);
    if (p.kind !== 'counted') throw new Error('expected a count');
    expect(p.amounts).toEqual({ completed: 2, under_construction: 1, planned: 1 });
    expect(p.total).toBe(4);
    expect(p.later).toBe(1);
    expect(p.gap).toBe(2); // "还差 2 个"
    expect(p.gapCompleted).toBe(4);
    expect(p.met).toBe(false);
  });

  it('at_least is reached at the value, more_than only beyond it', () => {
    expect(reaches({ value: 4, comparison: 'at_least' }, 4)).toBe(true);
    expect(reaches({ value: 4, comparison: 'more_than' }, 4)).toBe(false);
    expect(reaches({ value: 4, comparison: 'more_than' }, 4.01)).toBe(true);
    const over = evaluateTarget(target({ value: 3 }), metrics);
    expect(over.kind === 'counted' && over.met && over.gap === -1).toBe(true); // "已超出 1 个"
  });

  it('sums households', () => {
    const p = evaluateTarget(
      target({
        value: 1000,
        unit: 'households',
        rule: { layer: 'communities', measure: 'sum', property: 'households' },
        comparison: 'more_than',
      }),
      metrics,
    );
    if (p.kind !== 'counted') throw new Error('expected a count');
    expect(p.amounts).toEqual({ completed: 300, under_construction: 300, planned: 400 });
    expect(p.total).toBe(1000);
    expect(p.met).toBe(false); // more than 1000 is needed
    expect(p.later).toBe(1000);
  });

  it('unknown money is not published, never 0', () => {
    const money = target({
      value: 50000,
      unit: 'wan_yuan',
      rule: { layer: 'communities', measure: 'sum', property: 'investment_wan' },
    });
    const p = evaluateTarget(money, metrics);
    if (p.kind !== 'counted') throw new Error('expected a count');
    expect(p.amounts).toEqual({ completed: 500, under_construction: 0, planned: 1500 });
    expect(p.unknown).toBe(2); // b (null) and c (missing)
    expect(p.published).toBe(true);
    const none = metricsOf({
      communities: fc([site({ id: 'x', status: 'planned', year: 2026, investment_wan: null })]),
    });
    const q = evaluateTarget(money, none);
    expect(q.kind === 'counted' && q.published).toBe(false);
  });

  it('length in km, only in the rule’s area', () => {
    const p = evaluateTarget(
      target({
        value: 1,
        unit: 'km',
        rule: { layer: 'pipelines', measure: 'length_km', area: 'stairway' },
        comparison: 'more_than',
      }),
      metrics,
    );
    if (p.kind !== 'counted') throw new Error('expected a count');
    // the 0.01° inside, not the 0.02° the line is long
    expect(p.amounts.completed).toBeCloseTo((6371008.8 * 0.01 * Math.PI) / 180 / 1000, 4);
    expect(p.met).toBe(true);
    const district = evaluateTarget(target({ rule: { layer: 'pipelines', measure: 'length_km' } }), metrics);
    expect(district.kind === 'counted' && district.amounts.completed).toBeCloseTo(
      (6371008.8 * 0.02 * Math.PI) / 180 / 1000,
      4,
    );
    const q = evaluateTarget(
      target({ rule: { layer: 'communities', measure: 'count', area: 'stairway' } }),
      metrics,
    );
    expect(q.kind === 'counted' && q.total).toBe(1);
  });

  it('at the end of a year: what was completed by then', () => {
    const p = evaluateTarget(target({}), metrics, 2023);
    expect(p.kind === 'counted' && p.amounts).toEqual({ completed: 1, under_construction: 0, planned: 3 });
  });

  it('a target without a rule is context only', () => {
    expect(evaluateTarget(target({ rule: null }), metrics).kind).toBe('context');
  });
});

describe('the default data set against targets.json', () => {
  const read = (id: string) => JSON.parse(readFileSync(`public/geo/${id}`, 'utf8'));
  const config = read('targets.json') as TargetsConfig;
  const data = metricsOf(shippedLayers());

  it('reaches the district targets for communities, households and pocket parks by 2027', () => {
    const byId = new Map(evaluateTargets(config, data).map((p) => [p.target.id, p]));
    for (const id of ['district-communities', 'district-households', 'district-pocket-parks']) {
      const p = byId.get(id);
      expect(p?.kind === 'counted' && p.met, id).toBe(true);
    }
    const money = byId.get('district-investment');
    expect(money?.kind === 'counted' && money.unknown > 0).toBe(true);
    expect(byId.get('city-communities')?.kind).toBe('context');
  });

  it('lists district targets before the city ones', () => {
    const levels = evaluateTargets(config, data).map((p) => p.target.level);
    expect(levels.indexOf('city')).toBeGreaterThan(levels.lastIndexOf('district'));
  });

  it('reproduces the speech’s track record: 23 in 2022, 20 in 2023, 16 in 2024–2025', () => {
    const checks = checkTrackRecord(config, data);
    expect(checks.map((c) => c.fromData.total)).toEqual([23, 20, 16]);
    expect(checks.every((c) => c.matches)).toBe(true);
  });
});

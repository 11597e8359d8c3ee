import { readFileSync } from 'node:fs';
// A dependency of maplibre-gl: evaluates the map's own style expression without a browser.
import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { along, booleanPointInPolygon, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  clippedLengthKm,
  computeZoneStats,
  countByStatus,
  isInZone,
  membersByZone,
  type Zone,
  zoneStats,
  zonesOf,
} from '../../src/data/stats';
import { effectiveStatus } from '../../src/data/status';
import type { LayerId } from '../../src/data/types';
import { EFFECTIVE_STATUS } from '../../src/layers/styles';

// Hand computation, independent of Turf: on Turf 7's sphere (mean radius R = 6371008.8 m) the area
// of a lon/lat rectangle is R² · Δλ · (sin φ₂ − sin φ₁), and a distance along a meridian or the
// equator is R · Δ(angle).
const RAD = Math.PI / 180;
const R_AREA = 6371008.8;
const R_LEN = 6371008.8;
const rectM2 = (w: number, s: number, e: number, n: number) =>
  R_AREA ** 2 * (e - w) * RAD * (Math.sin(n * RAD) - Math.sin(s * RAD));
const arcKm = (deg: number) => (R_LEN * deg * RAD) / 1000;

const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});
const rect = (w: number, s: number, e: number, n: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const must = <T>(x: T | undefined): T => {
  if (x === undefined) throw new Error('missing');
  return x;
};

/** A 0.01° × 0.01° square at the equator: about 1.1 km a side. */
const square = feature(rect(0, 0, 0.01, 0.01), { id: 'sq', households: 1200 }) as Zone;
/** An L: the square without its north-east quarter. */
const ell = feature(
  {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [0.01, 0],
        [0.01, 0.005],
        [0.005, 0.005],
        [0.005, 0.01],
        [0, 0.01],
        [0, 0],
      ],
    ],
  },
  { id: 'ell' },
) as Zone;

describe('clippedLengthKm: only the part of a pipeline inside the zone', () => {
  const line = (coords: number[][]) => feature({ type: 'LineString', coordinates: coords }, {});

  it('a line crossing the square counts the 0.01° inside, not the 0.03° it is long', () => {
    const km = clippedLengthKm(
      line([
        [-0.01, 0.005],
        [0.02, 0.005],
      ]),
      square,
    );
    expect(km).toBeCloseTo(arcKm(0.01), 3); // 1.112 km, not 3.336
  });

  it('a line bending inside: both legs, clipped at the outline', () => {
    const km = clippedLengthKm(
      line([
        [-0.005, 0.002],
        [0.005, 0.002],
        [0.005, 0.02],
      ]),
      square,
    );
    // 0.005° along the parallel from the west edge + 0.008° north to the north edge
    expect(km).toBeCloseTo(arcKm(0.005) + arcKm(0.008), 2);
  });

  it('a line starting exactly on the outline', () => {
    expect(
      clippedLengthKm(
        line([
          [0, 0.005],
          [0.005, 0.005],
        ]),
        square,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
  });

  it('a line leaving a concave zone and coming back in counts both inside pieces only', () => {
    // along lat 0.0075 through the L: inside from lon 0 to 0.005 only
    expect(
      clippedLengthKm(
        line([
          [-0.002, 0.0075],
          [0.012, 0.0075],
        ]),
        ell,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
    // along lon 0.0075 northwards: inside from lat 0 to 0.005 only
    expect(
      clippedLengthKm(
        line([
          [0.0075, -0.003],
          [0.0075, 0.012],
        ]),
        ell,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
  });

  it('a MultiLineString adds its parts; a line outside or along the outside counts 0', () => {
    const multi = feature(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0.001, 0.001],
            [0.001, 0.004],
          ],
          [
            [0.002, 0.02],
            [0.002, 0.008],
          ],
        ],
      },
      {},
    );
    expect(clippedLengthKm(multi, square)).toBeCloseTo(arcKm(0.003) + arcKm(0.002), 3);
    expect(
      clippedLengthKm(
        line([
          [0.02, 0],
          [0.03, 0.01],
        ]),
        square,
      ),
    ).toBe(0);
    expect(
      clippedLengthKm(
        line([
          [-0.001, 0],
          [-0.001, 0.01],
        ]),
        square,
      ),
    ).toBe(0);
  });
});

describe('zone statistics on hand-made data', () => {
  const layers = new Map<LayerId, FeatureCollection>([
    [
      'communities',
      fc([
        // inside, completed 2023, 300 households
        feature(rect(0.001, 0.001, 0.003, 0.003), {
          id: 'c1',
          status: 'completed',
          year: 2023,
          households: 300,
        }),
        // straddles the east edge, mostly inside: counted
        feature(rect(0.008, 0.001, 0.0104, 0.003), {
          id: 'c2',
          status: 'under_construction',
          year: 2026,
          start: '2025-04',
          households: 200,
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
        feature(
          { type: 'Point', coordinates: [0.002, 0.002] },
          { id: 'e1', status: 'completed', year: 2024 },
        ),
        feature({ type: 'Point', coordinates: [0.009, 0.002] }, { id: 'e2', status: 'planned', year: 2027 }),
        feature({ type: 'Point', coordinates: [0.02, 0.002] }, { id: 'e3', status: 'completed', year: 2024 }),
      ]),
    ],
    [
      'pipelines',
      fc([
        feature(
          {
            type: 'LineString',
            coordinates: [
              [-0.01, 0.005],
              [0.02, 0.005],
            ],
          },
          { id: 'l1', status: 'completed', year: 2025 },
        ),
      ]),
    ],
  ]);

  it('area in m², 亩 and ha from the geometry', () => {
    const s = computeZoneStats(square, layers);
    const m2 = rectM2(0, 0, 0.01, 0.01); // ≈ 1,236,434 m²
    expect(m2).toBeGreaterThan(1_236_300);
    expect(m2).toBeLessThan(1_236_600);
    expect(s.m2 / m2).toBeCloseTo(1, 4);
    expect(s.mu).toBeCloseTo(m2 / (10000 / 15), 0); // ≈ 1,854.7 亩
    expect(s.ha).toBeCloseTo(m2 / 10000, 1); // ≈ 123.6 ha
  });

  it('counts works by geometry, households of the zone and of its communities, km inside', () => {
    const s = computeZoneStats(square, layers);
    expect(s.households).toBe(1200);
    expect(s.communities).toEqual({ planned: 0, under_construction: 1, completed: 1, total: 2 });
    expect(s.communityHouseholds).toBe(500);
    expect(s.pocketParks.total).toBe(1);
    expect(s.elevators).toEqual({ planned: 1, under_construction: 0, completed: 1, total: 2 });
    expect(s.pipelineKm.total).toBeCloseTo(arcKm(0.01), 3);
    expect(s.pipelineKm.completed).toBeCloseTo(arcKm(0.01), 3);
    // works: c1 ✓, c2, p1, e1 ✓, e2, l1 ✓ → 3 of 6 completed
    expect(s.works.total).toBe(6);
    expect(s.shareCompleted).toBeCloseTo(0.5, 10);
  });

  it('at the end of a year: completed by then, started by then, or planned', () => {
    const s2025 = computeZoneStats(square, layers, 2025);
    expect(s2025.communities).toEqual({ planned: 0, under_construction: 1, completed: 1, total: 2 });
    expect(s2025.pocketParks.planned).toBe(1);
    const s2022 = computeZoneStats(square, layers, 2022);
    expect(s2022.works.completed).toBe(0);
    expect(s2022.shareCompleted).toBe(0);
    expect(s2022.pipelineKm.planned).toBeCloseTo(arcKm(0.01), 3);
    const s2027 = computeZoneStats(square, layers, 2027);
    expect(s2027.shareCompleted).toBe(1);
  });

  it('a zone with no works has no share, not 0 %', () => {
    const empty = zoneStats(
      ell,
      { communities: [], pocketParks: [], elevators: [], riverside: [], pipelines: [] },
      null,
    );
    expect(empty.shareCompleted).toBeNull();
    expect(empty.households).toBeNull();
  });

  it('isInZone uses the representative point of a polygon and the point itself', () => {
    expect(isInZone(must(layers.get('communities')).features[1], square)).toBe(true);
    expect(isInZone(must(layers.get('communities')).features[2], square)).toBe(false);
    expect(isInZone(must(layers.get('elevators')).features[2], square)).toBe(false);
  });

  it('countByStatus with a year ignores the data status', () => {
    const c = countByStatus(must(layers.get('elevators')).features, 2023);
    expect(c).toEqual({ planned: 3, under_construction: 0, completed: 0, total: 3 });
  });
});

describe('the default data set in public/geo', () => {
  const read = (id: string) =>
    JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8')) as FeatureCollection;
  const ids: LayerId[] = [
    'areas',
    'pilot-zone',
    'communities',
    'pocket-parks',
    'elevators',
    'pipelines',
    'riverside',
  ];
  const layers = new Map(ids.map((id) => [id, read(id)] as [LayerId, FeatureCollection]));
  const members = membersByZone(layers);
  const zones = zonesOf(layers);

  it('has the four areas and the pilot zone', () => {
    expect(zones.map((z) => z.properties.id)).toEqual([
      'stairway',
      'power-plant',
      'city-origin',
      'hill-lane',
      'pilot-zone',
    ]);
  });

  it('the pilot zone computes to about 230 亩 (±1%), with households and works inside', () => {
    const pilot = zones.find((z) => z.properties.id === 'pilot-zone') as Zone;
    const s = zoneStats(pilot, must(members.get('pilot-zone')), null);
    expect(s.mu).toBeGreaterThan(230 * 0.99);
    expect(s.mu).toBeLessThan(230 * 1.01);
    expect(s.ha).toBeCloseTo(s.mu / 15, 6);
    expect(s.households).toBeGreaterThanOrEqual(2000);
    expect(s.communities.total).toBeGreaterThan(0);
    expect(s.elevators.total).toBeGreaterThan(0);
    expect(s.pipelineKm.total).toBeGreaterThan(0);
  });

  it('the pilot zone lies in the stairway area: its works are a subset of the area’s', () => {
    const pilot = must(members.get('pilot-zone'));
    const stair = must(members.get('stairway'));
    for (const key of ['communities', 'pocketParks', 'elevators'] as const) {
      const inStair = new Set(stair[key].map((f) => f.properties?.id));
      for (const f of pilot[key]) expect(inStair.has(f.properties?.id)).toBe(true);
    }
  });

  it('clipped pipeline lengths agree with dense sampling along each line (10 m steps)', () => {
    for (const zone of zones) {
      const m = must(members.get(String(zone.properties.id)));
      let sampled = 0;
      let clipped = 0;
      for (const f of must(layers.get('pipelines')).features) {
        const coords = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : [];
        if (f.geometry.type === 'MultiLineString') coords.push(...f.geometry.coordinates);
        for (const c of coords) {
          const ls = lineString(c);
          const km = length(ls);
          const steps = Math.max(1, Math.round(km * 100));
          for (let i = 0; i < steps; i++) {
            if (booleanPointInPolygon(along(ls, ((i + 0.5) * km) / steps), zone)) sampled += km / steps;
          }
        }
      }
      for (const p of m.pipelines) clipped += p.km;
      expect(Math.abs(clipped - sampled), String(zone.properties.id)).toBeLessThan(0.03);
    }
  });

  it('the areas do not overlap: no community is counted in two areas', () => {
    const seen = new Map<string, string>();
    for (const z of zones.filter((x) => x.properties.id !== 'pilot-zone')) {
      for (const f of must(members.get(String(z.properties.id))).communities) {
        const id = String(f.properties?.id);
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, String(z.properties.id));
      }
    }
  });
});

describe('the map and the numbers agree on status', () => {
  const read = (id: string) =>
    JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8')) as FeatureCollection;
  const expr = createExpression(
    EFFECTIVE_STATUS as never,
    {
      type: 'string',
      'property-type': 'data-driven',
      expression: { interpolated: false, parameters: ['zoom', 'feature'] },
    } as never,
  );
  if (expr.result !== 'success') throw new Error('EFFECTIVE_STATUS does not compile');
  const onMap = (props: Record<string, unknown>, year: number | null) =>
    expr.value.evaluate(
      { zoom: 15, globalState: { year: year ?? 0 } } as never,
      {
        type: 'Polygon',
        properties: props,
      } as never,
    );

  it('EFFECTIVE_STATUS (the style) equals effectiveStatus (counts, stats, targets) for every work and year', () => {
    let compared = 0;
    for (const id of ['communities', 'pocket-parks', 'elevators', 'pipelines', 'riverside']) {
      for (const f of read(id).features) {
        for (const year of [null, 2022, 2023, 2024, 2025, 2026, 2027]) {
          const p = f.properties ?? {};
          expect(onMap(p, year), `${p.id} ${year}`).toBe(effectiveStatus(p, year));
          compared++;
        }
      }
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

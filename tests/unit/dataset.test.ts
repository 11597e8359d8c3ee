/**
 * The committed default data set (public/geo) says what the speech says, and its geometry is sane.
 * Regenerate with `npx tsx scripts/generate-data/index.ts`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  booleanClockwise,
  booleanIntersects,
  booleanPointInPolygon,
  booleanWithin,
  featureCollection,
  intersect,
  kinks,
  length,
  lineString,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../scripts/generate-data/build';
import type { SiteConfig, TargetsConfig } from '../../src/data/types';

const GEO = join(__dirname, '../../public/geo');
const FILES = [
  'site.json',
  'targets.json',
  'context.geojson',
  'areas.geojson',
  'pilot-zone.geojson',
  'communities.geojson',
  'pocket-parks.geojson',
  'elevators.geojson',
  'pipelines.geojson',
  'riverside.geojson',
];
const SITE_LAYERS = [
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'elevators',
  'pipelines',
  'riverside',
];
const MU = 10000 / 15;
const AS_OF_YM = '2025-09';

// biome-ignore lint/suspicious/noExplicitAny: properties are checked field by field below
type AnyFeature = Feature<any, any>;
const read = (name: string): string => readFileSync(join(GEO, name), 'utf8');
const layer = (id: string): AnyFeature[] =>
  (JSON.parse(read(`${id}.geojson`)) as FeatureCollection).features as AnyFeature[];

const site = JSON.parse(read('site.json')) as SiteConfig;
const targets = JSON.parse(read('targets.json')) as TargetsConfig;
const context = layer('context');
const areas = layer('areas');
const pilot = layer('pilot-zone')[0] as Feature<Polygon>;
const communities = layer('communities');
const parks = layer('pocket-parks');
const elevators = layer('elevators');
const pipelines = layer('pipelines');
const riverside = layer('riverside');
const district = context.find((f) => f.properties.kind === 'district') as Feature<Polygon>;
const river = context.find((f) => f.properties.kind === 'river') as Feature<Polygon>;
const areaById = (id: string): Feature<Polygon> =>
  areas.find((a) => a.properties.id === id) as Feature<Polygon>;
const sites = SITE_LAYERS.flatMap((id) => layer(id).map((f) => ({ layer: id, f })));

/** LineStrings of a (Multi)LineString feature: booleanWithin does not take MultiLineStrings. */
const lines = (f: AnyFeature): Feature<LineString>[] =>
  f.geometry.type === 'LineString' ? [f] : (f.geometry.coordinates as Position[][]).map((c) => lineString(c));
const within = (f: AnyFeature, poly: Feature<Polygon>): boolean =>
  f.geometry.type === 'Point'
    ? booleanPointInPolygon(f, poly)
    : f.geometry.type.endsWith('LineString')
      ? lines(f).every((l) => booleanWithin(l, poly))
      : booleanWithin(f, poly);
const byYear = (year: number): number => communities.filter((c) => c.properties.year === year).length;

describe('files', () => {
  it('are all present, parse, and stay under 300 KB', () => {
    for (const name of FILES) {
      expect(statSync(join(GEO, name)).size, name).toBeLessThan(300 * 1024);
      expect(() => JSON.parse(read(name)), name).not.toThrow();
    }
  });

  it('are what the generator writes, byte for byte, and the generator is deterministic', () => {
    const a = buildDataset();
    const b = buildDataset();
    expect(a.files).toEqual(b.files);
    for (const name of FILES) expect(a.files[name], name).toBe(read(name));
  });
});

describe('site.json and targets.json', () => {
  it('say the data set is illustrative, as of 2025-09-30, with the credits', () => {
    expect(site.illustrative).toBe(true);
    expect(site.as_of).toBe('2025-09-30');
    expect(site.programme.zh).toBe('三年攻坚，老城焕新');
    expect(site.attribution.some((a) => a.includes('© OpenStreetMap contributors'))).toBe(true);
    expect(site.attribution.some((a) => a.includes('Natural Earth'))).toBe(true);
    expect(site.basemap).toEqual({ type: 'none' });
    const [w, s, e, n] = site.bounds;
    for (const a of areas) {
      for (const [x, y] of a.geometry.coordinates[0] as Position[]) {
        expect(x > w && x < e && y > s && y < n).toBe(true);
      }
    }
    expect(booleanPointInPolygon(site.camera.center, district)).toBe(true);
  });

  it('carry the speech’s targets and track record', () => {
    const t = Object.fromEntries(targets.targets.map((x) => [x.id, x]));
    expect(t['district-communities']).toMatchObject({
      value: 65,
      comparison: 'at_least',
      rule: { layer: 'communities', measure: 'count' },
    });
    expect(t['district-households']).toMatchObject({
      value: 30000,
      comparison: 'more_than',
      unit: 'households',
    });
    expect(t['district-pocket-parks']).toMatchObject({ value: 20, comparison: 'at_least' });
    expect(t['district-investment']).toMatchObject({
      value: 500000,
      unit: 'wan_yuan',
      comparison: 'more_than',
    });
    expect(t['city-investment']).toMatchObject({ value: 2000000, rule: null, level: 'city' });
    expect(t['city-communities']).toMatchObject({ value: 268, rule: null });
    expect(t['city-pocket-parks']).toMatchObject({ value: 60, rule: null });
    expect(t['city-pipelines']).toMatchObject({
      value: 700,
      unit: 'km',
      comparison: 'more_than',
      rule: null,
    });
    expect(targets.track_record.map((r) => [r.years, r.communities])).toEqual([
      [[2022], 23],
      [[2023], 20],
      [[2024, 2025], 16],
    ]);
  });
});

describe('the speech’s numbers', () => {
  it('23 communities in 2022, 20 in 2023, 16 in 2024–2025, at least 65 by 2027', () => {
    expect(byYear(2022)).toBe(23);
    expect(byYear(2023)).toBe(20);
    expect(byYear(2024) + byYear(2025)).toBe(16);
    expect(communities.filter((c) => c.properties.year <= 2027).length).toBeGreaterThanOrEqual(65);
  });

  it('more than 30,000 households benefit by 2027', () => {
    const hh = communities
      .filter((c) => c.properties.year <= 2027)
      .reduce((t, c) => t + c.properties.households, 0);
    expect(hh).toBeGreaterThan(30000);
  });

  it('at least 20 pocket parks by 2027, each 400–10,000 m²', () => {
    expect(parks.filter((p) => p.properties.year <= 2027).length).toBeGreaterThanOrEqual(20);
    for (const p of parks) {
      const m2 = area(p);
      expect(m2, p.properties.id).toBeGreaterThanOrEqual(400);
      expect(m2, p.properties.id).toBeLessThanOrEqual(10000);
    }
  });

  it('the pilot zone is 230 亩 (±1%) with 2,000+ households, inside the stairway area', () => {
    expect(pilot.properties?.id).toBe('pilot-zone');
    expect(pilot.properties?.declared_mu).toBe(230);
    expect(Math.abs(area(pilot) / MU - 230) / 230).toBeLessThan(0.01);
    expect(pilot.properties?.households).toBeGreaterThanOrEqual(2000);
    expect(pilot.properties?.summary).toContain('230');
    expect(booleanWithin(pilot, areaById('stairway'))).toBe(true);
    expect(areaById('stairway').properties?.households).toBeGreaterThanOrEqual(pilot.properties?.households);
  });

  it('all overhead lines of the pilot zone go underground, inside the zone', () => {
    const under = pipelines.filter((p) => p.properties.method === 'underground');
    expect(under.some((p) => p.properties.kind === 'power')).toBe(true);
    expect(under.some((p) => p.properties.kind === 'telecom')).toBe(true);
    for (const p of under) expect(within(p, pilot), p.properties.id).toBe(true);
    const km = pipelines.reduce((t, p) => t + length(p), 0);
    expect(km).toBeGreaterThan(15);
    expect(km).toBeLessThan(30);
  });

  it('elevator retrofits in the stairway area, each inside its community', () => {
    expect(elevators.length).toBeGreaterThanOrEqual(30);
    expect(elevators.length).toBeLessThanOrEqual(45);
    for (const e of elevators) {
      const c = communities.find((x) => x.properties.id === e.properties.community);
      expect(c, e.properties.id).toBeDefined();
      expect(booleanPointInPolygon(e, c as AnyFeature), e.properties.id).toBe(true);
      expect(e.properties.area).toBe('stairway');
      expect(e.properties.households_served).toBeGreaterThanOrEqual(12);
      expect(e.properties.households_served).toBeLessThanOrEqual(42);
    }
    expect(elevators.filter((e) => booleanPointInPolygon(e, pilot)).length).toBeGreaterThan(
      elevators.length / 2,
    );
  });

  it('riverside space in the power-plant area: leisure, commerce and entertainment', () => {
    expect(riverside.length).toBeGreaterThanOrEqual(5);
    expect(riverside.length).toBeLessThanOrEqual(9);
    const uses = new Set(riverside.map((r) => r.properties.use));
    for (const u of ['leisure', 'commerce', 'entertainment']) expect(uses.has(u), u).toBe(true);
    for (const r of riverside) expect(r.properties.area).toBe('power-plant');
  });

  it('statuses agree with the as-of date', () => {
    for (const { f } of sites) {
      const p = f.properties;
      if (p.year < 2025) expect(p.status, p.id).toBe('completed');
      if (p.status === 'completed') expect(p.end <= AS_OF_YM, p.id).toBe(true);
      if (p.status === 'planned') expect(p.start > AS_OF_YM, p.id).toBe(true);
      if (p.status === 'under_construction') expect(p.start <= AS_OF_YM && p.end > AS_OF_YM, p.id).toBe(true);
      expect(p.start <= p.end, p.id).toBe(true);
    }
  });
});

describe('the four priority areas', () => {
  it('have the four ids, 25–70 ha, 10–30 vertices, inside the district, no overlaps', () => {
    expect(areas.map((a) => a.properties.id).sort()).toEqual([
      'city-origin',
      'hill-lane',
      'power-plant',
      'stairway',
    ]);
    for (const a of areas) {
      const ha = area(a) / 1e4;
      expect(ha, a.properties.id).toBeGreaterThanOrEqual(25);
      expect(ha, a.properties.id).toBeLessThanOrEqual(70);
      const n = a.geometry.coordinates[0].length - 1;
      expect(n, a.properties.id).toBeGreaterThanOrEqual(10);
      expect(n, a.properties.id).toBeLessThanOrEqual(30);
      expect(a.properties.investment_yi).toBeNull();
    }
    for (let i = 0; i < areas.length; i++) {
      for (let j = i + 1; j < areas.length; j++) {
        const overlap = intersect(featureCollection([areas[i], areas[j]]) as FeatureCollection<Polygon>);
        expect(overlap ? area(overlap) : 0).toBeLessThan(1);
      }
    }
  });

  it('power-plant reaches the river bank without entering the water', () => {
    const pp = areaById('power-plant');
    const bank = polygonToLine(river) as Feature<LineString>;
    const nearest = Math.min(
      ...(pp.geometry.coordinates[0] as Position[]).map((c) =>
        pointToLineDistance(point(c), bank, { units: 'meters' }),
      ),
    );
    expect(nearest).toBeLessThan(10);
  });
});

describe('geometry', () => {
  it('every site lies inside the district, inside its area, and clear of the river', () => {
    for (const { layer: l, f } of sites) {
      const id = `${l}/${f.properties.id}`;
      expect(within(f, district), id).toBe(true);
      expect(booleanIntersects(f, river), id).toBe(false);
      if (f.properties.area) expect(within(f, areaById(f.properties.area)), id).toBe(true);
    }
  });

  it('the stairway area holds several communities, several of them in the pilot zone', () => {
    const inStairway = communities.filter((c) => c.properties.area === 'stairway');
    expect(inStairway.length).toBeGreaterThanOrEqual(8);
    const inPilot = inStairway.filter((c) => booleanWithin(c, pilot));
    expect(inPilot.length).toBeGreaterThanOrEqual(3);
    for (const c of inPilot)
      expect(c.properties.measures).toEqual(expect.arrayContaining(['加装电梯', '架空线入地']));
    for (const id of ['power-plant', 'city-origin', 'hill-lane']) {
      expect(communities.filter((c) => c.properties.area === id).length, id).toBeGreaterThanOrEqual(3);
      expect(parks.filter((c) => c.properties.area === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('polygons are closed, counter-clockwise and without self-intersections', () => {
    const polys = [...context, ...sites.map((s) => s.f)].filter((f) => f.geometry.type === 'Polygon');
    for (const f of polys) {
      const ring = f.geometry.coordinates[0] as Position[];
      expect(ring[0], f.properties.id).toEqual(ring[ring.length - 1]);
      expect(booleanClockwise(ring), f.properties.id).toBe(false);
      expect(kinks(f).features.length, f.properties.id).toBe(0);
    }
  });

  it('ids are unique across the data set and look like [a-z0-9-]+', () => {
    const ids = [...context.map((f) => f.properties.id), ...sites.map((s) => s.f.properties.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('coordinates have at most 6 decimals', () => {
    for (const name of FILES.filter((n) => n.endsWith('.geojson'))) {
      expect(read(name), name).not.toMatch(/\d\.\d{7,}/);
    }
  });
});

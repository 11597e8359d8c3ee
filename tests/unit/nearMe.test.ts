import { circle, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  buildNearMeIndex,
  distanceToFeature,
  nearMe,
  placeOfFeature,
  placeShapes,
  radiusBox,
  walkingMinutes,
} from '../../src/data/nearMe';
import type { LayerId } from '../../src/data/types';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

// On Turf's sphere (R = 6,371,008.8 m) one degree of a great circle is R·π/180 = 111,194.93 m,
// so at the equator 0.001° of longitude or latitude is 111.195 m. Every expected value below is
// that number times a small multiple, worked out by hand.
const M_PER_MILLIDEG = 111.19493;

const feature = (id: string, geometry: Geometry, extra: Record<string, unknown> = {}): Feature => ({
  type: 'Feature',
  properties: { id, name: id, status: 'planned', year: 2026, ...extra },
  geometry,
});
const square = (w: number, s: number, e: number, n: number): number[][] => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

const AT: [number, number] = [0, 0];

function sampleLayers(): Map<LayerId, FeatureCollection> {
  return new Map<LayerId, FeatureCollection>([
    [
      'areas',
      fc(
        feature('area-around', { type: 'Polygon', coordinates: [square(-0.01, -0.01, 0.01, 0.01)] }),
        feature('area-beside', { type: 'Polygon', coordinates: [square(0.005, -0.001, 0.006, 0.001)] }),
      ),
    ],
    ['pilot-zone', fc(feature('pilot', { type: 'Polygon', coordinates: [square(0.02, 0, 0.03, 0.01)] }))],
    [
      'communities',
      fc(
        feature('c-home', { type: 'Polygon', coordinates: [square(-0.0005, -0.0005, 0.0005, 0.0005)] }),
        feature('c-east', { type: 'Polygon', coordinates: [square(0.003, -0.0005, 0.004, 0.0005)] }),
      ),
    ],
    ['elevators', fc(feature('lift', { type: 'Point', coordinates: [0.001, 0] }))],
    [
      'pipelines',
      fc(
        feature('pipe', {
          type: 'LineString',
          coordinates: [
            [0.002, -0.001],
            [0.002, 0.001],
          ],
        }),
      ),
    ],
    [
      'pocket-parks',
      fc(
        feature('park-in', { type: 'Polygon', coordinates: [square(-0.0001, 0.0089, 0.0001, 0.0095)] }),
        feature('park-out', { type: 'Polygon', coordinates: [square(-0.0001, 0.0091, 0.0001, 0.0095)] }),
      ),
    ],
    // context features are never listed
    ['context', fc(feature('road', { type: 'LineString', coordinates: [AT, [0.001, 0.001]] }))],
  ]);
}

describe('distanceToFeature (hand-computed at the equator)', () => {
  it('is the straight distance to a point: 0.001° east is 111.19 m', () => {
    const d = distanceToFeature(AT, feature('p', { type: 'Point', coordinates: [0.001, 0] }));
    expect(d?.distanceM).toBeCloseTo(M_PER_MILLIDEG, 1);
    expect(d?.inside).toBe(false);
  });

  it('is the perpendicular distance to a line, not to its ends: 0.002° → 222.39 m', () => {
    const line = feature('l', {
      type: 'LineString',
      coordinates: [
        [0.002, -0.001],
        [0.002, 0.001],
      ],
    });
    // the ends are √(2² + 1²) = 2.236 millidegrees away: 248.6 m
    expect(distanceToFeature(AT, line)?.distanceM).toBeCloseTo(2 * M_PER_MILLIDEG, 1);
  });

  it('takes the nearest part of a MultiLineString', () => {
    const multi = feature('m', {
      type: 'MultiLineString',
      coordinates: [
        [
          [0.005, -1],
          [0.005, 1],
        ],
        [
          [-0.003, -1],
          [-0.003, 1],
        ],
      ],
    });
    expect(distanceToFeature(AT, multi)?.distanceM).toBeCloseTo(3 * M_PER_MILLIDEG, 0);
  });

  it('is 0 inside a polygon and the distance to the outline outside it', () => {
    const home = feature('h', { type: 'Polygon', coordinates: [square(-0.001, -0.001, 0.001, 0.001)] });
    expect(distanceToFeature(AT, home)).toEqual({ distanceM: 0, inside: true });
    const east = feature('e', { type: 'Polygon', coordinates: [square(0.003, -0.0005, 0.004, 0.0005)] });
    expect(distanceToFeature(AT, east)?.distanceM).toBeCloseTo(3 * M_PER_MILLIDEG, 1);
  });

  it('treats a hole as outside: the distance is to the hole edge', () => {
    const ring = feature('r', {
      type: 'Polygon',
      coordinates: [square(-0.01, -0.01, 0.01, 0.01), square(-0.004, -0.004, 0.004, 0.004)],
    });
    const d = distanceToFeature(AT, ring);
    expect(d?.inside).toBe(false);
    expect(d?.distanceM).toBeCloseTo(4 * M_PER_MILLIDEG, 0);
  });

  it('is 0 inside any part of a MultiPolygon', () => {
    const multi = feature('mp', {
      type: 'MultiPolygon',
      coordinates: [[square(0.5, 0.5, 0.6, 0.6)], [square(-0.001, -0.001, 0.001, 0.001)]],
    });
    expect(distanceToFeature(AT, multi)?.inside).toBe(true);
  });
});

describe('walkingMinutes at 80 m per minute, rounded up', () => {
  it.each([
    [0, 0],
    [1, 1],
    [80, 1],
    [80.01, 2],
    [M_PER_MILLIDEG, 2],
    [500, 7],
    [1000, 13],
  ])('%d m → %d min', (m, min) => expect(walkingMinutes(m)).toBe(min));
});

describe('radiusBox', () => {
  it.each([0, 26.58, 60, -45])('holds every point of the radius circle at latitude %d°', (lat) => {
    const at: [number, number] = [101.7, lat];
    const [w, s, e, n] = radiusBox(at, 1000);
    const ring = circle(at, 1000, { units: 'meters', steps: 360 }).geometry.coordinates[0];
    for (const [x, y] of ring) {
      expect(x).toBeGreaterThanOrEqual(w);
      expect(x).toBeLessThanOrEqual(e);
      expect(y).toBeGreaterThanOrEqual(s);
      expect(y).toBeLessThanOrEqual(n);
    }
    // and is tight: the circle's widest points are within 0.1% of the box edges
    const xs = ring.map((c) => c[0]);
    expect((e - Math.max(...xs)) / (e - w)).toBeLessThan(0.001);
  });
});

describe('nearMe', () => {
  const ix = buildNearMeIndex(sampleLayers(), catalogue);

  it('lists the site features within 1000 m, nearest first, with distance and walking minutes', () => {
    const r = nearMe(ix, AT, 1000);
    expect(r.items.map((i) => i.id)).toEqual([
      'c-home', // 0 m, inside
      'area-around', // 0 m, inside — the area comes after the more specific community
      'lift', // 111 m
      'pipe', // 222 m
      'c-east', // 334 m
      'park-in', // 0.0089° north = 989.6 m
    ]);
    const byId = new Map(r.items.map((i) => [i.id, i]));
    expect(byId.get('lift')?.walkMin).toBe(2);
    expect(byId.get('park-in')?.distanceM).toBeCloseTo(8.9 * M_PER_MILLIDEG, 0);
    expect(byId.get('park-in')?.walkMin).toBe(13);
    expect(byId.get('c-home')?.walkMin).toBe(0);
  });

  it('leaves out features beyond the radius (0.0091° north = 1011.9 m), areas the place is not in, and context', () => {
    const ids = nearMe(ix, AT, 1000).items.map((i) => i.id);
    expect(ids).not.toContain('park-out');
    expect(ids).not.toContain('area-beside');
    expect(ids).not.toContain('pilot');
    expect(ids).not.toContain('road');
  });

  it('narrows with the radius: 300 m keeps only what is within 300 m', () => {
    expect(nearMe(ix, AT, 300).items.map((i) => i.id)).toEqual(['c-home', 'area-around', 'lift', 'pipe']);
  });

  it('names the community the place lies in, or none', () => {
    expect(nearMe(ix, AT, 500).community?.id).toBe('c-home');
    expect(nearMe(ix, [0.002, 0.003], 500).community).toBeNull();
  });

  it('lists the pilot zone when the place lies inside it', () => {
    const ids = nearMe(ix, [0.025, 0.005], 300).items.map((i) => i.id);
    expect(ids).toContain('pilot');
  });

  it('finds the same features as checking every feature (the index drops nothing)', () => {
    const layers = sampleLayers();
    const all = [...layers].filter(([id]) => id !== 'context').flatMap(([, f]) => f.features);
    for (const at of [AT, [0.004, 0.004], [-0.002, 0.006]] as Array<[number, number]>) {
      const brute = all
        .filter((f) => {
          const d = distanceToFeature(at, f);
          const container = ['area-around', 'area-beside', 'pilot'].includes(String(f.properties?.id));
          return d && d.distanceM <= 700 && (!container || d.inside);
        })
        .map((f) => String(f.properties?.id))
        .sort();
      expect(
        nearMe(ix, at, 700)
          .items.map((i) => i.id)
          .sort(),
      ).toEqual(brute);
    }
  });

  it('copes with an empty data set', () => {
    expect(nearMe(buildNearMeIndex(new Map(), catalogue), AT, 500).items).toEqual([]);
  });
});

describe('placeShapes', () => {
  it('gives the point and a circle whose vertices lie at the radius', () => {
    const { point, circle: c } = placeShapes([101.72, 26.58], 500);
    expect(point.geometry.coordinates).toEqual([101.72, 26.58]);
    for (const v of c.geometry.coordinates[0]) {
      const d = distanceToFeature([101.72, 26.58], {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Point', coordinates: v },
      });
      expect(d?.distanceM).toBeCloseTo(500, 3);
    }
  });
});

describe('the fast distance equals Turf on the whole geometry', () => {
  // A seeded scatter of lines and polygons around a place in the district.
  let seed = 7;
  const rand = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const at: [number, number] = [101.7264, 26.5816];
  const near = (): number[] => [at[0] + (rand() - 0.5) * 0.03, at[1] + (rand() - 0.5) * 0.03];

  it('for 300 random six-segment lines, to the millimetre', () => {
    for (let k = 0; k < 300; k++) {
      const start = near();
      const coords = [start];
      for (let i = 0; i < 6; i++) {
        const last = coords[coords.length - 1];
        coords.push([last[0] + (rand() - 0.5) * 0.004, last[1] + (rand() - 0.5) * 0.004]);
      }
      const expected = pointToLineDistance(
        at,
        { type: 'LineString', coordinates: coords },
        { units: 'meters' },
      );
      const got = distanceToFeature(at, feature('l', { type: 'LineString', coordinates: coords }));
      expect(got?.distanceM).toBeCloseTo(expected, 3);
    }
  });

  it('returns nothing for a feature surely beyond the limit, and the distance for one within it', () => {
    const line = feature('l', {
      type: 'LineString',
      coordinates: [
        [0.002, -0.001],
        [0.002, 0.001],
      ],
    });
    expect(distanceToFeature(AT, line, 200)).toBeNull();
    expect(distanceToFeature(AT, line, 250)?.distanceM).toBeCloseTo(2 * M_PER_MILLIDEG, 1);
  });
});

describe('placeOfFeature', () => {
  it('puts a place inside a polygon, halfway along a street, on a point', () => {
    const sq = feature('s', { type: 'Polygon', coordinates: [square(0, 0, 0.002, 0.002)] });
    const inSquare = placeOfFeature(sq);
    expect(distanceToFeature(inSquare ?? [9, 9], sq)?.inside).toBe(true);
    const street = feature('r', {
      type: 'LineString',
      coordinates: [
        [0, 0],
        [0.002, 0],
      ],
    });
    const mid = placeOfFeature(street) ?? [9, 9];
    expect(mid[0]).toBeCloseTo(0.001, 6);
    expect(mid[1]).toBeCloseTo(0, 6);
    expect(placeOfFeature(feature('p', { type: 'Point', coordinates: [1, 2] }))).toEqual([1, 2]);
  });
});

/** Small valid data shared by the validator tests (not a test file itself). */
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** A counter-clockwise square ring at (x, y) of side d degrees. */
export function square(x: number, y: number, d = 0.002): number[][] {
  return [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ];
}

const poly = (x: number, y: number, d?: number): Geometry => ({
  type: 'Polygon',
  coordinates: [square(x, y, d)],
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const feature = (properties: Record<string, unknown>, geometry: Geometry): Feature => ({
  type: 'Feature',
  properties,
  geometry,
});

const site = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `名称 ${id}`,
  area: 'stairway',
  status: 'completed',
  year: 2024,
  start: '2023-03',
  end: '2024-10',
  investment_wan: null,
  ...extra,
});

/** The four areas side by side, 0.02° wide each, from 101.70 E, 26.58 N; stairway first. */
export const AREAS = fc(
  ...(['stairway', 'power-plant', 'city-origin', 'hill-lane'] as const).map((id, i) =>
    feature(
      site(id, { area: null, theme: '主题', households: 1000, investment_yi: null, measures: ['更新'] }),
      poly(101.7 + i * 0.02, 26.58, 0.02),
    ),
  ),
);

/** Valid data per layer, all inside `stairway` (101.70–101.72 E, 26.58–26.60 N). */
export const VALID: Record<string, FeatureCollection> = {
  areas: AREAS,
  'pilot-zone': fc(
    feature(
      site('pilot', {
        declared_mu: Math.round(area(poly(101.701, 26.581, 0.004)) / (10000 / 15)),
        households: 2000,
        measures: ['管线入地'],
      }),
      poly(101.701, 26.581, 0.004),
    ),
  ),
  communities: fc(
    feature(
      site('c-1', { households: 300, buildings: 6, built: 1980, measures: ['外墙'] }),
      poly(101.702, 26.582),
    ),
    feature(site('c-2', { area: null, households: 200, buildings: 4, built: 1990, measures: [] }), {
      type: 'MultiPolygon',
      coordinates: [[square(101.75, 26.59)], [square(101.76, 26.59)]],
    }),
  ),
  'pocket-parks': fc(
    feature(site('pp-1', { facilities: ['座椅', '健身器材'] }), poly(101.705, 26.585, 0.0005)),
  ),
  elevators: fc(
    feature(site('e-1', { community: 'c-1', building: '3栋', units: 2, floors: 7, households_served: 28 }), {
      type: 'Point',
      coordinates: [101.703, 26.583],
    }),
  ),
  pipelines: fc(
    feature(site('pl-1', { kind: 'power', method: 'underground' }), {
      type: 'LineString',
      coordinates: [
        [101.701, 26.581],
        [101.71, 26.59],
      ],
    }),
  ),
  riverside: fc(feature(site('r-1', { area: null, use: 'leisure' }), poly(101.8, 26.55))),
  context: fc(
    feature({ id: 'district', kind: 'district', name: '区' }, poly(101.6, 26.5, 0.3)),
    feature(
      { id: 'river', kind: 'river' },
      {
        type: 'LineString',
        coordinates: [
          [101.6, 26.5],
          [101.9, 26.6],
        ],
      },
    ),
    feature({ id: 'tower', kind: 'landmark' }, { type: 'Point', coordinates: [101.71, 26.59] }),
  ),
};

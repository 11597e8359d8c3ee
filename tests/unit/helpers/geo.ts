/**
 * Small hand-made geometry for the metrics tests, and the hand formulas they are checked against.
 * Independent of Turf: on Turf 7's sphere (mean radius R = 6371008.8 m) the area of a lon/lat
 * rectangle is R² · Δλ · (sin φ₂ − sin φ₁), and a distance along a meridian or the equator is
 * R · Δ(angle).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ZoneShape } from '../../../src/metrics/membership';

const RAD = Math.PI / 180;
const R = 6371008.8;
export const rectM2 = (w: number, s: number, e: number, n: number) =>
  R ** 2 * (e - w) * RAD * (Math.sin(n * RAD) - Math.sin(s * RAD));
export const arcKm = (deg: number) => (R * deg * RAD) / 1000;

export const feature = (geometry: Geometry, properties: Record<string, unknown>): Feature => ({
  type: 'Feature',
  geometry,
  properties,
});
export const rect = (w: number, s: number, e: number, n: number): Geometry => ({
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
export const line = (coords: number[][], properties: Record<string, unknown> = {}): Feature =>
  feature({ type: 'LineString', coordinates: coords }, properties);
export const point = (lon: number, lat: number, properties: Record<string, unknown>): Feature =>
  feature({ type: 'Point', coordinates: [lon, lat] }, properties);
export const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A 0.01° × 0.01° square at the equator: about 1.1 km a side. */
export const square = feature(rect(0, 0, 0.01, 0.01), { id: 'sq', households: 1200 }) as ZoneShape;
/** An L: the square without its north-east quarter. */
export const ell = feature(
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
) as ZoneShape;

/**
 * Numbers and helper geometry derived from the data at load time, with Turf — never stored in the
 * files, never typed into the UI.
 */
import { area, bbox, booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerEntry } from '../catalogue/types';
import { toMu } from './units';

type Areal = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

const isAreal = (f: Feature): f is Areal =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

/** A point inside the polygon, near its visual centre: where its one label goes. */
export function labelPoint(f: Areal): Feature<Point> {
  const c = centerOfMass(f);
  return booleanPointInPolygon(c, f) ? c : pointOnFeature(f);
}

/** Where a marker for a feature goes: a polygon's label point, a point on a line or a point itself. */
export function markerPoint(f: Feature): [number, number] {
  const p = isAreal(f) ? labelPoint(f) : pointOnFeature(f);
  const [lon, lat] = p.geometry.coordinates;
  return [lon, lat];
}

/** Area of a polygon feature in m², geodesic (Turf). */
export function areaM2(f: Feature): number {
  return isAreal(f) ? area(f) : 0;
}

/** Rounds 亩 for labels: one decimal under 100, whole numbers above. */
export function formatMu(mu: number): string {
  return mu < 100 ? mu.toFixed(1) : String(Math.round(mu));
}

/**
 * One label point per polygon feature, carrying `name`/`name_en` and a `label`/`label_en`
 * that adds the computed area in 亩 when `withArea` is set (the pilot zone).
 */
export function labelPoints(fc: FeatureCollection, withArea = false): FeatureCollection<Point> {
  const features: Array<Feature<Point>> = [];
  for (const f of fc.features) {
    if (!isAreal(f)) continue;
    const p = f.properties ?? {};
    const name = typeof p.name === 'string' ? p.name : '';
    const nameEn = typeof p.name_en === 'string' ? p.name_en : name;
    const mu = withArea ? formatMu(toMu(areaM2(f))) : '';
    features.push({
      type: 'Feature',
      geometry: labelPoint(f).geometry,
      properties: {
        id: p.id,
        name,
        name_en: nameEn,
        label: withArea ? `${name}\n约 ${mu} 亩` : name,
        label_en: withArea ? `${nameEn}\n${mu} mu` : nameEn,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The source (or, in a PMTiles archive, the tile layer) of an entry's one-label-per-polygon points. */
export const labelSource = (id: string) => `${id}-labels`;

/** Zones get their label at one computed point per feature (not one per tile). */
export const hasLabelPoints = (e: LayerEntry) => e.draw.kind === 'zone' && Boolean(e.draw.label);

/** The label points a layer is drawn with (the pilot zone's with its 亩), or null for a layer without. */
export function labelPointsOf(def: LayerEntry, fc: FeatureCollection): FeatureCollection<Point> | null {
  if (!hasLabelPoints(def)) return null;
  return labelPoints(fc, def.draw.kind === 'zone' && def.draw.label?.with_area === true);
}

/** [west, south, east, north] of a feature, for fitting the camera to it. */
export function boundsOf(f: Feature): [number, number, number, number] {
  const [w, s, e, n] = bbox(f);
  return [w, s, e, n];
}

/** [west, south, east, north] around all these features, or null when there are none. */
export function boundsOfAll(fs: readonly Feature[]): [number, number, number, number] | null {
  if (fs.length === 0) return null;
  const boxes = fs.map(boundsOf);
  return [
    Math.min(...boxes.map((x) => x[0])),
    Math.min(...boxes.map((x) => x[1])),
    Math.max(...boxes.map((x) => x[2])),
    Math.max(...boxes.map((x) => x[3])),
  ];
}

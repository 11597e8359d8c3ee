/**
 * "What is planned near me": the site features within a walking radius of a place, nearest first.
 * A spatial index over the features' boxes narrows the candidates to those near the radius' box;
 * only those get exact Turf distances — 0 inside a polygon, else the shortest distance to its
 * outline; for lines the shortest distance to the line; for points the straight distance.
 */
import { along, bbox, circle, length, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Catalogue } from '../catalogue/catalogue';
import { labelPoint } from './derive';
import { distanceToFeature } from './featureDistance';
import { type BBox, type BoxIndex, buildBoxIndex } from './spatialIndex';
import type { LayerId } from './types';

export { distanceToFeature };

/** Walking speed for the minutes shown to residents (a common planning assumption). */
export const WALK_M_PER_MIN = 80;

/** Turf's mean earth radius in metres: the radius box must match the distances Turf computes. */
const EARTH_RADIUS_M = 6371008.8;

export interface NearMeEntry {
  id: string;
  layer: LayerId;
  feature: Feature;
}

export interface NearMeIndex {
  index: BoxIndex<NearMeEntry>;
  /** tie order by layer (the catalogue's near_me rank) */
  rank: ReadonlyMap<LayerId, number>;
  /** layers listed only when the place lies inside them (a resident is "in" an area, not "near" it) */
  containers: ReadonlySet<LayerId>;
  /** layers whose feature around the place is "my community" */
  homes: ReadonlySet<LayerId>;
}

export interface NearMeItem extends NearMeEntry {
  /** Metres; 0 when the place lies inside the polygon. */
  distanceM: number;
  inside: boolean;
  /** Walking minutes at WALK_M_PER_MIN, rounded up; 0 inside. */
  walkMin: number;
}

export interface NearMeResult {
  at: [number, number];
  radiusM: number;
  /** Within the radius, nearest first. */
  items: NearMeItem[];
  /** The old community the place lies in, if any. */
  community: NearMeItem | null;
}

/** Builds the near-me index over every site layer of the data set (once per data set). */
export function buildNearMeIndex(
  layers: ReadonlyMap<LayerId, FeatureCollection>,
  catalogue: Catalogue,
): NearMeIndex {
  const entries: NearMeEntry[] = [];
  const near = catalogue.nearMe;
  const rank = new Map(near.map((l, i) => [l.id, i]));
  const containers = new Set(near.filter((l) => l.near_me?.container).map((l) => l.id));
  const homes = new Set(near.filter((l) => l.near_me?.home).map((l) => l.id));
  for (const layer of near.map((l) => l.id)) {
    for (const feature of layers.get(layer)?.features ?? []) {
      const id = feature.properties?.id;
      if (typeof id === 'string' && feature.geometry) entries.push({ id, layer, feature });
    }
  }
  return { index: buildBoxIndex(entries, (e) => bbox(e.feature) as BBox), rank, containers, homes };
}

/**
 * The box [west, south, east, north] that holds every point within `radiusM` of `at` (on Turf's
 * sphere). The widest longitude reach of a spherical cap is asin(sin δ / cos φ), not δ / cos φ.
 */
export function radiusBox(at: readonly [number, number], radiusM: number): BBox {
  const [lon, lat] = at;
  const delta = radiusM / EARTH_RADIUS_M;
  const dLat = (delta * 180) / Math.PI;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const reach = Math.sin(delta) / cosLat;
  // Near a pole the cap spans every longitude.
  const dLon = reach >= 1 || cosLat <= 0 ? 180 : (Math.asin(reach) * 180) / Math.PI;
  // A hair of margin against rounding: the exact distances decide anyway.
  const m = 1 + 1e-6;
  return [lon - dLon * m, Math.max(-90, lat - dLat * m), lon + dLon * m, Math.min(90, lat + dLat * m)];
}

/** Walking minutes for a distance at WALK_M_PER_MIN, rounded up (at least 1 when not 0). */
export function walkingMinutes(distanceM: number): number {
  return distanceM <= 0 ? 0 : Math.max(1, Math.ceil(distanceM / WALK_M_PER_MIN));
}

/**
 * The site features within `radiusM` metres of `at`, nearest first (ties: the more specific layer
 * first, then by id). Priority areas and the pilot zone are listed only when `at` lies inside them.
 */
export function nearMe(ix: NearMeIndex, at: readonly [number, number], radiusM: number): NearMeResult {
  const items: NearMeItem[] = [];
  for (const entry of ix.index.search(radiusBox(at, radiusM))) {
    const d = distanceToFeature(at, entry.feature, radiusM);
    if (!d) continue;
    if (ix.containers.has(entry.layer) && !d.inside) continue;
    items.push({ ...entry, ...d, walkMin: walkingMinutes(d.distanceM) });
  }
  items.sort(
    (a, b) =>
      a.distanceM - b.distanceM ||
      (ix.rank.get(a.layer) ?? 0) - (ix.rank.get(b.layer) ?? 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const community = items.find((i) => ix.homes.has(i.layer) && i.inside) ?? null;
  return { at: [at[0], at[1]], radiusM, items, community };
}

/** The chosen place and its walking circle, as the map draws them. */
export function placeShapes(
  at: readonly [number, number],
  radiusM: number,
): { point: Feature<Point>; circle: Feature<Polygon> } {
  return {
    point: point([at[0], at[1]]),
    circle: circle([at[0], at[1]], radiusM, { units: 'meters', steps: 96 }),
  };
}

/**
 * Where a place found by name stands: inside a polygon near its visual centre, halfway along a
 * street (its first part), on a point. Null for geometries without a sensible spot.
 */
export function placeOfFeature(f: Feature): [number, number] | null {
  const g = f.geometry;
  if (!g) return null;
  let c: number[] | null = null;
  if (g.type === 'Point') c = g.coordinates;
  else if (g.type === 'Polygon' || g.type === 'MultiPolygon')
    c = labelPoint(f as Feature<Polygon | MultiPolygon, Record<string, unknown>>).geometry.coordinates;
  else if (g.type === 'LineString' || g.type === 'MultiLineString') {
    const line: Feature<LineString> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'LineString',
        coordinates: g.type === 'LineString' ? g.coordinates : g.coordinates[0],
      },
    };
    c = along(line, length(line) / 2).geometry.coordinates;
  }
  return c ? [c[0], c[1]] : null;
}

/**
 * Where a chosen place stands against the programme: outside the district (its outline is the
 * context layer's `kind: district` polygon, else site.json's bounds), or in the district but outside
 * every priority area with no work within the radius — then the nearest area, so the answer can
 * offer to go there instead of only saying "nothing here".
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Dataset } from '../../../data/load';
import { distanceToFeature, type NearMeResult, placeOfFeature } from '../../../data/nearMe';

export type PlaceStanding =
  | { kind: 'in-programme' }
  | { kind: 'outside-district'; nearest: NearestArea | null }
  | { kind: 'outside-programme'; nearest: NearestArea | null };

export interface NearestArea {
  feature: Feature;
  distanceM: number;
  /** where to put the place to look at it */
  place: [number, number];
}

function inDistrict(dataset: Dataset, at: [number, number]): boolean {
  const outlines = dataset.catalogue.layers
    .filter((l) => l.role === 'context')
    .flatMap((l) => dataset.layers.get(l.id)?.features ?? [])
    .filter(
      (f) =>
        f.properties?.kind === 'district' &&
        (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'),
    ) as Feature<Polygon | MultiPolygon>[];
  if (outlines.length) return outlines.some((f) => booleanPointInPolygon(at, f));
  const [w, s, e, n] = dataset.site.bounds;
  return at[0] >= w && at[0] <= e && at[1] >= s && at[1] <= n;
}

function nearestArea(dataset: Dataset, at: [number, number]): NearestArea | null {
  const layer = dataset.catalogue.areaLayer;
  let best: NearestArea | null = null;
  for (const feature of (layer && dataset.layers.get(layer)?.features) || []) {
    const d = distanceToFeature(at, feature);
    const place = placeOfFeature(feature);
    if (d && place && (!best || d.distanceM < best.distanceM))
      best = { feature, distanceM: d.distanceM, place };
  }
  return best;
}

export function placeStanding(dataset: Dataset, result: NearMeResult): PlaceStanding {
  const { catalogue } = dataset;
  const containers = new Set(catalogue.nearMe.filter((l) => l.near_me?.container).map((l) => l.id));
  const inArea = result.items.some((i) => containers.has(i.layer));
  const works = result.items.some((i) => !containers.has(i.layer));
  if (!inDistrict(dataset, result.at))
    return { kind: 'outside-district', nearest: nearestArea(dataset, result.at) };
  if (inArea || works) return { kind: 'in-programme' };
  return { kind: 'outside-programme', nearest: nearestArea(dataset, result.at) };
}

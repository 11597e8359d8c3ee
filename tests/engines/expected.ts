/**
 * What the smoke steps expect, computed in Node from the data files the build serves
 * (public/geo), never typed in: where to stand in the central stairway area, which community to
 * click, what the near-me list must hold (plain Turf, the rule of src/data/nearMe.ts), the tour.
 */
import { readFileSync } from 'node:fs';
import { area, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { expectedNear, readLayer } from '../shared/expectedNear';

export { readLayer };

const GEO = 'public/geo';

type Areal = Feature<Polygon | MultiPolygon>;
const spot = (f: Feature) => pointOnFeature(f).geometry.coordinates as [number, number];
/** lon,lat as the URL carries it. */
export const fmt = ([lon, lat]: [number, number]) => `${lon.toFixed(6)},${lat.toFixed(6)}`;

const stairway = readLayer('areas').features.find((f) => f.properties?.id === 'stairway');
if (!stairway) throw new Error('public/geo/areas.geojson has no "stairway" area');
/** A place inside the central stairway area. */
export const STAIRWAY_PLACE = spot(stairway);

/** The largest community outside the stairway area: nothing (lifts, labels) drawn on top of it. */
const clickable = readLayer('communities')
  .features.filter((f) => f.properties?.area !== 'stairway')
  .sort((a, b) => area(b) - area(a))[0] as Areal | undefined;
if (!clickable) throw new Error('public/geo/communities.geojson has no community outside the stairway');
export const CLICK_COMMUNITY = {
  name: String(clickable.properties?.name),
  at: spot(clickable),
};

/** The ids of the site features within `r` metres of `at`: 0 inside a polygon, else to its outline. */
export function expectedNearIds(at: [number, number], r: number): string[] {
  return expectedNear(at, r)
    .map((e) => e.id)
    .sort();
}

interface TourStep {
  id: string;
}
/** The tour's step ids, in order. */
export const TOUR_STEPS = (
  JSON.parse(readFileSync(`${GEO}/tour.json`, 'utf8')) as { steps: TourStep[] }
).steps.map((s) => s.id);

/** The communities' fill colour (registry: completed communities), as a screenshot shows it. */
export const COMMUNITY_YELLOW: [number, number, number] = [0xf2, 0xcf, 0x3b];

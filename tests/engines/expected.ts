/**
 * What the smoke steps expect, computed in Node from the data files the build serves
 * (public/geo), never typed in: where to stand in the central stairway area, which community to
 * click, what the near-me list must hold (plain Turf, the rule of src/data/nearMe.ts), the tour.
 */
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon, distance, pointOnFeature, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

const GEO = 'public/geo';
const SITE_LAYERS = [
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'elevators',
  'pipelines',
  'riverside',
];
/** Listed only when the place lies inside them (a resident is "in" an area, not "near" it). */
const CONTAINERS = ['areas', 'pilot-zone'];

export const readLayer = (id: string) =>
  JSON.parse(readFileSync(`${GEO}/${id}.geojson`, 'utf8')) as FeatureCollection;

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

const metres = { units: 'meters' } as const;
const toLine = (at: Position, line: Position[]) =>
  pointToLineDistance(at, { type: 'LineString', coordinates: line }, metres);

/** The ids of the site features within `r` metres of `at`: 0 inside a polygon, else to its outline. */
export function expectedNearIds(at: [number, number], r: number): string[] {
  const ids: string[] = [];
  for (const layer of SITE_LAYERS) {
    for (const f of readLayer(layer).features) {
      const g = f.geometry;
      let d = Number.POSITIVE_INFINITY;
      let inside = false;
      if (g.type === 'Point') d = distance(at, g.coordinates, metres);
      else if (g.type === 'LineString') d = toLine(at, g.coordinates);
      else if (g.type === 'MultiLineString') d = Math.min(...g.coordinates.map((l) => toLine(at, l)));
      else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
        inside = booleanPointInPolygon(at, g);
        const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
        d = inside ? 0 : Math.min(...rings.map((ring) => toLine(at, ring)));
      }
      if (d <= r && (inside || !CONTAINERS.includes(layer))) ids.push(String(f.properties?.id));
    }
  }
  return ids.sort();
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

/**
 * The resident's near-me rule applied with plain Turf to every feature of every site layer of
 * public/geo (no index, no app code): what the e2e and engine smoke tests expect the list to hold.
 * Plain Node and Turf only, so the engine tests can use it without Playwright.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';

/** The layers of the resident's list and those listed only around the place, read from the catalogue file. */
const NEAR = (
  JSON.parse(readFileSync('public/geo/layers.json', 'utf8')) as {
    layers: Array<{ id: string; near_me?: { container?: boolean } }>;
  }
).layers.filter((l) => l.near_me);
const SITE_LAYERS = NEAR.map((l) => l.id);
const CONTAINERS = NEAR.filter((l) => l.near_me?.container).map((l) => l.id);

export function readLayer(id: string): FeatureCollection {
  return JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8')) as FeatureCollection;
}

export interface Expected {
  id: string;
  layer: string;
  distanceM: number;
  inside: boolean;
  feature: Feature;
}

const metres = { units: 'meters' } as const;
const toLine = (at: Position, line: Position[]) =>
  pointToLineDistance(at, { type: 'LineString', coordinates: line }, metres);

/** The rule, applied with plain Turf to every feature of every site layer (no index). */
export function expectedNear(at: [number, number], r: number): Expected[] {
  const out: Expected[] = [];
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
      if (d > r || (CONTAINERS.includes(layer) && !inside)) continue;
      out.push({ id: String(f.properties?.id), layer, distanceM: d, inside, feature: f });
    }
  }
  return out.sort((a, b) => a.distanceM - b.distanceM);
}

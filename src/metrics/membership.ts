/**
 * Which features of a layer lie in a zone, and how much of each: the one rule every figure uses.
 *
 * A polygon (community, pocket park, riverside space, an area itself) belongs to a zone when its
 * representative point — the label point of `labelPoint`, always inside the polygon — lies in the
 * zone. `booleanWithin` was not chosen: the data's plots share edges with the area outlines, and a
 * plot that touches or crosses the outline by a few centimetres would be counted in no area at all;
 * one representative point counts every plot in exactly one of several non-overlapping zones.
 * Points are tested as they are. A point exactly on an outline is decided half-open (`pointInZone`),
 * so the edge two areas share puts it in exactly one. Lines are split at the zone's outline and only the pieces inside
 * count (their length; a line counts as one work in the zone when a metre or more lies inside).
 *
 * A resident's circle follows the near-me list's rule instead (src/data/nearMe.ts): a feature is in
 * it when any part lies within the radius, zones only when the centre is inside them; a line's
 * length is clipped to the circle.
 */
import { along, bbox, booleanPointInPolygon, circle, length, lineSplit, lineString } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoint } from '../data/derive';
import { distanceToFeature } from '../data/featureDistance';

export type ZoneShape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** A place's walking circle. */
export interface Circle {
  center: [number, number];
  radiusM: number;
}

/** One feature inside a zone; `km` is its length inside (lines only). */
export interface Member {
  feature: Feature;
  km?: number;
}

/** Below this much length inside, a line only runs along the outline (rounding crumbs). */
const MIN_INSIDE_KM = 0.001;

export const isAreal = (f: Feature): f is ZoneShape =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

const isLine = (f: Feature) => f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';

function lineParts(f: Feature): Position[][] {
  const g = f.geometry;
  if (g?.type === 'LineString') return [g.coordinates];
  if (g?.type === 'MultiLineString') return g.coordinates;
  return [];
}

/** A tiny step in a direction no outline of the data follows (not along a parallel or meridian). */
const NUDGE: Position = [1e-9, Math.PI * 1e-9];

/**
 * Whether a point lies in a zone, half-open: a point exactly on the outline is decided by a point a
 * hair to the north-east, so a point on the edge two zones share counts in exactly one of them.
 */
export function pointInZone(p: Position, zone: ZoneShape): boolean {
  if (booleanPointInPolygon(p, zone, { ignoreBoundary: true })) return true;
  if (!booleanPointInPolygon(p, zone)) return false;
  return booleanPointInPolygon([p[0] + NUDGE[0], p[1] + NUDGE[1]], zone, { ignoreBoundary: true });
}

/** Each zone's bounding box, worked out once: a line whose box misses it has nothing inside. */
const zoneBoxes = new WeakMap<ZoneShape, BBox>();

function boxOf(zone: ZoneShape): BBox {
  const known = zoneBoxes.get(zone);
  if (known) return known;
  const b = bbox(zone);
  zoneBoxes.set(zone, b);
  return b;
}

/** Whether a line part's coordinates all lie to one side of the box (then none of it is inside). */
function outsideBox(coords: Position[], [w, s, e, n]: BBox): boolean {
  let west = true;
  let east = true;
  let south = true;
  let north = true;
  for (const [x, y] of coords) {
    west &&= x < w;
    east &&= x > e;
    south &&= y < s;
    north &&= y > n;
    if (!west && !east && !south && !north) return false;
  }
  return true;
}

/** Km of a (Multi)LineString inside a polygon: split at the outline, a piece counts when its midpoint is inside. */
export function clippedLengthKm(line: Feature, zone: ZoneShape): number {
  let km = 0;
  const box = boxOf(zone);
  for (const coords of lineParts(line)) {
    // Splitting is the costly part; most lines of a district lie wholly outside any one zone.
    if (coords.length < 2 || outsideBox(coords, box)) continue;
    const part = lineString(coords);
    const pieces = lineSplit(part, zone).features;
    for (const piece of pieces.length ? pieces : [part]) {
      const len = length(piece, { units: 'kilometers' });
      if (len === 0) continue;
      const mid = along(piece, len / 2, { units: 'kilometers' });
      if (pointInZone(mid.geometry.coordinates, zone)) km += len;
    }
  }
  return km;
}

/** Whether a point or polygon feature lies in the zone, by the rule in this file's header. */
export function isInZone(f: Feature, zone: ZoneShape): boolean {
  if (f.geometry?.type === 'Point') return pointInZone(f.geometry.coordinates, zone);
  if (isAreal(f)) return pointInZone(labelPoint(f).geometry.coordinates, zone);
  return false;
}

/** The features of one layer inside a zone polygon. */
export function membersInZone(features: readonly Feature[], zone: ZoneShape): Member[] {
  const out: Member[] = [];
  for (const feature of features) {
    if (isLine(feature)) {
      const km = clippedLengthKm(feature, zone);
      if (km > MIN_INSIDE_KM) out.push({ feature, km });
    } else if (isInZone(feature, zone)) out.push({ feature });
  }
  return out;
}

/**
 * The features of one layer in a resident's circle (`containers`: zones, listed only when the centre
 * is inside). Lines get their length inside the circle only when `withLength` asks for it (clipping
 * is the costly part).
 */
export function membersInCircle(
  features: readonly Feature[],
  c: Circle,
  containers: boolean,
  withLength: boolean,
): Member[] {
  const out: Member[] = [];
  let disc: ZoneShape | null = null;
  for (const feature of features) {
    const d = distanceToFeature(c.center, feature, c.radiusM);
    if (!d || (containers && !d.inside)) continue;
    if (isLine(feature) && withLength) {
      disc ??= circle(c.center, c.radiusM, { units: 'meters', steps: 96 }) as ZoneShape;
      out.push({ feature, km: clippedLengthKm(feature, disc) });
    } else out.push({ feature });
  }
  return out;
}

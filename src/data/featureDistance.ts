/**
 * Distance from a place to a site feature, in metres, as Turf computes it: 0 inside a polygon
 * (holes are outside), else to the nearest outline; to the nearest part of a line; straight to a
 * point. Turf's geodesic point-to-segment distance is exact but costly, so a flat local projection
 * first picks the few segments that can be the nearest; only those get the Turf computation.
 */
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, Position } from 'geojson';

/** Metres per degree of a great circle on Turf's sphere (R = 6,371,008.8 m). */
const M_PER_DEG = (6371008.8 * Math.PI) / 180;
/**
 * How far the flat estimate may be off at walking distances (well under 0.1% within a few km);
 * segments within this of the best estimate are all measured exactly.
 */
const REL_SLACK = 0.01;
const ABS_SLACK_M = 1;

const metres = { units: 'meters' } as const;

/**
 * Flat distance in metres from the origin to segment ab (coordinates already in local metres), and
 * where along ab the nearest point lies before clamping (≤ 0: at a, ≥ 1: at b).
 */
function flatToSegment(ax: number, ay: number, bx: number, by: number): [number, number] {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const raw = len2 === 0 ? 0 : -(ax * vx + ay * vy) / len2;
  const t = Math.max(0, Math.min(1, raw));
  return [Math.hypot(ax + t * vx, ay + t * vy), raw];
}

/**
 * Shortest distance from `at` to any of these lines: flat estimates per segment, then Turf on the
 * segments that can be the nearest. Returns null when even the nearest is surely beyond `limitM`.
 */
function toLines(at: Position, lines: Position[][], limitM: number): number | null {
  const kx = M_PER_DEG * Math.cos((at[1] * Math.PI) / 180);
  // per segment: flat distance, its ends, and where the nearest point lies along it
  const flat: Array<[number, Position, Position, number]> = [];
  let best = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.length === 1) flat.push([0, line[0], line[0], 0]);
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i];
      const b = line[i + 1];
      const [d, t] = flatToSegment(
        (a[0] - at[0]) * kx,
        (a[1] - at[1]) * M_PER_DEG,
        (b[0] - at[0]) * kx,
        (b[1] - at[1]) * M_PER_DEG,
      );
      flat.push([d, a, b, t]);
      if (d < best) best = d;
    }
  }
  if (flat.length === 0 || best > limitM * (1 + REL_SLACK) + ABS_SLACK_M) return null;
  const cutoff = best * (1 + REL_SLACK) + ABS_SLACK_M;
  let exact = Number.POSITIVE_INFINITY;
  for (const [d, a, b, t] of flat) {
    if (d > cutoff) continue;
    // When the nearest point is an end of the segment, the distance to it is the distance to the
    // segment: Turf's point distance gives it at a fiftieth of the cost of its segment distance.
    const e =
      t <= 0
        ? distance(at, a, metres)
        : t >= 1
          ? distance(at, b, metres)
          : pointToLineDistance(at, { type: 'LineString', coordinates: [a, b] }, metres);
    if (e < exact) exact = e;
  }
  return exact;
}

/**
 * Distance in metres from `at` to a feature and whether `at` lies inside it. `null` when the
 * feature has no distance (no geometry, a collection) or, given `limitM`, is surely farther.
 */
export function distanceToFeature(
  at: readonly [number, number],
  feature: Feature,
  limitM = Number.POSITIVE_INFINITY,
): { distanceM: number; inside: boolean } | null {
  const p: Position = [at[0], at[1]];
  const g = feature.geometry;
  let d: number | null = null;
  switch (g?.type) {
    case 'Point':
      d = distance(p, g.coordinates, metres);
      break;
    case 'MultiPoint':
      d = Math.min(...g.coordinates.map((c) => distance(p, c, metres)));
      break;
    case 'LineString':
      d = toLines(p, [g.coordinates], limitM);
      break;
    case 'MultiLineString':
      d = toLines(p, g.coordinates, limitM);
      break;
    case 'Polygon':
    case 'MultiPolygon':
      if (booleanPointInPolygon(p, g)) return { distanceM: 0, inside: true };
      d = toLines(p, g.type === 'Polygon' ? g.coordinates : g.coordinates.flat(), limitM);
      break;
    default:
      return null;
  }
  return d === null || !Number.isFinite(d) || d > limitM ? null : { distanceM: d, inside: false };
}

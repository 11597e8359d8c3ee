/**
 * Far from the district: a feature with any vertex more than FAR_KM outside the site's bounds
 * (site.json `bounds`) is a warning — a wrong CRS, zone or a stray vertex. Per vertex, so a polygon
 * that contains the whole district is fine and one stray vertex is caught. Shared by
 * `npm run validate` and `npm run import`. Pure.
 */
import type { Position } from 'geojson';
import { fmt } from './coordinates';
import { isObject, positionsOf } from './geometry';
import type { Problem } from './problem';

export const FAR_KM = 5;

export type Bounds = [number, number, number, number];

/** Kilometres from p to the box (0 inside), on the sphere (haversine to the nearest box point). */
export function kmOutside(p: Position, [w, s, e, n]: Bounds): number {
  const q = [Math.min(Math.max(p[0], w), e), Math.min(Math.max(p[1], s), n)];
  const rad = Math.PI / 180;
  const dLat = (q[1] - p[1]) * rad;
  const dLon = (q[0] - p[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p[1] * rad) * Math.cos(q[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The farthest vertex of a geometry beyond FAR_KM, or null. */
export function farthestVertex(geometry: unknown, bounds: Bounds): { km: number; at: Position } | null {
  const pts = isObject(geometry) ? positionsOf(geometry) : null;
  if (!pts) return null;
  let best: { km: number; at: Position } | null = null;
  for (const p of pts) {
    const km = kmOutside(p, bounds);
    if (km > FAR_KM && (!best || km > best.km)) best = { km, at: p };
  }
  return best;
}

/** The warning for one feature, located at `loc` (e.g. `features[3]`). */
export function farProblem(path: string, loc: string, far: { km: number; at: Position }): Problem {
  const p = `[${fmt(far.at[0])}, ${fmt(far.at[1])}]`;
  return {
    path,
    location: loc,
    severity: 'warning',
    code: 'far-away',
    message_en: `lies ${far.km.toFixed(1)} km from the district (vertex ${p}): wrong CRS or zone, or a stray vertex?`,
    message_zh: `距本区 ${far.km.toFixed(1)} 公里（顶点 ${p}）：坐标系或带号是否有误，或有离群顶点？`,
  };
}

/** Far-away warnings for a parsed layer file: at most `max`, then one line with the rest. */
export function checkFarFromDistrict(path: string, data: unknown, bounds: Bounds, max = 20): Problem[] {
  if (!isObject(data) || !Array.isArray(data.features)) return [];
  const out: Problem[] = [];
  let more = 0;
  data.features.forEach((f, i) => {
    const far = isObject(f) ? farthestVertex(f.geometry, bounds) : null;
    if (!far) return;
    if (out.length < max) out.push(farProblem(path, `features[${i}]`, far));
    else more++;
  });
  if (more > 0)
    out.push({
      path,
      location: '$',
      severity: 'warning',
      code: 'far-away',
      message_en: `and ${more} more features far from the district`,
      message_zh: `另有 ${more} 个要素远离本区`,
    });
  return out;
}

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

/**
 * What lies far from the district: the whole feature (its nearest vertex beyond FAR_KM, and its
 * box not touching the district's — a polygon containing the district is near), or a stray vertex
 * (beyond FAR_KM while most of the feature is near). Null when nothing is far.
 */
export function farthestVertex(
  geometry: unknown,
  bounds: Bounds,
): { km: number; at: Position; stray: boolean } | null {
  const pts = isObject(geometry) ? positionsOf(geometry) : null;
  if (!pts || pts.length === 0) return null;
  const d = pts.map((p) => kmOutside(p, bounds));
  let far = 0;
  let near = 0;
  for (let i = 1; i < d.length; i++) {
    if (d[i] > d[far]) far = i;
    if (d[i] < d[near]) near = i;
  }
  if (d[far] <= FAR_KM) return null;
  const [w, s, e, n] = bounds;
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pts) {
    box[0] = Math.min(box[0], p[0]);
    box[1] = Math.min(box[1], p[1]);
    box[2] = Math.max(box[2], p[0]);
    box[3] = Math.max(box[3], p[1]);
  }
  const touches = box[0] <= e && box[2] >= w && box[1] <= n && box[3] >= s;
  if (!touches && d[near] > FAR_KM) return { km: d[near], at: pts[near], stray: false };
  const nearCount = d.filter((x) => x <= FAR_KM).length;
  if (nearCount * 2 >= d.length) return { km: d[far], at: pts[far], stray: true };
  return null;
}

/** The warning for one feature, located at `loc` (e.g. `features[3]`). */
export function farProblem(
  path: string,
  loc: string,
  far: { km: number; at: Position; stray: boolean },
): Problem {
  const p = `[${fmt(far.at[0])}, ${fmt(far.at[1])}]`;
  const km = far.km.toFixed(1);
  return {
    path,
    location: loc,
    severity: 'warning',
    code: 'far-away',
    message_en: far.stray
      ? `vertex ${p} lies ${km} km from the district while the rest is near: a stray vertex?`
      : `lies ${km} km from the district (nearest vertex ${p}): wrong CRS or zone?`,
    message_zh: far.stray
      ? `顶点 ${p} 距本区 ${km} 公里，而其余部分在本区附近：是否为离群顶点？`
      : `距本区 ${km} 公里（最近顶点 ${p}）：坐标系或带号是否有误？`,
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

/**
 * Polygon rules: ring length and closure, winding (a warning), and OGC validity (rings.ts) within
 * a time budget per file that, when it runs out, says so.
 */
import type { Position } from 'geojson';
import { type CoordReport, checkPositions, fmt } from './coordinates';
import { at, type ProblemSink } from './problem';
import { describeFinding, ringFinding } from './rings';

/**
 * Time budget for the polygon validity checks of one file (ms). When it runs out the rest are not
 * checked, and the report says so. An object so that tests can shorten it.
 */
export const VALIDITY_BUDGET = { ms: 20000 };

/** Per-file state shared by the geometry checks of all features. */
export interface GeometryState {
  sink: ProblemSink;
  layerId: string;
  /** The layer's geometry types from the catalogue; null = any; undefined = not a catalogue layer. */
  allowed: readonly string[] | null | undefined;
  /** `Date.now()` after which polygon validity is no longer checked. */
  deadline: number;
  /** Polygons left unchecked because the budget ran out. */
  skipped: number;
}

export function newGeometryState(
  sink: ProblemSink,
  layerId: string,
  allowed: readonly string[] | null | undefined,
): GeometryState {
  return { sink, layerId, allowed, deadline: Date.now() + VALIDITY_BUDGET.ms, skipped: 0 };
}

/** The note for polygons the time budget left unchecked (once per file), or nothing. */
export function reportSkipped(st: GeometryState): void {
  if (st.skipped === 0) return;
  const s = VALIDITY_BUDGET.ms / 1000;
  st.sink.warn(
    '',
    'check-skipped',
    `the polygon validity check ran out of its ${s} s time budget: ${st.skipped} ${st.skipped === 1 ? 'polygon was' : 'polygons were'} not checked for self-intersections`,
    `多边形有效性检查已用完 ${s} 秒的时间预算：有 ${st.skipped} 个多边形未检查自相交`,
  );
}

/** Twice the signed area in lon/lat units (positive = counter-clockwise). */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

function checkRing(ring: Position[], loc: string, index: number, sink: ProblemSink): boolean {
  if (ring.length < 4) {
    sink.error(
      loc,
      'short-ring',
      `a polygon ring needs at least 4 positions (the last repeating the first), this one has ${ring.length}`,
      `多边形的环至少需要 4 个坐标点（最后一个与第一个相同），此处只有 ${ring.length} 个`,
    );
    return false;
  }
  if (!samePosition(ring[0], ring[ring.length - 1])) {
    sink.error(
      at(loc, ring.length - 1),
      'unclosed-ring',
      'ring is not closed: the last position must repeat the first',
      '环未闭合：最后一个坐标点必须与第一个相同',
    );
    return false;
  }
  const a = signedArea2(ring);
  // Zero area (a bow-tie, or points on a line) is named by the validity check, which says where.
  if (a === 0) return true;
  if ((index === 0 && a < 0) || (index > 0 && a > 0)) {
    sink.warn(
      loc,
      'ring-winding',
      index === 0
        ? 'outer ring is clockwise; GeoJSON (RFC 7946) wants counter-clockwise'
        : 'hole is counter-clockwise; GeoJSON (RFC 7946) wants clockwise',
      index === 0
        ? '外环为顺时针；GeoJSON（RFC 7946）要求逆时针'
        : '内环（洞）为逆时针；GeoJSON（RFC 7946）要求顺时针',
    );
  }
  return true;
}

function checkValidity(rings: Position[][], loc: string, st: GeometryState): void {
  if (Date.now() >= st.deadline) {
    st.skipped++;
    return;
  }
  // Drop repeated consecutive vertices: harmless, and not a crossing.
  const clean = rings.map((r) => r.filter((p, i) => i === 0 || !samePosition(p, r[i - 1])));
  const f = ringFinding(clean);
  if (f) {
    const d = describeFinding(f, fmt);
    st.sink.error(loc, f.kind === 'hole-outside' ? 'hole-outside' : 'self-intersection', d.en, d.zh);
    return;
  }
  if (clean.some((r) => signedArea2(r) === 0))
    st.sink.error(
      loc,
      'self-intersection',
      'ring has zero area (all points on a line?)',
      '环的面积为零（所有点共线？）',
    );
}

export function checkPolygonCoords(
  coords: unknown,
  loc: string,
  rep: CoordReport,
  st: GeometryState,
): boolean {
  if (!Array.isArray(coords) || coords.length === 0) {
    st.sink.error(
      loc,
      'geojson-invalid',
      'polygon coordinates must be a non-empty array of rings',
      '多边形坐标必须是非空的环数组',
    );
    return false;
  }
  const rings: Position[][] = [];
  let ok = true;
  for (let r = 0; r < coords.length; r++) {
    const ring = checkPositions(coords[r], at(loc, r), rep, st.sink);
    if (!ring) {
      ok = false;
      continue;
    }
    if (!checkRing(ring, at(loc, r), r, st.sink)) ok = false;
    rings.push(ring);
  }
  if (ok && !st.sink.full) checkValidity(rings, loc.replace(/\.coordinates$/, ''), st);
  return ok;
}

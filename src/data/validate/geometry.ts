/**
 * Geometry rules: GeoJSON structure, geometry type per layer, coordinates (numeric, finite, in
 * range, with "lon/lat swapped?" and "projected coordinates?" hints), line and ring lengths, ring
 * closure, winding (a warning) and OGC ring validity (rings.ts: crossings named with their place, a
 * hole may touch its shell at one point), within a time budget per file. Pure; never throws on odd input.
 */
import type { Position } from 'geojson';
import { CoordReport, checkPosition, checkPositions } from './coordinates';
import { checkPolygonCoords, type GeometryState } from './polygon';
import { at, type ProblemSink } from './problem';

export {
  type GeometryState,
  newGeometryState,
  reportSkipped,
  signedArea2,
  VALIDITY_BUDGET,
} from './polygon';

export type GeometryType =
  | 'Point'
  | 'MultiPoint'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon'
  | 'GeometryCollection';

const GEOMETRY_TYPES: readonly string[] = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
];

/** Nesting depth of `coordinates` per type (0 = a position). */
const COORD_DEPTH: Record<string, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

const MAX_COLLECTION_DEPTH = 4;

import { isObject } from './isObject';

export { isObject };

function checkLine(coords: unknown, loc: string, rep: CoordReport, sink: ProblemSink): boolean {
  const line = checkPositions(coords, loc, rep, sink);
  if (!line) return false;
  if (line.length < 2) {
    sink.error(
      loc,
      'short-line',
      `a line needs at least 2 positions, this one has ${line.length}`,
      `线至少需要 2 个坐标点，此处只有 ${line.length} 个`,
    );
    return false;
  }
  return true;
}

/**
 * Checks a feature's geometry at `loc` (e.g. `features[3].geometry`). Returns true when the
 * geometry is structurally valid with all coordinates in range (usable for cross-file rules).
 */
export function checkGeometry(geom: unknown, loc: string, st: GeometryState, depth = 0): boolean {
  const { sink } = st;
  const allowed = depth === 0 ? st.allowed : null;
  if (geom === null || geom === undefined) {
    const isSite = allowed !== undefined && allowed !== null;
    sink.add(
      loc,
      isSite ? 'error' : 'warning',
      'missing-geometry',
      'feature has no geometry, so it cannot be drawn',
      '要素没有几何图形，无法在地图上显示',
    );
    return false;
  }
  if (!isObject(geom)) {
    sink.error(
      loc,
      'geojson-invalid',
      'geometry must be an object with "type" and "coordinates"',
      '几何必须是包含 "type" 和 "coordinates" 的对象',
    );
    return false;
  }
  const type = geom.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
    sink.error(
      at(loc, 'type'),
      'geojson-invalid',
      `geometry type must be one of ${GEOMETRY_TYPES.join(', ')}`,
      `几何类型必须是 ${GEOMETRY_TYPES.join('、')} 之一`,
    );
    return false;
  }
  let ok = true;
  if (allowed && !allowed.includes(type)) {
    sink.error(
      at(loc, 'type'),
      'wrong-geometry-type',
      `layer "${st.layerId}" takes ${allowed.join(' or ')}, not ${type}`,
      `图层 "${st.layerId}" 只接受 ${allowed.join(' 或 ')}，不接受 ${type}`,
    );
    ok = false;
  }
  if (type === 'GeometryCollection') {
    const gs = geom.geometries;
    if (!Array.isArray(gs)) {
      sink.error(
        at(loc, 'geometries'),
        'geojson-invalid',
        '"geometries" must be an array',
        '"geometries" 必须是数组',
      );
      return false;
    }
    if (gs.length === 0) {
      sink.error(
        at(loc, 'geometries'),
        'geojson-invalid',
        'GeometryCollection has no geometries, so there is nothing to draw',
        'GeometryCollection 中没有任何几何图形，无法显示',
      );
      return false;
    }
    if (depth >= MAX_COLLECTION_DEPTH) {
      sink.error(loc, 'geojson-invalid', 'geometry collections nested too deep', '几何集合嵌套过深');
      return false;
    }
    for (let i = 0; i < gs.length && !sink.full; i++) {
      if (!checkGeometry(gs[i], at(at(loc, 'geometries'), i), st, depth + 1)) ok = false;
    }
    return ok;
  }
  const cloc = at(loc, 'coordinates');
  const coords = geom.coordinates;
  if (coords === undefined) {
    sink.error(loc, 'geojson-invalid', 'geometry has no "coordinates"', '几何缺少 "coordinates"');
    return false;
  }
  const rep = new CoordReport();
  let structOk = true;
  const arr = (v: unknown, l: string): unknown[] | null => {
    if (Array.isArray(v)) return v;
    sink.error(
      l,
      'geojson-invalid',
      `${type} coordinates must be nested arrays (depth ${COORD_DEPTH[type] + 1})`,
      `${type} 的坐标必须是嵌套数组（${COORD_DEPTH[type] + 1} 层）`,
    );
    structOk = false;
    return null;
  };
  switch (type) {
    case 'Point':
      checkPosition(coords, cloc, rep);
      break;
    case 'MultiPoint':
      if (!checkPositions(coords, cloc, rep, sink)) structOk = false;
      break;
    case 'LineString':
      if (!checkLine(coords, cloc, rep, sink)) structOk = false;
      break;
    case 'MultiLineString': {
      const ls = arr(coords, cloc);
      for (let i = 0; ls && i < ls.length; i++)
        if (!checkLine(ls[i], at(cloc, i), rep, sink)) structOk = false;
      break;
    }
    case 'Polygon':
      if (!checkPolygonCoords(coords, cloc, rep, st)) structOk = false;
      break;
    case 'MultiPolygon': {
      const ps = arr(coords, cloc);
      if (ps && ps.length === 0) {
        sink.error(cloc, 'geojson-invalid', 'MultiPolygon has no polygons', 'MultiPolygon 中没有多边形');
        structOk = false;
      }
      for (let i = 0; ps && i < ps.length && !sink.full; i++) {
        if (!checkPolygonCoords(ps[i], at(cloc, i), rep, st)) structOk = false;
      }
      break;
    }
  }
  rep.flush(sink);
  return ok && structOk && rep.ok;
}

/**
 * Every position of a geometry that passed `checkGeometry` (flattened), or null for a geometry
 * that is missing or malformed. Used by the cross-file rules.
 */
export function positionsOf(geom: unknown, depth = 0): Position[] | null {
  if (!isObject(geom) || depth > MAX_COLLECTION_DEPTH) return null;
  if (geom.type === 'GeometryCollection') {
    if (!Array.isArray(geom.geometries)) return null;
    const out: Position[] = [];
    for (const g of geom.geometries) {
      const p = positionsOf(g, depth + 1);
      if (!p) return null;
      for (const q of p) out.push(q);
    }
    return out;
  }
  const d = COORD_DEPTH[geom.type as string];
  if (d === undefined) return null;
  const out: Position[] = [];
  const walk = (v: unknown, level: number): boolean => {
    if (!Array.isArray(v)) return false;
    if (level === 0) {
      if (v.length < 2 || !Number.isFinite(v[0]) || !Number.isFinite(v[1])) return false;
      out.push(v as Position);
      return true;
    }
    for (const c of v) if (!walk(c, level - 1)) return false;
    return true;
  };
  return walk(geom.coordinates, d) ? out : null;
}

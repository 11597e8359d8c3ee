/** context.geojson: district outline (OSM), river (Natural Earth, widened), roads, hills, landmarks. */
import type { Feature, Geometry } from 'geojson';
import {
  add,
  chaikin,
  lineFromXY,
  offsetLine,
  polygonFromLngLat,
  polygonFromXY,
  toLngLat,
  type XY,
} from './geo';
import type { ContextProps } from './props';
import { DISTRICT_RING } from './sources';
import {
  columnExtent,
  columnLine,
  node,
  RIVERSIDE_ROAD_OFFSET,
  reachRiversideRoad,
  riverLine,
  riverRing,
  rowExtent,
  rowLine,
} from './streets';

export type ContextFeature = Feature<Geometry, ContextProps>;

interface RoadSpec {
  id: string;
  name: string;
  name_en: string;
  class: 'primary' | 'secondary' | 'street';
  /** a row (constant j) or a column (constant i) of the grid */
  row?: number;
  column?: number;
  /** extend a column this many cells up the hillside (south) */
  uphill?: number;
}

/** The named main roads; every other grid line is drawn as an unnamed street. */
export const MAIN_ROADS: RoadSpec[] = [
  { id: 'road-renmin', name: '人民路', name_en: 'Renmin Road', class: 'primary', row: 0 },
  { id: 'road-gangcheng', name: '钢城大道', name_en: 'Gangcheng Avenue', class: 'primary', row: -5 },
  { id: 'road-sanxian', name: '三线路', name_en: 'Sanxian Road', class: 'secondary', row: -9 },
  {
    id: 'road-xiangyang',
    name: '向阳路',
    name_en: 'Xiangyang Road',
    class: 'secondary',
    column: -2,
    uphill: 3,
  },
  {
    id: 'road-stairway',
    name: '中心梯道',
    name_en: 'Central Stairway',
    class: 'street',
    column: 2,
    uphill: 3,
  },
  { id: 'road-dongfeng', name: '东风路', name_en: 'Dongfeng Road', class: 'secondary', column: 7, uphill: 2 },
  {
    id: 'road-dianchang',
    name: '电厂路',
    name_en: 'Power Plant Road',
    class: 'secondary',
    column: 12,
    uphill: 2,
  },
];

/** The riverside road: parallel to the south bank along the old core. */
export function riversideRoad(): XY[] {
  return offsetLine(riverLine, -RIVERSIDE_ROAD_OFFSET).filter(
    (p) => p[1] > -1750 && p[0] > -1900 && p[0] < 3500,
  );
}

function roadGeometry(spec: { row?: number; column?: number; uphill?: number }, main: boolean): XY[] | null {
  if (spec.row !== undefined) {
    const j = spec.row;
    const ext = rowExtent(j);
    if (!ext) return null;
    let [i0, i1] = ext;
    if (main) {
      i0 -= reachRiversideRoad((t) => node(ext[0] - t, j), 4);
      i1 += reachRiversideRoad((t) => node(ext[1] + t, j), 4);
    }
    return rowLine(j, i0, i1);
  }
  const i = spec.column as number;
  const ext = columnExtent(i);
  if (!ext) return null;
  let [j0, j1] = ext;
  if (main) {
    j1 += reachRiversideRoad((t) => node(i, ext[1] + t), 4);
    j0 -= spec.uphill ?? 0;
  }
  const line = columnLine(i, j0, j1);
  // the uphill part winds a little, as hill roads do
  return line.map((p, k) => (k < (spec.uphill ?? 0) ? add(p, [Math.sin(k * 2.1 + i) * 25, 0]) : p));
}

const HILLS = [
  { id: 'hill-tidao', name: '梯道山', name_en: 'Stairway Hill', c: [480, -2080] as XY, r: [380, 240] },
  { id: 'hill-dongshan', name: '东山', name_en: 'East Hill', c: [1950, -1980] as XY, r: [470, 300] },
  { id: 'hill-nanling', name: '南岭', name_en: 'South Ridge', c: [-760, -2060] as XY, r: [420, 250] },
];

function hillRing(c: XY, r: number[], phase: number): XY[] {
  const ring: XY[] = [];
  for (let k = 0; k < 18; k++) {
    const a = (k / 18) * 2 * Math.PI;
    const wobble = 1 + 0.09 * Math.sin(3 * a + phase) + 0.05 * Math.cos(5 * a + phase);
    ring.push([c[0] + Math.cos(a) * r[0] * wobble, c[1] + Math.sin(a) * r[1] * wobble]);
  }
  return ring;
}

export function buildContext(
  landmarks: { id: string; name: string; name_en: string; at: XY }[],
): ContextFeature[] {
  const out: ContextFeature[] = [];
  out.push({
    type: 'Feature',
    properties: {
      id: 'district-outline',
      kind: 'district',
      name: 'X区（示意：攀枝花市东区）',
      name_en: 'X District (East District, Panzhihua)',
    },
    geometry: polygonFromLngLat(DISTRICT_RING),
  });
  out.push({
    type: 'Feature',
    properties: { id: 'river-jinsha', kind: 'river', name: '金沙江', name_en: 'Jinsha River' },
    geometry: polygonFromXY(riverRing()),
  });
  for (const h of HILLS) {
    out.push({
      type: 'Feature',
      properties: { id: h.id, kind: 'hill', name: h.name, name_en: h.name_en },
      geometry: polygonFromXY(hillRing(h.c, h.r, h.c[0] / 300)),
    });
  }
  out.push({
    type: 'Feature',
    properties: {
      id: 'road-binjiang',
      kind: 'road',
      class: 'primary',
      name: '滨江大道',
      name_en: 'Riverside Avenue',
    },
    geometry: { type: 'LineString', coordinates: lineFromXY(chaikin(riversideRoad(), 1)) },
  });
  const named = new Set<string>();
  for (const spec of MAIN_ROADS) {
    const line = roadGeometry(spec, true);
    if (!line) continue;
    named.add(spec.row !== undefined ? `r${spec.row}` : `c${spec.column}`);
    out.push({
      type: 'Feature',
      properties: { id: spec.id, kind: 'road', class: spec.class, name: spec.name, name_en: spec.name_en },
      geometry: { type: 'LineString', coordinates: lineFromXY(line) },
    });
  }
  for (let j = -11; j <= 9; j++) {
    const line = named.has(`r${j}`) ? null : roadGeometry({ row: j }, false);
    if (line) out.push(street(`street-row-${j < 0 ? `s${-j}` : `n${j}`}`, line));
  }
  for (let i = -9; i <= 18; i++) {
    const line = named.has(`c${i}`) ? null : roadGeometry({ column: i }, false);
    if (line) out.push(street(`street-col-${i < 0 ? `w${-i}` : `e${i}`}`, line));
  }
  for (const l of landmarks) {
    out.push({
      type: 'Feature',
      properties: { id: l.id, kind: 'landmark', name: l.name, name_en: l.name_en },
      geometry: { type: 'Point', coordinates: toLngLat(l.at) },
    });
  }
  return out;
}

function street(id: string, line: XY[]): ContextFeature {
  return {
    type: 'Feature',
    properties: { id, kind: 'road', class: 'street' },
    geometry: { type: 'LineString', coordinates: lineFromXY(line) },
  };
}

/** areas.geojson and pilot-zone.geojson: the four priority areas and the 230-mu pilot zone. */
import { featureCollection, area as turfArea, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  offsetLine,
  offsetRing,
  pointAlong,
  polygonFromLngLat,
  polygonFromXY,
  subLine,
  type XY,
} from './geo';
import type { AreaId, AreaProps, PilotZoneProps } from './props';
import {
  cellKey,
  cellRing,
  cells,
  node,
  RIVER_HALF_WIDTH,
  riverDistance,
  riverLine,
  validCells,
} from './streets';

/** 1 亩 = 10000/15 m² */
export const MU = 10000 / 15;
export const PILOT_MU = 230;

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, k) => a + k);
const block = (is: number[], js: number[]): string[] => is.flatMap((i) => js.map((j) => cellKey(i, j)));

/** The blocks of each priority area (grid indices; see streets.ts). */
export const AREA_CELLS: Record<AreaId, Set<string>> = {
  // a 5 × 4 core around the pilot zone, widened where the stairway axis runs downhill
  stairway: new Set([
    ...block(range(0, 4), range(-4, -1)),
    cellKey(5, -3),
    cellKey(5, -2),
    cellKey(-1, -3),
    cellKey(2, -5),
  ]),
  // every block of columns 7–11 from row 3 up to the river
  'power-plant': new Set(block(range(7, 11), range(3, 8)).filter((k) => validCells.has(k))),
  'city-origin': new Set(
    [
      ...block(range(-3, 1), [1]),
      ...block(range(-2, 1), [2]),
      ...block(range(-1, 1), [3]),
      ...block([0, 1], [4]),
    ].filter((k) => validCells.has(k)),
  ),
  'hill-lane': new Set(
    [...block(range(3, 8), range(-10, -8)), cellKey(6, -7), cellKey(7, -7)].filter(
      (k) => k !== cellKey(3, -8) && k !== cellKey(8, -8),
    ),
  ),
};

/** The pilot zone's blocks, in the middle of the stairway area. */
export const PILOT_CELLS = new Set(block(range(1, 3), range(-3, -2)));

export function areaOfCell(key: string): AreaId | null {
  for (const [id, set] of Object.entries(AREA_CELLS) as [AreaId, Set<string>][]) if (set.has(key)) return id;
  return null;
}

function unionOfCells(keys: Set<string>): Polygon {
  const polys = cells
    .filter((c) => keys.has(c.key))
    .map((c) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: polygonFromXY(cellRing(c.i, c.j)),
    }));
  const merged = union(featureCollection(polys));
  if (merged?.geometry.type !== 'Polygon') throw new Error('area cells are not contiguous');
  return merged.geometry;
}

/** The strip between the power-plant blocks and the river bank (riverside space). */
function riversideStrip(keys: Set<string>): Feature<Polygon> {
  const cols = [...new Set([...keys].map((k) => Number(k.split(',')[0])))].sort((a, b) => a - b);
  const top = (i: number): number =>
    Math.max(...[...keys].filter((k) => k.startsWith(`${i},`)).map((k) => Number(k.split(',')[1]))) + 1;
  const stairs: XY[] = [];
  cols.forEach((i, n) => {
    if (n > 0 && top(cols[n - 1]) !== top(i)) stairs.push(node(i, top(cols[n - 1])));
    stairs.push(node(i, top(i)));
  });
  stairs.push(node(cols[cols.length - 1] + 1, top(cols[cols.length - 1])));
  // the bank, 2 m off the water, between the perpendiculars through the strip's two ends
  const bank = offsetLine(riverLine, -(RIVER_HALF_WIDTH + 2));
  const along = (p: XY): number => {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let s = 0; s < 12000; s += 5) {
      const q = pointAlong(bank, s);
      const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
    return best;
  };
  const a = along(stairs[0]);
  const b = along(stairs[stairs.length - 1]);
  const bankPart = subLine(bank, a, b);
  // keep about one bank vertex per 150 m
  const step = Math.max(1, Math.round(bankPart.length / Math.max(2, Math.round((b - a) / 150))));
  const thin = bankPart.filter((_, k) => k % step === 0 || k === bankPart.length - 1);
  return { type: 'Feature', properties: {}, geometry: polygonFromXY([...stairs, ...thin.reverse()]) };
}

export function areaPolygon(id: AreaId): Polygon {
  const base = unionOfCells(AREA_CELLS[id]);
  if (id !== 'power-plant') return base;
  const merged = union(
    featureCollection([{ type: 'Feature', properties: {}, geometry: base }, riversideStrip(AREA_CELLS[id])]),
  );
  if (merged?.geometry.type !== 'Polygon') throw new Error('power-plant area is not one polygon');
  return polygonFromLngLat((merged.geometry as Polygon).coordinates[0]);
}

/** The pilot zone: its blocks' outline, pushed out just enough for Turf's area to read 230 亩. */
export function pilotPolygon(): Polygon {
  const ring: XY[] = [
    node(1, -3),
    node(2, -3),
    node(3, -3),
    node(4, -3),
    node(4, -2),
    node(4, -1),
    node(3, -1),
    node(2, -1),
    node(1, -1),
    node(1, -2),
  ];
  const target = PILOT_MU * MU;
  let lo = -20;
  let hi = 40;
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (turfArea(polygonFromXY(offsetRing(ring, mid))) < target) lo = mid;
    else hi = mid;
  }
  return polygonFromXY(offsetRing(ring, (lo + hi) / 2));
}

export const isRiverside = (p: XY): boolean => riverDistance(p) > -320;

type AreaText = Omit<
  AreaProps,
  'id' | 'area' | 'status' | 'year' | 'start' | 'end' | 'investment_wan' | 'households'
>;

export const AREA_TEXT: Record<AreaId, AreaText> = {
  stairway: {
    name: '中心梯道片区',
    name_en: 'Central Stairway Area',
    theme: '高品质宜居宜养更新示范',
    theme_en: 'High-quality livable and elder-friendly renewal',
    investment_yi: null,
    measures: [
      '老旧小区及配套设施改造',
      '新建口袋公园',
      '道路交通优化',
      '架空线缆全部入地',
      '加装电梯',
      '外立面改造',
      '生活服务与文创业态',
    ],
    summary: '沿中心梯道改造老旧小区，加装电梯、架空线缆全部入地，新建口袋公园，引入生活服务和文创小店。',
    summary_en:
      'Along the central stairway: old housing renovated, lifts added, overhead cables buried, new pocket parks, everyday services and small creative shops.',
  },
  'power-plant': {
    name: '电厂滨江片区',
    name_en: 'Power Plant Riverside Area',
    theme: '滨江空间与城市会客厅',
    theme_en: 'Riverside space and a city living room',
    investment_yi: null,
    measures: ['老旧小区改造', '滨江空间高效利用', '休闲、商业、娱乐业态', '城市会客厅'],
    summary: '改造电厂周边老旧小区，把金沙江边的空地变成休闲、商业和娱乐的滨江空间，打造城市会客厅。',
    summary_en:
      'Old housing around the former power plant renovated; the Jinsha riverbank turned into space for leisure, shops and entertainment, a living room for the city.',
  },
  'city-origin': {
    name: '城市原点片区',
    name_en: 'City Origin Area',
    theme: '城市记忆与老街活化',
    theme_en: 'City memory and old streets brought back to life',
    investment_yi: null,
    measures: ['老旧小区改造', '新建口袋公园', '老街风貌提升', '管网更新'],
    summary: '在城市起步的地方改造老旧小区和老街，更新地下管网，新建口袋公园。',
    summary_en:
      'Where the city began: old housing and old streets renovated, underground pipes renewed, new pocket parks.',
  },
  'hill-lane': {
    name: '山巷片区',
    name_en: 'Hill–Lane Area',
    theme: '山地街巷与步行网络',
    theme_en: 'Hillside lanes and walking routes',
    investment_yi: null,
    measures: ['老旧小区改造', '街巷步道整治', '新建口袋公园', '管网更新'],
    summary: '整治山坡上的老街巷和步道，改造老旧小区，更新供水和排水管，新建口袋公园。',
    summary_en:
      'Hillside lanes and footpaths repaired, old housing renovated, water and drainage pipes renewed, new pocket parks.',
  },
};

export function buildAreas(households: Record<AreaId, number>): Feature<Polygon | MultiPolygon, AreaProps>[] {
  return (Object.keys(AREA_TEXT) as AreaId[]).map((id) => ({
    type: 'Feature',
    properties: {
      id,
      ...AREA_TEXT[id],
      households: households[id],
      area: null,
      status: 'under_construction',
      year: 2027,
      start: '2025-03',
      end: '2027-12',
      investment_wan: null,
    },
    geometry: areaPolygon(id),
  }));
}

export function buildPilotZone(households: number): Feature<Polygon, PilotZoneProps> {
  return {
    type: 'Feature',
    properties: {
      id: 'pilot-zone',
      name: '中心梯道宜居宜养更新示范区',
      name_en: 'Central Stairway Livable and Elder-Friendly Renewal Pilot Zone',
      area: 'stairway',
      status: 'under_construction',
      year: 2027,
      start: '2025-03',
      end: '2027-06',
      summary: `示范区约230亩，惠及${households}户居民：加装电梯，架空线缆全部入地，改造老旧小区，新建口袋公园。`,
      summary_en: `About 230 mu (15.3 ha) and ${households.toLocaleString('en-US')} households: lifts added, all overhead cables put underground, old housing renovated, new pocket parks.`,
      investment_wan: null,
      declared_mu: PILOT_MU,
      households,
      measures: ['老旧小区改造', '加装电梯', '架空线缆全部入地', '新建口袋公园', '外立面改造', '适老化改造'],
    },
    geometry: pilotPolygon(),
  };
}

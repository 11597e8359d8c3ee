/** pipelines.geojson: pipeline works (管线); 管线入地 (method underground) in the pilot zone. */
import type { Feature, LineString, MultiLineString } from 'geojson';
import type { Status } from '../../src/data/types';
import { AREA_CELLS, PILOT_CELLS } from './areas';
import { lineFromXY, offsetLine, offsetRing, polylineLength, subLine, type XY } from './geo';
import type { AreaId, PipelineKind, PipelineMethod, PipelineProps } from './props';
import type { Rng } from './random';
import { schedule } from './schedule';
import { cellKey, columnLine, node, rowLine } from './streets';
import { worksSentence } from './text';

type PipelineFeature = Feature<LineString | MultiLineString, PipelineProps>;

const KIND_TEXT: Record<PipelineKind, [string, string]> = {
  power: ['电力线', 'power lines'],
  telecom: ['通信线', 'telecom cables'],
  water: ['供水管', 'water mains'],
  drainage: ['排水管', 'drains'],
  gas: ['燃气管', 'gas pipes'],
  heating: ['供热管', 'heating pipes'],
};
const METHOD_TEXT: Record<PipelineMethod, [string, string]> = {
  underground: ['架空{k}入地', 'overhead {k} put underground'],
  replace: ['更换老化{k}', 'old {k} replaced'],
  new: ['新建{k}', 'new {k} laid'],
};

/** Cut `d` metres off both ends of a line. */
const trim = (line: XY[], d: number): XY[] => subLine(line, d, polylineLength(line) - d);

interface PipeSpec {
  name: string;
  name_en: string;
  kind: PipelineKind;
  method: PipelineMethod;
  area: AreaId | null;
  year: number;
  status: Status;
  lines: XY[][];
}

function pipeline(rng: Rng, s: PipeSpec): PipelineFeature {
  const [kz, ke] = KIND_TEXT[s.kind];
  const [mz, me] = METHOD_TEXT[s.method];
  const km = s.lines.reduce((t, l) => t + polylineLength(l), 0) / 1000;
  const [summary, summary_en] = worksSentence(
    [`${mz.replace('{k}', kz)}约${km.toFixed(1)}公里`],
    [`about ${km.toFixed(1)} km of ${me.replace('{k}', ke)}`],
    s.status,
    s.year,
  );
  const coords = s.lines.map(lineFromXY);
  return {
    type: 'Feature',
    properties: {
      id: '',
      name: s.name,
      name_en: s.name_en,
      area: s.area,
      status: s.status,
      year: s.year,
      ...schedule(rng, s.year, s.status),
      summary,
      summary_en,
      investment_wan: rng.next() < 0.5 ? Math.round(km * rng.range(300, 900)) : null,
      kind: s.kind,
      method: s.method,
    },
    geometry:
      coords.length === 1
        ? { type: 'LineString', coordinates: coords[0] }
        : { type: 'MultiLineString', coordinates: coords },
  };
}

/** Runs of street segments with blocks of the set on both sides (so they lie inside the area). */
function interiorRuns(set: Set<string>, avoid: Set<string>): XY[][] {
  const inside = (k: string): boolean => set.has(k) && !avoid.has(k);
  const runs: XY[][] = [];
  for (let j = -11; j <= 9; j++) {
    let start: number | null = null;
    for (let i = -9; i <= 19; i++) {
      const ok = inside(cellKey(i, j)) && inside(cellKey(i, j - 1));
      if (ok && start === null) start = i;
      if (!ok && start !== null) {
        runs.push(rowLine(j, start, i));
        start = null;
      }
    }
  }
  for (let i = -9; i <= 19; i++) {
    let start: number | null = null;
    for (let j = -11; j <= 10; j++) {
      const ok = inside(cellKey(i, j)) && inside(cellKey(i - 1, j));
      if (ok && start === null) start = j;
      if (!ok && start !== null) {
        runs.push(columnLine(i, start, j));
        start = null;
      }
    }
  }
  return runs.sort((a, b) => polylineLength(b) - polylineLength(a));
}

const AREA_NAME: Record<AreaId, [string, string]> = {
  stairway: ['中心梯道片区', 'Central Stairway Area'],
  'power-plant': ['电厂滨江片区', 'Power Plant Riverside Area'],
  'city-origin': ['城市原点片区', 'City Origin Area'],
  'hill-lane': ['山巷片区', 'Hill–Lane Area'],
};

export function buildPipelines(rng: Rng): PipelineFeature[] {
  const specs: PipeSpec[] = [];
  // the pilot zone: every street's overhead power and telecom lines go underground
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
  const interior = [rowLine(-2, 1, 4), columnLine(2, -3, -1), columnLine(3, -3, -1)].map((l) => trim(l, 16));
  for (const [kind, inset, side] of [
    ['power', 4, 3],
    ['telecom', 8, -3],
  ] as const) {
    const r = offsetRing(ring, -inset);
    const [kz, ke] = KIND_TEXT[kind];
    const base = { kind, method: 'underground' as const, area: 'stairway' as const };
    specs.push(
      {
        ...base,
        name: `示范区外围${kz}入地（南、东段）`,
        name_en: `Pilot zone: ${ke} underground (south and east)`,
        year: 2025,
        status: 'under_construction',
        lines: [r.slice(0, 6)],
      },
      {
        ...base,
        name: `示范区外围${kz}入地（北、西段）`,
        name_en: `Pilot zone: ${ke} underground (north and west)`,
        year: 2026,
        status: 'under_construction',
        lines: [[...r.slice(5), r[0]]],
      },
      {
        ...base,
        name: `示范区内部街巷${kz}入地`,
        name_en: `Pilot zone: ${ke} underground (inner lanes)`,
        year: 2026,
        status: kind === 'power' ? 'under_construction' : 'planned',
        lines: interior.map((l) => offsetLine(l, side)),
      },
    );
  }
  // the other areas: water, drainage and gas renewal along their inner streets
  const plan: [AreaId, PipelineKind, PipelineMethod, number, Status][] = [
    ['stairway', 'drainage', 'replace', 2026, 'under_construction'],
    ['power-plant', 'water', 'replace', 2025, 'under_construction'],
    ['power-plant', 'drainage', 'new', 2026, 'planned'],
    ['power-plant', 'gas', 'replace', 2027, 'planned'],
    ['city-origin', 'water', 'replace', 2024, 'completed'],
    ['city-origin', 'gas', 'replace', 2025, 'completed'],
    ['city-origin', 'drainage', 'new', 2026, 'planned'],
    ['hill-lane', 'water', 'replace', 2025, 'under_construction'],
    ['hill-lane', 'drainage', 'replace', 2026, 'planned'],
    ['hill-lane', 'gas', 'new', 2027, 'planned'],
  ];
  const used = new Map<AreaId, number>();
  for (const [area, kind, method, year, status] of plan) {
    const runs = interiorRuns(AREA_CELLS[area], area === 'stairway' ? PILOT_CELLS : new Set());
    const k = used.get(area) ?? 0;
    used.set(area, k + 1);
    const line = runs[k];
    if (!line) continue;
    const [kz, ke] = KIND_TEXT[kind];
    specs.push({
      name: `${AREA_NAME[area][0]}${kz}更新`,
      name_en: `${AREA_NAME[area][1]}: ${ke}`,
      kind,
      method,
      area,
      year,
      status,
      lines: [trim(line, 15)],
    });
  }
  // the rest of the old town: trunk mains under the main roads
  const trunks: [string, string, PipelineKind, PipelineMethod, number, Status, XY[]][] = [
    [
      '人民路供水主管更换',
      'Renmin Road water main replaced',
      'water',
      'replace',
      2023,
      'completed',
      rowLine(0, -2, 13),
    ],
    [
      '钢城大道燃气管新建',
      'Gangcheng Avenue new gas main',
      'gas',
      'new',
      2024,
      'completed',
      rowLine(-5, -3, 12),
    ],
    [
      '三线路雨污分流改造',
      'Sanxian Road separate rain and sewage drains',
      'drainage',
      'replace',
      2025,
      'under_construction',
      rowLine(-9, -6, 10),
    ],
    [
      '向阳路供水管更换',
      'Xiangyang Road water main replaced',
      'water',
      'replace',
      2022,
      'completed',
      columnLine(-2, -9, 1),
    ],
    [
      '电厂路排水管新建',
      'Power Plant Road new drain',
      'drainage',
      'new',
      2026,
      'planned',
      columnLine(12, -9, 2),
    ],
    [
      '东区老城燃气管网更换',
      'Old town gas network replaced',
      'gas',
      'replace',
      2027,
      'planned',
      columnLine(14, -9, 1),
    ],
  ];
  for (const [name, name_en, kind, method, year, status, line] of trunks) {
    specs.push({ name, name_en, kind, method, area: null, year, status, lines: [offsetLine(line, 6)] });
  }
  const out = specs.map((s) => pipeline(rng, s));
  out.forEach((f, k) => {
    f.properties.id = `pl-${String(k + 1).padStart(2, '0')}`;
  });
  return out;
}

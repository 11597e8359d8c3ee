/** riverside.geojson: riverside space (滨江空间) along the south bank in the power-plant area. */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Status } from '../../src/data/types';
import { offsetLine, polygonFromXY, polylineLength, subLine, toLngLat, type XY } from './geo';
import type { RiversideProps, RiversideUse } from './props';
import type { Rng } from './random';
import { schedule } from './schedule';
import { RIVER_HALF_WIDTH, riverLine } from './streets';
import { worksSentence } from './text';

const INNER = RIVER_HALF_WIDTH + 8;
const OUTER = RIVER_HALF_WIDTH + 90;

const RIVERSIDE_PLAN: [RiversideUse, string, string, number, Status, number][] = [
  ['leisure', '滨江休闲步道', 'Riverside leisure promenade', 2025, 'completed', 1.2],
  ['commerce', '滨江商业街', 'Riverside shopping street', 2026, 'under_construction', 1],
  ['plaza', '城市会客厅广场', 'City living-room square', 2026, 'under_construction', 0.9],
  ['entertainment', '滨江夜市与演艺空间', 'Riverside night market and stage', 2027, 'planned', 1],
  ['green', '江岸生态绿地', 'Riverbank green', 2026, 'planned', 1.2],
  ['commerce', '电厂文创街区', 'Power plant creative quarter', 2027, 'planned', 0.9],
  ['leisure', '亲水平台', 'Waterside terraces', 2027, 'planned', 0.8],
];

const USE_TEXT: Record<RiversideUse, [string, string]> = {
  leisure: ['建散步、休闲的滨江空间', 'riverside space for walks and leisure'],
  commerce: ['引入餐饮和小店', 'cafés, restaurants and small shops'],
  entertainment: ['设夜市和演出场地', 'a night market and a stage for shows'],
  green: ['种树、修复江岸绿地', 'trees and a restored riverbank green'],
  plaza: ['建供市民和游客聚会的广场', 'a square for residents and visitors to meet'],
};

const bandAt = (from: number, to: number, off: number): XY[] =>
  offsetLine(subLine(riverLine, from, to), -off);

export function buildRiverside(rng: Rng, powerPlant: Polygon): Feature<Polygon, RiversideProps>[] {
  // the stretch of river whose band lies inside the power-plant area
  const total = polylineLength(riverLine);
  let best: [number, number] = [0, 0];
  let start: number | null = null;
  for (let s = 0; s <= total - 4; s += 4) {
    const ok = [INNER - 2, OUTER + 2].every((off) =>
      booleanPointInPolygon(toLngLat(bandAt(s, s + 2, off)[0]), powerPlant),
    );
    if (ok && start === null) start = s;
    if ((!ok || s + 8 > total) && start !== null) {
      if (s - start > best[1] - best[0]) best = [start, s - 4];
      start = null;
    }
  }
  const [a, b] = [best[0] + 12, best[1] - 12];
  const gap = 14;
  const weights = RIVERSIDE_PLAN.map((p) => p[5]);
  const unit = (b - a - gap * (weights.length - 1)) / weights.reduce((t, w) => t + w, 0);
  let s = a;
  return RIVERSIDE_PLAN.map(([use, name, name_en, year, status, w], k) => {
    const from = s;
    const to = s + w * unit;
    s = to + gap;
    const inner = bandAt(from, to, INNER);
    const outer = bandAt(from, to, OUTER).reverse();
    const [summary, summary_en] = worksSentence([USE_TEXT[use][0]], [USE_TEXT[use][1]], status, year);
    return {
      type: 'Feature',
      properties: {
        id: `rs-${String(k + 1).padStart(2, '0')}`,
        name,
        name_en,
        area: 'power-plant',
        status,
        year,
        ...schedule(rng, year, status),
        summary,
        summary_en,
        investment_wan: rng.next() < 0.5 ? rng.int(8, 40) * 100 : null,
        use,
      },
      geometry: polygonFromXY([...inner, ...outer]),
    };
  });
}

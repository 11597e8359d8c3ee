/** Names and plain-language sentences (zh first, en beside it). */
import type { Status } from '../../src/data/types';
import type { RegionId } from './blocks';
import type { Rng } from './random';

export const COMMUNITY_MEASURES = [
  '屋面防水',
  '外墙保温',
  '雨污分流',
  '弱电线缆规整',
  '加装电梯',
  '停车位增设',
  '充电桩',
  '适老化改造',
  '绿化提升',
  '照明',
  '消防通道',
  '架空线入地',
  '托育/养老服务点',
] as const;

const MEASURE_PHRASE: Record<string, [string, string]> = {
  屋面防水: ['修补屋面防水', 'fix the roofs'],
  外墙保温: ['外墙加保温', 'insulate the outer walls'],
  雨污分流: ['雨水污水分开排', 'separate rain and sewage pipes'],
  弱电线缆规整: ['整理楼道里的线缆', 'tidy the cables on the stairs'],
  加装电梯: ['加装电梯', 'add lifts'],
  停车位增设: ['增设停车位', 'add parking spaces'],
  充电桩: ['安装充电桩', 'install EV chargers'],
  适老化改造: ['做适老化改造', 'make homes easier for older people'],
  绿化提升: ['提升院内绿化', 'plant more greenery'],
  照明: ['改善楼道和院内照明', 'improve lighting'],
  消防通道: ['打通消防通道', 'clear the fire lanes'],
  架空线入地: ['把架空线埋到地下', 'put overhead wires underground'],
  '托育/养老服务点': ['设托育和养老服务点', 'open a childcare and elderly-care point'],
};

function joinZh(parts: string[]): string {
  return parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}`;
}
function joinEn(parts: string[]): string {
  return parts.length < 2
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** One plain sentence about works, by status: "…，2023年完工。" */
export function worksSentence(
  zhWhat: string[],
  enWhat: string[],
  status: Status,
  year: number,
): [string, string] {
  const zh = joinZh(zhWhat);
  const en = joinEn(enWhat);
  const cap = en.charAt(0).toUpperCase() + en.slice(1);
  if (status === 'completed') return [`${zh}，${year}年完工。`, `${cap}; finished in ${year}.`];
  if (status === 'under_construction')
    return [`正在施工：${zh}，预计${year}年完工。`, `Under way: ${en}; due in ${year}.`];
  return [`计划${zh}，预计${year}年完工。`, `Planned: ${en}; due in ${year}.`];
}

export function communitySentence(measures: string[], status: Status, year: number): [string, string] {
  const picked = measures.slice(0, 3);
  return worksSentence(
    picked.map((m) => MEASURE_PHRASE[m][0]),
    picked.map((m) => MEASURE_PHRASE[m][1]),
    status,
    year,
  );
}

/** Street-name stems by region: [zh, pinyin]. Generic and illustrative. */
const STEMS: Record<RegionId, [string, string][]> = {
  pilot: [
    ['梯道巷', 'Tidao Lane'],
    ['中心街', 'Zhongxin Street'],
    ['石阶', 'Shijie'],
    ['望江坡', 'Wangjiang Slope'],
  ],
  stairway: [
    ['梯道', 'Tidao'],
    ['中心街', 'Zhongxin Street'],
    ['新华', 'Xinhua'],
    ['石阶', 'Shijie'],
  ],
  'power-plant': [
    ['电厂', 'Dianchang'],
    ['滨江', 'Binjiang'],
    ['发电', 'Fadian'],
    ['江岸', 'Jiang’an'],
  ],
  'city-origin': [
    ['原点', 'Yuandian'],
    ['老街', 'Laojie'],
    ['人民街', 'Renmin Street'],
    ['渡口', 'Dukou'],
  ],
  'hill-lane': [
    ['山巷', 'Shanxiang'],
    ['坡顶', 'Poding'],
    ['山城', 'Shancheng'],
    ['竹林巷', 'Zhulin Lane'],
  ],
  'old-town': [
    ['人民路', 'Renmin Road'],
    ['钢城路', 'Gangcheng Road'],
    ['向阳', 'Xiangyang'],
    ['东风', 'Dongfeng'],
    ['建设', 'Jianshe'],
    ['团结', 'Tuanjie'],
    ['胜利', 'Shengli'],
    ['光明', 'Guangming'],
    ['红旗', 'Hongqi'],
    ['和平', 'Heping'],
    ['文化', 'Wenhua'],
    ['三线', 'Sanxian'],
    ['矿山', 'Kuangshan'],
    ['五金', 'Wujin'],
  ],
};

const NUMBERS: [string, string][] = [
  ['一', '1'],
  ['二', '2'],
  ['三', '3'],
  ['四', '4'],
  ['五', '5'],
];

const COMMUNITY_FORMS: ((n: [string, string]) => [string, string])[] = [
  (n) => [`${n[0]}号院`, `No. ${n[1]} Compound`],
  () => ['小区', 'Estate'],
  () => ['宿舍', 'Staff Quarters'],
  () => ['新村', 'New Village'],
  () => ['家属院', 'Family Compound'],
];

const PARK_FORMS: [string, string][] = [
  ['口袋公园', 'Pocket Park'],
  ['游园', 'Garden'],
  ['街角公园', 'Corner Park'],
  ['小游园', 'Small Garden'],
];

/** A fresh, unique [zh, en] name for a community or a park in the region. */
export function makeName(
  rng: Rng,
  region: RegionId,
  kind: 'community' | 'park',
  used: Set<string>,
): [string, string] {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [zh, en] = rng.pick(STEMS[region]);
    const [fz, fe] = kind === 'park' ? rng.pick(PARK_FORMS) : rng.pick(COMMUNITY_FORMS)(rng.pick(NUMBERS));
    const name: [string, string] = [`${zh}${fz}`, `${en} ${fe}`];
    if (!used.has(name[0])) {
      used.add(name[0]);
      return name;
    }
  }
  throw new Error('ran out of names');
}

/**
 * Property rules per layer: required keys, JSON types, enumerations, the id pattern, the year
 * range, `YYYY-MM` dates with start ≤ end, and money that is null or a non-negative number.
 * The property names and enums come from `../types`; this file only says which rule applies to each.
 */
import {
  AREA_IDS,
  CONTEXT_KINDS,
  LAYER_IDS,
  PIPELINE_KINDS,
  PIPELINE_METHODS,
  RIVERSIDE_USES,
  SITE_LAYER_IDS,
  STATUSES,
} from '../types';
import { isObject } from './geometry';
import { at, type ProblemSink, show, typeName } from './problem';

/** How one property is checked. */
export type PropRule =
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'texts' }
  | { kind: 'enum'; values: readonly string[] }
  /** null or one of AREA_IDS */
  | { kind: 'area' }
  | { kind: 'year' }
  | { kind: 'month' }
  /** integer ≥ min (default 0) and ≤ max */
  | { kind: 'int'; min?: number; max?: number }
  /** finite number > 0 */
  | { kind: 'positive' }
  /** null or finite number ≥ 0 */
  | { kind: 'money' };

export interface PropSpec {
  rule: PropRule;
  required: boolean;
}

const req = (rule: PropRule): PropSpec => ({ rule, required: true });
const opt = (rule: PropRule): PropSpec => ({ rule, required: false });

/** ID pattern of DATA.md. */
export const ID_PATTERN = /^[a-z0-9-]+$/;
export const YEAR_MIN = 2022;
export const YEAR_MAX = 2030;

/** SiteProps (types.ts) as rules. */
const SITE: Record<string, PropSpec> = {
  id: req({ kind: 'id' }),
  name: req({ kind: 'text' }),
  name_en: opt({ kind: 'text' }),
  area: req({ kind: 'area' }),
  status: req({ kind: 'enum', values: STATUSES }),
  year: req({ kind: 'year' }),
  start: opt({ kind: 'month' }),
  end: opt({ kind: 'month' }),
  summary: opt({ kind: 'text' }),
  summary_en: opt({ kind: 'text' }),
  investment_wan: opt({ kind: 'money' }),
};

const count = (): PropRule => ({ kind: 'int', min: 0 });

/** Property rules per layer, mirroring the interfaces in types.ts. */
export const LAYER_PROPS: Record<string, Record<string, PropSpec>> = {
  context: {
    id: req({ kind: 'id' }),
    kind: req({ kind: 'enum', values: CONTEXT_KINDS }),
    name: opt({ kind: 'text' }),
    name_en: opt({ kind: 'text' }),
    class: opt({ kind: 'text' }),
  },
  areas: {
    ...SITE,
    id: req({ kind: 'enum', values: AREA_IDS }),
    theme: req({ kind: 'text' }),
    theme_en: opt({ kind: 'text' }),
    households: req(count()),
    investment_yi: req({ kind: 'money' }),
    measures: req({ kind: 'texts' }),
  },
  'pilot-zone': {
    ...SITE,
    declared_mu: req({ kind: 'positive' }),
    households: req(count()),
    measures: opt({ kind: 'texts' }),
  },
  communities: {
    ...SITE,
    households: req(count()),
    buildings: req(count()),
    built: req({ kind: 'int', min: 1900, max: YEAR_MAX }),
    measures: req({ kind: 'texts' }),
  },
  'pocket-parks': { ...SITE, facilities: req({ kind: 'texts' }) },
  elevators: {
    ...SITE,
    community: req({ kind: 'id' }),
    building: req({ kind: 'text' }),
    units: req(count()),
    floors: req({ kind: 'int', min: 1 }),
    households_served: req(count()),
  },
  pipelines: {
    ...SITE,
    kind: req({ kind: 'enum', values: PIPELINE_KINDS }),
    method: req({ kind: 'enum', values: PIPELINE_METHODS }),
  },
  riverside: { ...SITE, use: req({ kind: 'enum', values: RIVERSIDE_USES }) },
};

/** Names of the numeric properties of a layer (what a `sum` target may add up). */
export function numericPropertiesOf(layerId: string): string[] {
  const spec = LAYER_PROPS[layerId];
  if (!spec) return [];
  return Object.keys(spec).filter((k) => ['int', 'positive', 'money', 'year'].includes(spec[k].rule.kind));
}

/** True for the layer ids of types.ts (`LAYER_IDS`). */
export function isLayerId(id: string): boolean {
  return (LAYER_IDS as readonly string[]).includes(id);
}

/** True for the site layers (`SITE_LAYER_IDS`). */
export function isSiteLayerId(id: string): boolean {
  return (SITE_LAYER_IDS as readonly string[]).includes(id);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function wrongType(
  sink: ProblemSink,
  loc: string,
  key: string,
  value: unknown,
  wantEn: string,
  wantZh: string,
) {
  const t = typeName(value);
  sink.error(
    loc,
    'bad-type',
    `"${key}" must be ${wantEn}, not ${t.en}`,
    `"${key}" 必须是${wantZh}，而不是${t.zh}`,
  );
}

/** Checks one property value against its rule; `loc` points at the property. */
export function checkValue(
  sink: ProblemSink,
  loc: string,
  key: string,
  value: unknown,
  rule: PropRule,
): void {
  switch (rule.kind) {
    case 'id':
      if (typeof value !== 'string') {
        wrongType(sink, loc, key, value, 'text', '文本');
        return;
      }
      if (!ID_PATTERN.test(value))
        sink.error(
          loc,
          'bad-id',
          `${show(value)} is not a valid id: use only lower-case letters a–z, digits and "-"`,
          `${show(value)} 不是有效的 id：只能使用小写字母 a–z、数字和 "-"`,
        );
      return;
    case 'text':
      if (typeof value !== 'string') {
        wrongType(sink, loc, key, value, 'text', '文本');
        return;
      }
      if (value.trim() === '') sink.error(loc, 'bad-value', `"${key}" is empty`, `"${key}" 为空`);
      return;
    case 'texts':
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
        wrongType(sink, loc, key, value, 'a list of texts', '文本列表');
        return;
      }
      return;
    case 'enum':
    case 'area': {
      const values = rule.kind === 'area' ? AREA_IDS : rule.values;
      if (rule.kind === 'area' && value === null) return;
      if (typeof value === 'string' && values.includes(value)) return;
      const isArea = rule.kind === 'area';
      sink.error(
        loc,
        'bad-enum',
        `"${key}" is ${show(value)}; expected one of ${values.join(', ')}${isArea ? ' or null' : ''}`,
        `"${key}" 的值 ${show(value)} 无效；应为 ${values.join('、')}${isArea ? ' 或 null' : ''} 之一`,
      );
      return;
    }
    case 'year':
      if (typeof value !== 'number') {
        wrongType(sink, loc, key, value, 'a number', '数字');
        return;
      }
      if (!Number.isInteger(value) || value < YEAR_MIN || value > YEAR_MAX)
        sink.error(
          loc,
          'bad-year',
          `year ${show(value)} must be a whole year ${YEAR_MIN}–${YEAR_MAX}`,
          `年份 ${show(value)} 必须是 ${YEAR_MIN}–${YEAR_MAX} 之间的整数年`,
        );
      return;
    case 'month':
      if (typeof value !== 'string') {
        wrongType(sink, loc, key, value, 'text like "2024-03"', '形如 "2024-03" 的文本');
        return;
      }
      if (!MONTH.test(value))
        sink.error(
          loc,
          'bad-date',
          `"${key}" is ${show(value)}; expected year and month as YYYY-MM, e.g. "2024-03"`,
          `"${key}" 的值 ${show(value)} 格式不对；应为 YYYY-MM 年月，如 "2024-03"`,
        );
      return;
    case 'int': {
      if (typeof value !== 'number') {
        wrongType(sink, loc, key, value, 'a number', '数字');
        return;
      }
      const min = rule.min ?? 0;
      const max = rule.max ?? Number.MAX_SAFE_INTEGER;
      if (!Number.isInteger(value) || value < min || value > max)
        sink.error(
          loc,
          'bad-value',
          `"${key}" is ${show(value)}; expected a whole number ${rule.max === undefined ? `≥ ${min}` : `${min}–${max}`}`,
          `"${key}" 的值 ${show(value)} 无效；应为${rule.max === undefined ? ` ≥ ${min} 的` : ` ${min}–${max} 之间的`}整数`,
        );
      return;
    }
    case 'positive':
      if (typeof value !== 'number') {
        wrongType(sink, loc, key, value, 'a number', '数字');
        return;
      }
      if (!(Number.isFinite(value) && value > 0))
        sink.error(loc, 'bad-value', `"${key}" must be greater than 0`, `"${key}" 必须大于 0`);
      return;
    case 'money':
      if (value === null) return;
      if (typeof value !== 'number') {
        wrongType(sink, loc, key, value, 'a number or null (not published)', '数字或 null（未公布）');
        return;
      }
      if (!(Number.isFinite(value) && value >= 0))
        sink.error(
          loc,
          'bad-value',
          `"${key}" is ${show(value)}; use a number ≥ 0, or null when not published (never a negative)`,
          `"${key}" 的值 ${show(value)} 无效；应为 ≥ 0 的数字，未公布时用 null`,
        );
      return;
  }
}

/**
 * Checks a feature's `properties` for its layer at `loc` (e.g. `features[3].properties`).
 * Returns the feature's id when it is a valid string (for the duplicate check), else null.
 * Unknown layers get no property rules. Extra properties are allowed.
 */
export function checkProperties(
  props: unknown,
  loc: string,
  layerId: string,
  sink: ProblemSink,
): string | null {
  const spec = LAYER_PROPS[layerId];
  if (!spec) return isObject(props) && typeof props.id === 'string' ? props.id : null;
  if (!isObject(props)) {
    sink.error(
      loc,
      props === null || props === undefined ? 'missing-property' : 'bad-type',
      'feature has no properties object (it needs at least "id")',
      '要素缺少 properties 对象（至少需要 "id"）',
    );
    return null;
  }
  for (const [key, { rule, required }] of Object.entries(spec)) {
    if (!Object.hasOwn(props, key) || props[key] === undefined) {
      if (required)
        sink.error(
          at(loc, key),
          'missing-property',
          `required property "${key}" is missing`,
          `缺少必填属性 "${key}"`,
        );
      continue;
    }
    checkValue(sink, at(loc, key), key, props[key], rule);
  }
  const { start, end } = props;
  if (
    typeof start === 'string' &&
    typeof end === 'string' &&
    MONTH.test(start) &&
    MONTH.test(end) &&
    start > end
  )
    sink.error(
      at(loc, 'end'),
      'start-after-end',
      `works end (${end}) before they start (${start})`,
      `竣工时间（${end}）早于开工时间（${start}）`,
    );
  if (
    typeof end === 'string' &&
    MONTH.test(end) &&
    typeof props.year === 'number' &&
    Number(end.slice(0, 4)) !== props.year
  )
    sink.warn(
      at(loc, 'year'),
      'bad-year',
      `year ${props.year} differs from the year of "end" (${end})`,
      `年份 ${props.year} 与 "end"（${end}）的年份不一致`,
    );
  return typeof props.id === 'string' ? props.id : null;
}

/**
 * Property rules per layer, read from the layer catalogue (`layers.json`): required keys, JSON
 * types, enumerations, references, the id pattern, the year range, `YYYY-MM` dates with
 * start ≤ end, and money that is null or a non-negative number.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import type { FieldDef } from '../../catalogue/types';
import { STATUSES } from '../types';
import { isObject } from './isObject';
import { at, type ProblemSink, show, typeName } from './problem';

/** How one property is checked. */
export type PropRule =
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'texts' }
  | { kind: 'enum'; values: readonly string[] }
  /** an id of another layer's feature; `values` when that layer's ids are an enum */
  | { kind: 'ref'; nullable: boolean; values?: readonly string[] }
  | { kind: 'year' }
  | { kind: 'month' }
  /** integer ≥ min (default 0) and ≤ max */
  | { kind: 'int'; min?: number; max?: number }
  /** finite number > 0 */
  | { kind: 'positive' }
  /** finite number */
  | { kind: 'number' }
  /** null or finite number ≥ 0 */
  | { kind: 'money' };

export interface PropSpec {
  rule: PropRule;
  required: boolean;
}

/** ID pattern of docs/DATA.md. */
export const ID_PATTERN = /^[a-z0-9-]+$/;
export const YEAR_MIN = 2022;
export const YEAR_MAX = 2030;

function ruleOf(f: FieldDef, catalogue: Catalogue): PropRule {
  switch (f.type) {
    case 'enum':
      return { kind: 'enum', values: Object.keys(f.values ?? {}) };
    case 'status':
      return { kind: 'enum', values: STATUSES };
    case 'ref': {
      const target = f.layer ? catalogue.field(f.layer, 'id') : undefined;
      const values = target?.type === 'enum' ? Object.keys(target.values ?? {}) : undefined;
      if (!values && f.nullable !== true) return { kind: 'id' };
      return { kind: 'ref', nullable: f.nullable === true, ...(values ? { values } : {}) };
    }
    case 'int':
      return { kind: 'int', min: f.min ?? 0, ...(f.max !== undefined ? { max: f.max } : {}) };
    default:
      return { kind: f.type } as PropRule;
  }
}

/** The property rules of a layer, from its catalogue fields; null for a layer not in the catalogue. */
export function propSpecsOf(catalogue: Catalogue, layerId: string): Record<string, PropSpec> | null {
  if (!catalogue.has(layerId)) return null;
  const out: Record<string, PropSpec> = {};
  for (const f of catalogue.fields(layerId))
    out[f.key] = { rule: ruleOf(f, catalogue), required: f.required === true };
  return out;
}

/** Names of the numeric properties of a layer (what a `sum` target may add up). */
export function numericPropertiesOf(catalogue: Catalogue, layerId: string): string[] {
  return catalogue
    .fields(layerId)
    .filter((f) => ['int', 'positive', 'number', 'money', 'year'].includes(f.type))
    .map((f) => f.key);
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

function checkEnum(
  sink: ProblemSink,
  loc: string,
  key: string,
  value: unknown,
  values: readonly string[],
  orNull: boolean,
): void {
  if (typeof value === 'string' && values.includes(value)) return;
  sink.error(
    loc,
    'bad-enum',
    `"${key}" is ${show(value)}; expected one of ${values.join(', ')}${orNull ? ' or null' : ''}`,
    `"${key}" 的值 ${show(value)} 无效；应为 ${values.join('、')}${orNull ? ' 或 null' : ''} 之一`,
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
    case 'ref':
      if (value === null && rule.nullable) return;
      if (!rule.values) {
        if (typeof value !== 'string') wrongType(sink, loc, key, value, 'an id (text)', 'id（文本）');
        return;
      }
      checkEnum(sink, loc, key, value, rule.values, rule.nullable);
      return;
    case 'enum':
      checkEnum(sink, loc, key, value, rule.values, false);
      return;
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
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        wrongType(sink, loc, key, value, 'a number', '数字');
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
  catalogue: Catalogue,
): string | null {
  const spec = propSpecsOf(catalogue, layerId);
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

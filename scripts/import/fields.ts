/**
 * Field mapping: source columns → schema properties, with values coerced to the schema's types
 * (numbers from text, `measures`-style lists split on ；;、,，, Chinese words for statuses and kinds,
 * priority areas by id or name). Fields named like a schema property are taken as they are.
 */
import { propSpecsOf } from '../../src/data/validate/index';
import type { PropRule } from '../../src/data/validate/properties';
import { importCatalogue } from './catalogue';

type Rule = PropRule;

/** Chinese (and loose English) words for the enumerations. */
const SYNONYMS: Record<string, string> = {
  已完成: 'completed',
  完成: 'completed',
  已完工: 'completed',
  完工: 'completed',
  竣工: 'completed',
  已竣工: 'completed',
  在建: 'under_construction',
  施工中: 'under_construction',
  正在施工: 'under_construction',
  实施中: 'under_construction',
  计划: 'planned',
  规划: 'planned',
  拟建: 'planned',
  未开工: 'planned',
  电力: 'power',
  通信: 'telecom',
  给水: 'water',
  供水: 'water',
  排水: 'drainage',
  雨污: 'drainage',
  燃气: 'gas',
  供热: 'heating',
  供暖: 'heating',
  入地: 'underground',
  管线入地: 'underground',
  改造: 'replace',
  更换: 'replace',
  新建: 'new',
  休闲: 'leisure',
  商业: 'commerce',
  娱乐: 'entertainment',
  绿地: 'green',
  广场: 'plaza',
};

const EMPTY = new Set(['', '-', '—', '无', '空', 'null', 'none', 'n/a', '未公布']);
const isEmpty = (v: unknown) =>
  v === null || v === undefined || (typeof v === 'string' && EMPTY.has(v.trim().toLowerCase()));

/** Splits a list cell on Chinese and Western separators. */
export function splitList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim()).filter(Boolean);
  return String(v)
    .split(/[；;、,，|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A number from a cell: `1,234`, ` 56 `, `12层`, `2025年`; the text itself when it is not one. */
export function toNumber(v: unknown): number | unknown {
  if (typeof v === 'number') return v;
  const s = String(v).trim().replace(/,/g, '');
  const m = /^([-+]?\d+(\.\d+)?)\s*[\u4e00-\u9fff]{0,2}$/.exec(s);
  return m ? Number(m[1]) : v;
}

/** Coerces one value to a property's rule; `areaIds` maps area names (zh/en, lower case) and ids to ids. */
export function coerce(v: unknown, rule: Rule, areaIds: Map<string, string>): unknown {
  if (typeof v === 'string') v = v.trim();
  switch (rule.kind) {
    case 'id':
      return isEmpty(v)
        ? undefined
        : String(v)
            .toLowerCase()
            .replace(/[\s_]+/g, '-');
    case 'text':
      return isEmpty(v) ? undefined : String(v);
    case 'texts':
      return isEmpty(v) ? [] : splitList(v);
    case 'enum': {
      if (isEmpty(v)) return undefined;
      const s = String(v);
      const loose = s.toLowerCase().replace(/[\s-]+/g, '_');
      return SYNONYMS[s] ?? (rule.values.includes(loose) ? loose : s);
    }
    case 'ref': {
      // A nullable ref with known ids is the priority area: names and ids are both accepted.
      if (!rule.nullable) return isEmpty(v) ? undefined : String(v);
      if (isEmpty(v)) return null;
      const s = String(v);
      return areaIds.get(s.toLowerCase()) ?? s;
    }
    case 'year': {
      if (isEmpty(v)) return undefined;
      const m = /^(\d{4})/.exec(String(v));
      return m ? Number(m[1]) : v;
    }
    case 'month': {
      if (isEmpty(v)) return undefined;
      const m = /^(\d{4})\D{1,2}(\d{1,2})(\D|$)/.exec(String(v));
      return m ? `${m[1]}-${m[2].padStart(2, '0')}` : v;
    }
    case 'money':
      return isEmpty(v) ? null : toNumber(v);
    case 'int':
    case 'positive':
      return isEmpty(v) ? undefined : toNumber(v);
  }
}

export interface Mapping {
  /** source field → property */
  map: Map<string, string>;
  /** property → raw default value */
  defaults: Map<string, string>;
}

/**
 * Builds one record's properties for `layerId`: mapped fields, then same-named fields, then
 * defaults for what is still missing; `id` is generated as `<layer>-<n>` when absent.
 * Properties outside the schema are kept only when mapped explicitly.
 */
export function buildProps(
  raw: Record<string, unknown>,
  n: number,
  layerId: string,
  m: Mapping,
  areaIds: Map<string, string>,
): Record<string, unknown> {
  const spec = propSpecsOf(importCatalogue(), layerId) ?? {};
  const out: Record<string, unknown> = {};
  const set = (prop: string, value: unknown) => {
    const rule = spec[prop]?.rule;
    const v = rule ? coerce(value, rule, areaIds) : value;
    if (v !== undefined) out[prop] = v;
  };
  const byLower = new Map(Object.keys(raw).map((k) => [k.trim().toLowerCase(), k]));
  const mappedProps = new Set(m.map.values());
  for (const [field, prop] of m.map) {
    const key = byLower.get(field.trim().toLowerCase());
    if (key !== undefined) set(prop, raw[key]);
  }
  for (const prop of Object.keys(spec)) {
    if (mappedProps.has(prop)) continue;
    const key = byLower.get(prop);
    if (key !== undefined) set(prop, raw[key]);
  }
  for (const [prop, value] of m.defaults) {
    const cur = out[prop];
    if (cur === undefined || cur === null || (Array.isArray(cur) && cur.length === 0)) set(prop, value);
  }
  if (spec.id && (out.id === undefined || out.id === '')) out.id = `${layerId}-${n}`;
  if (spec.area?.rule.kind === 'ref' && spec.area.rule.nullable && !('area' in out)) out.area = null;
  const ordered: Record<string, unknown> = {};
  for (const k of Object.keys(spec)) if (k in out) ordered[k] = out[k];
  for (const k of Object.keys(out)) if (!(k in ordered)) ordered[k] = out[k];
  return ordered;
}

/** A name to show for a record: the mapped `name`, else a name-like source field. */
export function displayName(props: Record<string, unknown>, raw: Record<string, unknown>): string | null {
  const cand = [props.name, raw.name, raw.NAME, raw.Name, raw.名称, raw.项目名称, raw.小区名称];
  const v = cand.find((c) => typeof c === 'string' && c.trim() !== '');
  return typeof v === 'string' ? v.trim().slice(0, 40) : null;
}

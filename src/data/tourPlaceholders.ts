/**
 * The placeholders a tour caption may use, and how a caption is split into text and numbers.
 *
 * A placeholder names a catalogue measure, a zone and a status, so a caption cannot state planned
 * work as done: `{elevators.lifts@pilot-zone:completed}` is "the lifts of the elevators layer in
 * the pilot zone that are completed". The parts:
 * - `LAYER.MEASURE`: a layer of layers.json and one of its measures (`communities.count`,
 *   `pipelines.underground_km`, `areas.mu` …);
 * - `@ZONE` (optional): a zone's feature id (an area, `pilot-zone`) or `district` (the default);
 * - `:STATUS`: `completed`, `under_construction`, `planned` or `all` — required on a layer with a
 *   status, not allowed on one without;
 * - `~FROM-TO` (optional): only works completed in those years (`~2025-2027`: the three years).
 * `{year}` is the year a step shows (the playback's year, else the data's `as_of` year).
 * Kept apart from the numbers (src/data/tour.ts) so the validator can check a caption's
 * placeholders without computing anything.
 */
import type { Catalogue } from '../catalogue/catalogue';
import { STATUSES, type Status } from './types';

export type PlaceholderStatus = Status | 'all';

export interface MeasurePlaceholder {
  kind: 'measure';
  layer: string;
  measure: string;
  zone: string;
  status: PlaceholderStatus | null;
  years?: [number, number];
}
export type Placeholder = MeasurePlaceholder | { kind: 'year' };

const MEASURE_RE = /^([a-z0-9-]+)\.([a-z0-9_]+)(?:@([a-z0-9-]+))?(?::([a-z_]+))?(?:~(\d{4})-(\d{4}))?$/;

/** Reads a placeholder's name; null when it does not have the shape above. */
export function parsePlaceholder(name: string): Placeholder | null {
  if (name === 'year') return { kind: 'year' };
  const m = MEASURE_RE.exec(name);
  if (!m) return null;
  return {
    kind: 'measure',
    layer: m[1],
    measure: m[2],
    zone: m[3] ?? 'district',
    status: (m[4] as PlaceholderStatus | undefined) ?? null,
    ...(m[5] ? { years: [Number(m[5]), Number(m[6])] as [number, number] } : {}),
  };
}

export const PLACEHOLDER_EXAMPLE = '{elevators.lifts@pilot-zone:completed}';

/**
 * What is wrong with a placeholder against the catalogue (unknown layer, measure or status; a
 * status missing on works), in both languages; null when it is fine. Zones are checked against the
 * data (validateDataset), since the catalogue does not list the zones' features.
 */
export function placeholderProblem(name: string, catalogue: Catalogue): { en: string; zh: string } | null {
  const p = parsePlaceholder(name);
  const shape = `placeholders look like ${PLACEHOLDER_EXAMPLE}: layer.measure@zone:status`;
  const shapeZh = `占位符形如 ${PLACEHOLDER_EXAMPLE}：图层.度量@范围:状态`;
  if (!p)
    return { en: `{${name}} is not a placeholder; ${shape}`, zh: `{${name}} 不是有效的占位符；${shapeZh}` };
  if (p.kind === 'year') return null;
  const entry = catalogue.get(p.layer);
  if (!entry)
    return {
      en: `{${name}}: unknown layer "${p.layer}"; layers are ${catalogue.ids.join(', ')}`,
      zh: `{${name}}：未知图层 "${p.layer}"；图层有 ${catalogue.ids.join('、')}`,
    };
  if (!catalogue.measure(p.layer, p.measure)) {
    const ms = entry.measures.map((m) => m.id).join(', ');
    return {
      en: `{${name}}: layer "${p.layer}" has no measure "${p.measure}"; it has ${ms}`,
      zh: `{${name}}：图层 "${p.layer}" 没有度量 "${p.measure}"；可用的有 ${ms}`,
    };
  }
  const statuses = [...STATUSES, 'all'];
  if (p.status !== null && !statuses.includes(p.status))
    return {
      en: `{${name}}: unknown status "${p.status}"; use ${statuses.join(', ')}`,
      zh: `{${name}}：未知状态 "${p.status}"；应为 ${statuses.join('、')}`,
    };
  if (entry.status && p.status === null)
    return {
      en: `{${name}}: say which works you mean — add :completed, :under_construction, :planned or :all (e.g. ${PLACEHOLDER_EXAMPLE})`,
      zh: `{${name}}：须写明状态——加上 :completed、:under_construction、:planned 或 :all（如 ${PLACEHOLDER_EXAMPLE}）`,
    };
  if (!entry.status && p.status !== null && p.status !== 'all')
    return {
      en: `{${name}}: layer "${p.layer}" has no status; leave ":${p.status}" out`,
      zh: `{${name}}：图层 "${p.layer}" 没有状态；请去掉 ":${p.status}"`,
    };
  if (p.years && p.years[0] > p.years[1])
    return { en: `{${name}}: the years run backwards`, zh: `{${name}}：年份范围颠倒` };
  return null;
}

/** `{anything}` without nested braces. */
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;

/** The placeholder names in a text, in order (duplicates kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1].trim());
}

/** A piece of a filled caption: plain text, a number from the data, or an unknown placeholder ("?"). */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string; name: string }
  | { kind: 'unknown'; text: '?'; name: string };

/**
 * Splits a caption into text and placeholders, filling each with `value(name)`: a string for a
 * computable value; null when the data cannot give it (shown as "?", so a mistake is visible on
 * screen rather than silently blank).
 */
export function splitTemplate(text: string, value: (name: string) => string | null): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
    const name = m[1].trim();
    const v = value(name);
    parts.push(v === null ? { kind: 'unknown', text: '?', name } : { kind: 'number', text: v, name });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * The presenter's numbers: every caption placeholder is one call of the metrics function
 * (src/metrics/metrics.ts) with the step's year, so a caption and the planner's panels can never
 * disagree. Nothing here is typed in: change the data and the captions follow.
 */
import type { Metrics } from '../metrics/metrics';
import type { Lang } from '../state/url';
import { formatNumber } from './format';
import { parsePlaceholder, splitTemplate, type TemplatePart } from './tourPlaceholders';

export { placeholdersIn, type TemplatePart } from './tourPlaceholders';

/** What a caption is filled from: the metrics, the year shown (null: now) and the data's as-of year. */
export interface TourNumbers {
  metrics: Metrics;
  year: number | null;
  asOfYear: number;
}

/** A placeholder's number, or null when the data cannot give it (unknown name, missing layer or zone). */
export function placeholderValue(
  name: string,
  n: TourNumbers,
): { value: number; digits: number; year?: true } | null {
  const p = parsePlaceholder(name);
  if (!p) return null;
  if (p.kind === 'year') return { value: n.year ?? n.asOfYear, digits: 0, year: true };
  const m = n.metrics.catalogue.measure(p.layer, p.measure);
  const v = n.metrics.value({
    layer: p.layer,
    measure: p.measure,
    zone: p.zone,
    year: n.year,
    years: p.years,
  });
  if (!m || !v) return null;
  const value = p.status === null || p.status === 'all' ? v.total : v[p.status];
  return { value, digits: m.kind === 'length' ? 1 : 0 };
}

/** One placeholder's value as text in the language's conventions, or null if not computable. */
export function formatPlaceholder(name: string, n: TourNumbers, lang: Lang): string | null {
  const v = placeholderValue(name, n);
  if (!v || !Number.isFinite(v.value)) return null;
  return v.year ? String(Math.round(v.value)) : formatNumber(v.value, lang, v.digits);
}

/** A caption split into text and filled numbers (an unknown placeholder becomes "?"). */
export function fillCaption(text: string, n: TourNumbers, lang: Lang): TemplatePart[] {
  return splitTemplate(text, (name) => formatPlaceholder(name, n, lang));
}

/** A caption as plain text, placeholders filled. */
export function fillText(text: string, n: TourNumbers, lang: Lang): string {
  return fillCaption(text, n, lang)
    .map((p) => p.text)
    .join('');
}

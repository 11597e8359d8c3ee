/**
 * "When does it disturb me": the works of the walking circle whose layer `disturbs` (digs, closes
 * roads or cuts supply) and that are not finished, each with its months from the data (`start`,
 * `end` as YYYY-MM) and what it may cut in plain words (the layer's `disturbance`), in the order
 * they start; and which of them is going on or comes next at a given month.
 */
import type { Catalogue } from '../../../catalogue/catalogue';
import type { LocalizedText } from '../../../catalogue/types';
import type { NearMeItem } from '../../../data/nearMe';

export interface Disturbance {
  item: NearMeItem;
  /** YYYY-MM */
  start: string;
  end: string;
  /** what it may cut or close; null: the layer says nothing more than that it disturbs */
  note: LocalizedText | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** YYYY-MM of a date, in local time. */
export const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** Months from a to b, counted: 2025-11 → 2026-02 is 3. */
export const monthsBetween = (a: string, b: string) =>
  (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

export function disturbances(items: readonly NearMeItem[], catalogue: Catalogue): Disturbance[] {
  const out: Disturbance[] = [];
  for (const item of items) {
    const entry = catalogue.get(item.layer);
    if (!entry?.disturbs) continue;
    const p = item.feature.properties ?? {};
    if (p.status === 'completed') continue;
    const { start, end } = p;
    if (typeof start !== 'string' || typeof end !== 'string' || !MONTH.test(start) || !MONTH.test(end))
      continue;
    const d = entry.disturbance;
    const v = d ? p[d.by] : undefined;
    const note = d ? ((typeof v === 'string' ? d.values[v] : undefined) ?? d.default) : null;
    out.push({ item, start, end, note });
  }
  return out.sort(
    (a, b) =>
      a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.item.id.localeCompare(b.item.id),
  );
}

/**
 * The works going on at `month` (the one ending first), else the next to start; null when every
 * one has ended by then.
 */
export function nextDisturbance(
  list: readonly Disturbance[],
  month: string,
): { d: Disturbance; now: boolean } | null {
  const ongoing = list
    .filter((d) => d.start <= month && d.end >= month)
    .sort((a, b) => a.end.localeCompare(b.end));
  if (ongoing.length) return { d: ongoing[0], now: true };
  const next = list.find((d) => d.start > month);
  return next ? { d: next, now: false } : null;
}

/** Status and dates of a site in the plain words residents read. */
import type { TFunction } from 'i18next';
import { formatYearMonth } from '../../data/format';
import { effectiveStatus } from '../../data/status';
import type { Lang } from '../../state/url';

/** "预计2026年完工" / "已于2023年完工" / "施工中，预计2026年完工". */
export function statusSentence(t: TFunction, props: Record<string, unknown>): string {
  const status = effectiveStatus(props, null);
  return t(`resident.status.${status}`, { year: props.year });
}

/** "施工时间：2025年3月至2026年6月" for works not finished yet; null when done or undated. */
export function worksDates(t: TFunction, props: Record<string, unknown>, lang: Lang): string | null {
  if (effectiveStatus(props, null) === 'completed') return null;
  const { start, end } = props;
  if (typeof start !== 'string' || typeof end !== 'string') return null;
  return t('resident.item.dates', { start: formatYearMonth(start, lang), end: formatYearMonth(end, lang) });
}

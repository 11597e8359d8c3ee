/**
 * Numbers in readable units, Chinese conventions first: 亩 and m², ha, km, 户, 万元 / 亿元.
 * Unknown money is "未公布 / not published", never 0.
 */
import type { Lang } from '../state/url';
import { M2_PER_MU, WAN_PER_YI } from './units';

const nf = (lang: Lang, digits = 0) =>
  new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  });

/** A plain number with grouping, e.g. 31,240. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return nf(lang, digits).format(n);
}

/** Area: "230.1 亩（153,400 m²）" / "230.1 mu (15.34 ha)". */
export function formatArea(m2: number, lang: Lang): string {
  const mu = m2 / M2_PER_MU;
  const muText = nf(lang, mu < 100 ? 1 : 0).format(mu);
  if (lang === 'zh')
    return m2 >= 100_000
      ? `${muText} 亩（${nf(lang, 2).format(m2 / 10_000)} 公顷）`
      : `${muText} 亩（${nf(lang).format(m2)} m²）`;
  return m2 >= 100_000
    ? `${muText} mu (${nf(lang, 2).format(m2 / 10_000)} ha)`
    : `${muText} mu (${nf(lang).format(m2)} m²)`;
}

/**
 * Money given in 万元: "3,200 万元", "5.2 亿元" from 10,000 万元 up; in English in yuan
 * ("CNY 32 million", "CNY 5.2 billion"); null → not published.
 */
export function formatMoneyWan(wan: number | null | undefined, lang: Lang): string {
  if (wan === null || wan === undefined || !Number.isFinite(wan))
    return lang === 'zh' ? '未公布' : 'not published';
  if (lang === 'zh') {
    return wan >= WAN_PER_YI
      ? `${nf(lang, 2).format(wan / WAN_PER_YI)} 亿元`
      : `${nf(lang).format(wan)} 万元`;
  }
  const yuan = wan * 10_000;
  if (yuan >= 1e9) return `CNY ${nf(lang, 2).format(yuan / 1e9)} billion`;
  if (yuan >= 1e6) return `CNY ${nf(lang, 2).format(yuan / 1e6)} million`;
  return `CNY ${nf(lang).format(yuan)}`;
}

/** Length: metres under 1 km, else km with one or two decimals. */
export function formatLength(m: number, lang: Lang): string {
  if (m < 1000) return lang === 'zh' ? `${nf(lang).format(m)} 米` : `${nf(lang).format(m)} m`;
  return lang === 'zh' ? `${nf(lang, 2).format(m / 1000)} 公里` : `${nf(lang, 2).format(m / 1000)} km`;
}

export function formatHouseholds(n: number, lang: Lang): string {
  return lang === 'zh' ? `${nf(lang).format(n)} 户` : `${nf(lang).format(n)} households`;
}

/** `YYYY-MM` → "2025年3月" / "Mar 2025"; anything else is returned as it is. */
export function formatYearMonth(ym: string | undefined, lang: Lang): string {
  const m = ym ? /^(\d{4})-(\d{2})$/.exec(ym) : null;
  if (!m) return ym ?? '';
  if (lang === 'zh') return `${m[1]}年${Number(m[2])}月`;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Share as a percentage: "42%". */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(share);
}

/** Two `YYYY-MM` months as a span: "2026年4月–9月" / "Apr–Sep 2026", the year once when shared. */
export function formatMonthRange(start: string, end: string, lang: Lang): string {
  const a = /^(\d{4})-(\d{2})$/.exec(start);
  const b = /^(\d{4})-(\d{2})$/.exec(end);
  if (!a || !b) return `${formatYearMonth(start, lang)}–${formatYearMonth(end, lang)}`;
  if (a[1] !== b[1]) return `${formatYearMonth(start, lang)}–${formatYearMonth(end, lang)}`;
  if (lang === 'zh') return `${a[1]}年${Number(a[2])}月–${Number(b[2])}月`;
  const mon = (m: string) =>
    new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleDateString('en', { month: 'short', timeZone: 'UTC' });
  return `${mon(a[2])}–${mon(b[2])} ${a[1]}`;
}

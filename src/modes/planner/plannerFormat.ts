/**
 * Small formatting helpers of planner mode on top of src/data/format.ts: fixed decimals for
 * statistics, a target's amount in its own unit, and the name of a feature in the chosen language.
 */
import type { Feature } from 'geojson';
import { formatHouseholds, formatLength, formatMoneyWan, formatNumber } from '../../data/format';
import type { Target } from '../../data/types';
import { localized } from '../../i18n';
import type { Lang } from '../../state/url';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** A number with exactly `digits` decimals: "230.0", "15.33". */
export function fixed(n: number, lang: Lang, digits: number): string {
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(n);
}

/** A target's amount in its unit: "65 个", "30,000 户", "50 亿元", "700 公里". */
export function formatAmount(unit: Target['unit'], n: number, lang: Lang): string {
  if (unit === 'households') return formatHouseholds(n, lang);
  if (unit === 'wan_yuan') return formatMoneyWan(n, lang);
  if (unit === 'km') return formatLength(n * 1000, lang);
  return lang === 'zh' ? `${formatNumber(n, lang)} 个` : formatNumber(n, lang);
}

/** The feature's name in the language, falling back to Chinese. */
export function featureName(f: Feature | undefined, lang: Lang): string {
  return f ? localized(f.properties ?? {}, 'name', lang) : '';
}

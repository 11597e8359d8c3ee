/** A measure's value as people read it: the number in the language's conventions and the measure's unit. */
import type { MeasureDef } from '../catalogue/types';
import { formatMoneyWan, formatNumber } from '../data/format';
import type { Lang } from '../state/url';

/** Decimals a measure is shown with: lengths to 0.1 km (0.01 under 10 km), areas to 0.1 亩 under 1000. */
export function digitsOf(m: MeasureDef, v: number): number {
  if (m.kind === 'length') return v < 10 ? 2 : 1;
  if (m.kind === 'area') return v < 1000 ? 1 : 0;
  return 0;
}

/** The number alone ("5.70", "2,150"): lengths and areas with a fixed number of decimals, so columns line up. */
export function formatMeasureNumber(m: MeasureDef, v: number, lang: Lang): string {
  const digits = digitsOf(m, v);
  if (digits === 0) return formatNumber(v, lang);
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(v);
}

/** The number with its unit ("5.70 公里", "86 部", "3.2 亿元"); money in 万元 becomes 万元/亿元. */
export function formatMeasure(m: MeasureDef, v: number, lang: Lang): string {
  if (m.kind === 'sum' && m.unit.zh === '万元') return formatMoneyWan(v, lang);
  const unit = lang === 'zh' ? m.unit.zh : m.unit.en;
  const n = formatMeasureNumber(m, v, lang);
  if (!unit) return n;
  return lang === 'zh' ? `${n} ${unit}` : `${n} ${unit}`;
}

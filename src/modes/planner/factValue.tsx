/**
 * One property as people read it, by its catalogue field: an enum's label, a link to the feature a
 * ref names, money in 万元/亿元, households grouped, a decade, a year, a list. Data text is always
 * React text, never HTML.
 */
import type { ReactNode } from 'react';
import type { Catalogue } from '../../catalogue/catalogue';
import type { FieldDef } from '../../catalogue/types';
import { formatHouseholds, formatMoneyWan, formatNumber } from '../../data/format';
import { localizedText } from '../../i18n';
import type { Lang } from '../../state/url';
import type { PlannerData } from './plannerData';
import { featureName } from './plannerFormat';

export function FeatureLink({
  id,
  label,
  onSelect,
}: {
  id: string;
  label: string;
  onSelect: (id: string) => void;
}) {
  return (
    <button type="button" className="link-button" onClick={() => onSelect(id)} data-testid={`link-${id}`}>
      {label}
    </button>
  );
}

export function Items({ items }: { items: ReactNode[] }) {
  return (
    <ul className="fact-list">
      {items.map((item, i) => (
        // Items are positional (a measure may repeat), so the index is the identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

interface Ctx {
  catalogue: Catalogue;
  data: PlannerData;
  lang: Lang;
  onSelect: (id: string) => void;
  /** the language's words for a year and a decade */
  year: (y: number) => string;
  decade: (d: number) => string;
}

const withUnit = (f: FieldDef, n: string, lang: Lang) => (f.unit ? `${n} ${localizedText(f.unit, lang)}` : n);

/** A field's value for the facts list; null when there is nothing to show. */
export function factValue(f: FieldDef, v: unknown, c: Ctx): ReactNode | null {
  // Money not published (null or absent) is said so, never shown as 0 or left out.
  if ((v === undefined || v === '') && f.type !== 'money') return null;
  const { lang } = c;
  switch (f.type) {
    case 'money': {
      const n = typeof v === 'number' ? v : null;
      return formatMoneyWan(n === null ? null : f.money_unit === 'yi' ? n * 10000 : n, lang);
    }
    case 'ref': {
      if (typeof v !== 'string') return null;
      const hit = c.data.byId.get(v);
      return hit ? <FeatureLink id={v} label={featureName(hit.feature, lang)} onSelect={c.onSelect} /> : v;
    }
    case 'enum': {
      const label = typeof v === 'string' ? f.values?.[v] : undefined;
      return label ? localizedText(label, lang) : String(v);
    }
    case 'texts':
      return Array.isArray(v) && v.length ? <Items items={v.map(String)} /> : null;
    case 'year':
      return typeof v === 'number' ? c.year(v) : String(v);
    case 'int':
    case 'positive':
    case 'number': {
      if (typeof v !== 'number') return String(v);
      if (f.format === 'households') return formatHouseholds(v, lang);
      if (f.format === 'decade') return c.decade(v);
      return withUnit(f, formatNumber(v, lang, Number.isInteger(v) ? 0 : 1), lang);
    }
    default:
      if (v === null) return null;
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}

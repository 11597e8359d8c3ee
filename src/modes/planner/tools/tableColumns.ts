/**
 * The feature list's columns: name, layer, status, year and size always; then, when the list holds
 * one layer, that layer's own number, money and choice fields from the catalogue (a community's
 * households and buildings, an elevator's lifts and floors), else the households column.
 */
import type { Catalogue } from '../../../catalogue/catalogue';
import type { FieldDef } from '../../../catalogue/types';
import type { FeatureRecord } from '../../../data/exportData';
import { formatHouseholds, formatLength, formatMoneyWan, formatNumber } from '../../../data/format';
import { STATUSES } from '../../../data/types';
import { toMu } from '../../../data/units';
import { localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';

type Translate = (key: string, o?: Record<string, unknown>) => string;

export interface TableColumn {
  id: string;
  label: string;
  numeric: boolean;
  /** the sort key; null sorts last both ways */
  key: (r: FeatureRecord) => string | number | null;
  text: (r: FeatureRecord) => string;
}

const statusRank = new Map(STATUSES.map((s, i) => [s, i]));
export const recordName = (r: FeatureRecord, lang: Lang) => (lang === 'en' && r.name_en ? r.name_en : r.name);
const SCALAR = new Set(['int', 'positive', 'number', 'money', 'enum']);
/** Fields the fixed columns already show. */
const SHOWN = new Set(['id', 'name', 'name_en', 'status', 'year', 'area']);

function fieldColumn(f: FieldDef, lang: Lang, none: string): TableColumn {
  const raw = (r: FeatureRecord) => r.feature.properties?.[f.key];
  return {
    id: `field:${f.key}`,
    label: localizedText(f.label, lang),
    numeric: f.type !== 'enum',
    key: (r) => {
      const v = raw(r);
      if (f.type === 'enum') return typeof v === 'string' ? localizedText(f.values?.[v], lang) || v : null;
      return typeof v === 'number' ? v : null;
    },
    text: (r) => {
      const v = raw(r);
      if (f.type === 'money')
        return formatMoneyWan(typeof v === 'number' ? (f.money_unit === 'yi' ? v * 10000 : v) : null, lang);
      if (f.type === 'enum') return typeof v === 'string' ? localizedText(f.values?.[v], lang) || v : none;
      if (typeof v !== 'number') return none;
      if (f.format === 'households') return formatHouseholds(v, lang);
      const n = formatNumber(v, lang, Number.isInteger(v) ? 0 : 1);
      return f.unit ? `${n} ${localizedText(f.unit, lang)}` : n;
    },
  };
}

export function tableColumns(
  catalogue: Catalogue,
  rows: readonly FeatureRecord[],
  lang: Lang,
  t: Translate,
): TableColumn[] {
  const none = t('tools.table.none');
  const layerRank = new Map(catalogue.ids.map((id, i) => [id, i]));
  const layers = new Set(rows.map((r) => r.layer));
  const one = layers.size === 1 ? [...layers][0] : null;
  const cols: TableColumn[] = [
    {
      id: 'name',
      label: t('tools.table.name'),
      numeric: false,
      key: (r) => recordName(r, lang),
      text: (r) => recordName(r, lang),
    },
  ];
  cols.push({
    id: 'layer',
    label: t('tools.table.layer'),
    numeric: false,
    key: (r) => layerRank.get(r.layer) ?? 99,
    text: (r) => localizedText(catalogue.get(r.layer)?.name, lang),
  });
  cols.push(
    {
      id: 'status',
      label: t('tools.table.status'),
      numeric: false,
      key: (r) => (r.status ? (statusRank.get(r.status) ?? null) : null),
      text: (r) => (r.status ? t(`status.${r.status}`) : none),
    },
    {
      id: 'year',
      label: t('tools.table.year'),
      numeric: true,
      key: (r) => r.year,
      text: (r) => (r.year === null ? none : String(r.year)),
    },
    {
      id: 'size',
      label: t('tools.table.size'),
      numeric: true,
      // Areas before lengths before points.
      key: (r) => (r.areaM2 !== null ? r.areaM2 : r.lengthKm !== null ? 1e12 + r.lengthKm : null),
      // Compact for a column: 亩 alone (the feature panel gives m² and ha as well).
      text: (r) => {
        if (r.areaM2 !== null) {
          const mu = toMu(r.areaM2);
          return `${formatNumber(mu, lang, mu < 100 ? 1 : 0)} ${lang === 'zh' ? '亩' : 'mu'}`;
        }
        return r.lengthKm !== null ? formatLength(r.lengthKm * 1000, lang) : none;
      },
    },
  );
  if (one) {
    const own = catalogue.fields(one).filter((f) => SCALAR.has(f.type) && !SHOWN.has(f.key));
    cols.push(...own.map((f) => fieldColumn(f, lang, none)));
  } else {
    cols.push({
      id: 'households',
      label: t('tools.table.households'),
      numeric: true,
      key: (r) => r.households,
      text: (r) => (r.households !== null ? formatNumber(r.households, lang) : none),
    });
  }
  return cols;
}

export type Dir = 'ascending' | 'descending';

export function sortRows(rows: readonly FeatureRecord[], col: TableColumn | undefined, dir: Dir, lang: Lang) {
  if (!col) return [...rows];
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = col.key(a);
    const kb = col.key(b);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    const c = typeof ka === 'string' ? collator.compare(ka, String(kb)) : ka - (kb as number);
    return sign * c;
  });
}

/**
 * The text alternative to the map: a sortable table of the features the map shows (same rule as
 * the map), synchronised with the selection both ways. Column headers are buttons (aria-sort on
 * the sorted one); each name is a button that selects the feature and frames it on the map.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEATURES } from '../../../catalogue/catalogue';
import { type FeatureRecord, featureRecords } from '../../../data/exportData';
import { formatLength, formatNumber } from '../../../data/format';
import { STATUSES, type Status } from '../../../data/types';
import { toMu } from '../../../data/units';
import { localizedText } from '../../../i18n';
import { useMapController } from '../../../map/MapContext';
import { store, useAppState } from '../../../state/store';
import type { Lang } from '../../../state/url';
import type { ModeProps } from '../../types';
import { ToolIcon } from './ToolIcon';

const COLUMNS = ['name', 'layer', 'status', 'year', 'size', 'households'] as const;
type Column = (typeof COLUMNS)[number];
type Dir = 'ascending' | 'descending';

const statusRank = new Map(STATUSES.map((s, i) => [s, i]));
const nameOf = (r: FeatureRecord, lang: Lang) => (lang === 'en' && r.name_en ? r.name_en : r.name);

/** A sort key per column; null sorts last in both directions. Areas before lengths before points. */
function keyOf(
  r: FeatureRecord,
  col: Column,
  lang: Lang,
  layerRank: Map<string, number>,
): string | number | null {
  switch (col) {
    case 'name':
      return nameOf(r, lang);
    case 'layer':
      return layerRank.get(r.layer) ?? 99;
    case 'status':
      return r.status ? (statusRank.get(r.status) ?? null) : null;
    case 'year':
      return r.year;
    case 'size':
      return r.areaM2 !== null ? r.areaM2 : r.lengthKm !== null ? 1e12 + r.lengthKm : null;
    case 'households':
      return r.households;
  }
}

function sortRecords(
  rows: FeatureRecord[],
  col: Column,
  dir: Dir,
  lang: Lang,
  layerRank: Map<string, number>,
): FeatureRecord[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = keyOf(a, col, lang, layerRank);
    const kb = keyOf(b, col, lang, layerRank);
    if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
    const c = typeof ka === 'string' ? collator.compare(ka, String(kb)) : ka - (kb as number);
    return sign * c;
  });
}

export function FeatureTable({ dataset, onClose }: ModeProps & { onClose: () => void }) {
  const map = useMapController();
  const { t } = useTranslation();
  const headingId = useId();
  const layers = useAppState((s) => s.layers);
  const status = useAppState((s) => s.status);
  const year = useAppState((s) => s.year);
  const sel = useAppState((s) => s.sel);
  const lang = useAppState((s) => s.lang);
  const [sort, setSort] = useState<{ col: Column; dir: Dir }>({ col: 'layer', dir: 'ascending' });
  const body = useRef<HTMLTableSectionElement>(null);

  const { catalogue, metrics } = dataset;
  const layerRank = useMemo(() => new Map(catalogue.ids.map((id, i) => [id, i])), [catalogue]);
  // The context layer is the base map, not the programme's features: it is not listed.
  const rows = useMemo(
    () =>
      featureRecords(dataset, { layers, status, year }).filter(
        (r) => dataset.catalogue.get(r.layer)?.role !== 'context',
      ),
    [dataset, layers, status, year],
  );
  // The footer's figures come from the metrics function, for the layers and statuses shown.
  const { total, byStatus } = useMemo(() => {
    const shown = catalogue.visible(layers);
    let all = 0;
    const n: Record<Status, number> = { planned: 0, under_construction: 0, completed: 0 };
    for (const id of catalogue.sites.map((e) => e.id)) {
      const v = metrics.value({ layer: id, measure: FEATURES, year });
      if (!v) continue;
      all += v.total;
      if (shown.includes(id) && catalogue.get(id)?.status) for (const st of status) n[st] += v[st];
    }
    return { total: all, byStatus: n };
  }, [catalogue, metrics, layers, status, year]);
  // The data order is by layer, then file order: a stable sort by layer starts from it.
  const sorted = useMemo(
    () => sortRecords(rows, sort.col, sort.dir, lang, layerRank),
    [rows, sort, lang, layerRank],
  );

  useEffect(() => {
    if (!sel) return;
    body.current
      ?.querySelector(`tr[data-feature-id="${CSS.escape(sel)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [sel]);

  const select = (id: string) => {
    store.set({ sel: id });
    map?.fitFeatures([id], { maxZoom: 17 });
  };
  const sortBy = (col: Column) =>
    setSort((s) => ({ col, dir: s.col === col && s.dir === 'ascending' ? 'descending' : 'ascending' }));

  const summary = t('tools.table.caption', { shown: rows.length, total });
  const statusSummary = t('tools.table.byStatus', byStatus);
  // Compact for a table column: 亩 alone (the feature panel gives m² and ha as well).
  const size = (r: FeatureRecord) =>
    r.areaM2 !== null
      ? `${formatNumber(toMu(r.areaM2), lang, toMu(r.areaM2) < 100 ? 1 : 0)} ${lang === 'zh' ? '亩' : 'mu'}`
      : r.lengthKm !== null
        ? formatLength(r.lengthKm * 1000, lang)
        : t('tools.table.none');

  return (
    <section className="feature-table-panel" aria-labelledby={headingId} data-testid="feature-table-panel">
      <div className="feature-table-head">
        <h2 id={headingId} className="panel-title">
          {t('tools.table.title')}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('tools.table.close')}>
          <ToolIcon name="close" />
        </button>
      </div>
      {/* The caption says the same to a screen reader; this copy stays in view while rows scroll. */}
      <p className="feature-table-summary small" aria-hidden="true" data-testid="feature-table-count">
        {summary}
        <span className="muted"> · {statusSummary}</span>
      </p>
      <div className="feature-table-scroll">
        <table className="feature-table" data-testid="feature-table">
          <caption className="visually-hidden">
            {summary} · {statusSummary}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((col) => (
                <th
                  key={col}
                  scope="col"
                  aria-sort={sort.col === col ? sort.dir : undefined}
                  className={`col-${col}`}
                >
                  <button type="button" className="sort-button" onClick={() => sortBy(col)} data-column={col}>
                    {t(`tools.table.${col}`)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.col === col ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {sorted.map((r) => (
              <tr
                key={r.id}
                data-feature-id={r.id}
                aria-selected={r.id === sel}
                className={r.id === sel ? 'is-selected' : undefined}
                onClick={() => select(r.id)}
              >
                <th scope="row" className="col-name">
                  <button
                    type="button"
                    className="row-button"
                    onClick={(e) => {
                      e.stopPropagation();
                      select(r.id);
                    }}
                  >
                    {nameOf(r, lang)}
                  </button>
                </th>
                <td className="col-layer">{localizedText(catalogue.get(r.layer)?.name, lang)}</td>
                <td className="col-status">
                  {r.status ? (
                    <>
                      <span className={`tool-status-dot tool-status-${r.status}`} aria-hidden="true" />
                      {t(`status.${r.status}`)}
                    </>
                  ) : (
                    t('tools.table.none')
                  )}
                </td>
                <td className="num col-year">{r.year ?? t('tools.table.none')}</td>
                <td className="num col-size">{size(r)}</td>
                <td className="num col-households">
                  {r.households !== null ? formatNumber(r.households, lang) : t('tools.table.none')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted feature-table-empty">{t('tools.table.empty')}</p>}
      </div>
    </section>
  );
}

/**
 * The feature list: a sortable table of what the map shows (same rule as the map, narrowed to the
 * camera with "only in view"), synchronised with the selection both ways. Its columns come from the
 * catalogue (one layer listed: that layer's own fields). Column headers are buttons (aria-sort on
 * the sorted one); each name is a button that selects the feature and frames it on the map. The
 * footer counts the rows the table shows; the exports write exactly those rows.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEATURES } from '../../../catalogue/catalogue';
import type { Status } from '../../../data/types';
import { useMapController } from '../../../map/MapContext';
import { store, useAppState } from '../../../state/store';
import type { ModeProps } from '../../types';
import { ListFilters } from './ListFilters';
import { useListRecords } from './listView';
import { type Dir, sortRows, tableColumns } from './tableColumns';

export function FeatureTable({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const sel = useAppState((s) => s.sel);
  const lang = useAppState((s) => s.lang);
  const year = useAppState((s) => s.year);
  const [sort, setSort] = useState<{ col: string; dir: Dir }>({ col: 'layer', dir: 'ascending' });
  const body = useRef<HTMLTableSectionElement>(null);
  const { catalogue, metrics } = dataset;
  const rows = useListRecords(dataset);
  const columns = useMemo(() => tableColumns(catalogue, rows, lang, t), [catalogue, rows, lang, t]);
  // Data order is by layer, then file order: "layer" (or no such column) keeps it.
  const sorted = useMemo(
    () =>
      sortRows(
        rows,
        columns.find((c) => c.id === sort.col),
        sort.dir,
        lang,
      ),
    [rows, columns, sort, lang],
  );
  // What the data hold in all, from the metrics function (every site layer, every status).
  const total = useMemo(
    () =>
      catalogue.sites.reduce(
        (n, e) => n + (metrics.value({ layer: e.id, measure: FEATURES, year })?.total ?? 0),
        0,
      ),
    [catalogue, metrics, year],
  );
  const byStatus = useMemo(() => {
    const n: Record<Status, number> = { planned: 0, under_construction: 0, completed: 0 };
    for (const r of rows) if (r.status) n[r.status] += 1;
    return n;
  }, [rows]);

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
  const sortBy = (col: string) =>
    setSort((s) => ({ col, dir: s.col === col && s.dir === 'ascending' ? 'descending' : 'ascending' }));
  const summary = t('tools.table.caption', { shown: rows.length, total });
  const statusSummary = t('tools.table.byStatus', byStatus);

  return (
    <div className="feature-table-panel" data-testid="feature-table-panel">
      <ListFilters dataset={dataset} />
      <div className="feature-table-scroll">
        <table className="feature-table" data-testid="feature-table">
          <caption className="visually-hidden">
            {t('tools.table.title')} · {summary} · {statusSummary}
          </caption>
          <thead>
            <tr>
              {columns.map((col) => (
                <th
                  key={col.id}
                  scope="col"
                  aria-sort={sort.col === col.id ? sort.dir : undefined}
                  className={`col-${col.id.replace(':', '-')}${col.numeric ? ' num' : ''}`}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() => sortBy(col.id)}
                    data-column={col.id}
                  >
                    {col.label}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.col === col.id ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
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
                {columns.map((col, i) =>
                  i === 0 ? (
                    <th key={col.id} scope="row" className="col-name">
                      <button
                        type="button"
                        className="row-button"
                        onClick={(e) => {
                          e.stopPropagation();
                          select(r.id);
                        }}
                      >
                        {col.text(r)}
                      </button>
                    </th>
                  ) : (
                    <td
                      key={col.id}
                      className={`col-${col.id.replace(':', '-')}${col.numeric ? ' num' : ''}`}
                    >
                      {col.id === 'status' && r.status && (
                        <span className={`tool-status-dot tool-status-${r.status}`} aria-hidden="true" />
                      )}
                      {col.text(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted feature-table-empty">{t('tools.table.empty')}</p>}
      </div>
      {/* The caption says the same to a screen reader; this copy stays in view while rows scroll. */}
      <p className="feature-table-summary small" aria-live="polite" data-testid="feature-table-count">
        {summary}
        <span className="muted"> · {statusSummary}</span>
      </p>
    </div>
  );
}

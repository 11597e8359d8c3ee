/**
 * The cross-table: the four areas, the pilot zone and the whole district against every measure of
 * every work layer, each cell split into 已完成 / 建设中 / 规划中 at the year shown. Every number is
 * one call of the metrics function (src/metrics/crossTable.ts). Each number is a button: it filters
 * the map and the list to those works (`zone=`, `layers=`, `status=` in the link) and shows the list.
 */
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../../data/types';
import { localizedText } from '../../../i18n';
import { useMapController } from '../../../map/MapContext';
import {
  type CrossColumn,
  type CrossRow,
  crossCell,
  crossColumns,
  crossRows,
} from '../../../metrics/crossTable';
import { formatMeasureNumber } from '../../../metrics/format';
import { DISTRICT } from '../../../metrics/metrics';
import { store, useAppState } from '../../../state/store';
import type { ModeProps } from '../../types';
import './crossTable.css';

export function CrossTable({ dataset, onShowList }: ModeProps & { onShowList: () => void }) {
  const { t } = useTranslation();
  const map = useMapController();
  const year = useAppState((s) => s.year);
  const lang = useAppState((s) => s.lang);
  const { catalogue, metrics, site } = dataset;
  const columns = useMemo(
    () => crossColumns(catalogue).filter((c) => dataset.layers.has(c.layer)),
    [catalogue, dataset],
  );
  const rows = useMemo(() => crossRows(metrics, site.district), [metrics, site]);
  const byLayer = useMemo(() => {
    const groups: Array<{ layer: string; columns: CrossColumn[] }> = [];
    for (const c of columns) {
      const last = groups[groups.length - 1];
      if (last?.layer === c.layer) last.columns.push(c);
      else groups.push({ layer: c.layer, columns: [c] });
    }
    return groups;
  }, [columns]);
  const when =
    year === null
      ? t('planner.filters.todayLong', { date: site.as_of })
      : t('planner.filters.endOf', { year });

  /** The cell's works on the map and in the list: that zone, that layer (over the base map), that status. */
  const open = (row: CrossRow, col: CrossColumn, status: Status | null) => {
    const base = catalogue.layers.filter((e) => e.role === 'context').map((e) => e.id);
    store.set({
      zone: row.zone === DISTRICT ? null : row.zone,
      layers: catalogue.linkLayers([...base, col.layer]),
      status: status ? [status] : [...STATUSES],
      // A measure that counts only some of its layer's works (架空线入地) lists just those.
      measure: col.measure.where ? `${col.layer}.${col.measure.id}` : null,
      sel: null,
    });
    if (row.zone !== DISTRICT) map?.fitFeatures([row.zone], { maxZoom: 16, duration: 600 });
    onShowList();
  };

  return (
    <div className="cross-table-scroll">
      <table className="cross-table" data-testid="cross-table">
        <caption className="cross-table-caption small">
          {t('tools.cross.caption', { when })}
          <span className="muted"> · {t('tools.cross.hint')}</span>
        </caption>
        <thead>
          <tr>
            <td rowSpan={2} />
            {byLayer.map((g) => (
              <th key={g.layer} scope="colgroup" colSpan={g.columns.length} className="cross-layer">
                {localizedText(catalogue.get(g.layer)?.name, lang)}
              </th>
            ))}
          </tr>
          <tr>
            {columns.map((c) => (
              <th key={`${c.layer}:${c.measure.id}`} scope="col" className="cross-measure">
                {localizedText(c.measure.label, lang)}
                <span className="muted"> ({localizedText(c.measure.unit, lang)})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const rowName = lang === 'en' ? row.name_en : row.name;
            return (
              <tr
                key={row.zone}
                data-zone={row.zone}
                className={row.zone === DISTRICT ? 'is-district' : undefined}
              >
                <th scope="row" className="cross-zone">
                  {rowName}
                </th>
                {columns.map((col) => {
                  const v = crossCell(metrics, row, col, year);
                  const colName = `${localizedText(catalogue.get(col.layer)?.name, lang)} · ${localizedText(col.measure.label, lang)}`;
                  const key = `${col.layer}:${col.measure.id}`;
                  if (!v) return <td key={key}>{t('tools.table.none')}</td>;
                  const n = (x: number) => formatMeasureNumber(col.measure, x, lang);
                  const unit = localizedText(col.measure.unit, lang);
                  return (
                    <td key={key} className="cross-cell" data-cell={key}>
                      <button
                        type="button"
                        className="cross-total"
                        onClick={() => open(row, col, null)}
                        aria-label={t('tools.cross.cellTotal', {
                          zone: rowName,
                          what: colName,
                          n: n(v.total),
                          unit,
                        })}
                        data-status="total"
                      >
                        {n(v.total)}
                      </button>
                      <span className="cross-split">
                        {STATUSES.slice()
                          .reverse()
                          .map((st, i) => (
                            <Fragment key={st}>
                              {i > 0 && <span aria-hidden="true"> </span>}
                              <button
                                type="button"
                                className={`cross-status cross-${st}`}
                                onClick={() => open(row, col, st)}
                                aria-label={t('tools.cross.cellStatus', {
                                  zone: rowName,
                                  what: colName,
                                  status: t(`status.${st}`),
                                  n: n(v[st]),
                                  unit,
                                })}
                                title={t(`status.${st}`)}
                                data-status={st}
                              >
                                <span className={`tool-status-dot tool-status-${st}`} aria-hidden="true" />
                                {n(v[st])}
                              </button>
                            </Fragment>
                          ))}
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The feature list's filters: zone (an area, the pilot zone or the district), layer, status and
 * "only in view", and a cross-table measure's own filter when one is on (`measure=`). Zone, layer,
 * status and measure are the map's own filters (in the link), so the map and the list always show
 * the same works; "only in view" narrows the list to what the camera shows.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../../data/types';
import { localizedText } from '../../../i18n';
import { crossRows } from '../../../metrics/crossTable';
import { DISTRICT } from '../../../metrics/metrics';
import { store, useAppState } from '../../../state/store';
import type { ModeProps } from '../../types';

const ALL = '*';
const SOME = '+';

export function ListFilters({ dataset }: ModeProps) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const zone = useAppState((s) => s.zone);
  const layers = useAppState((s) => s.layers);
  const status = useAppState((s) => s.status);
  const inView = useAppState((s) => s.inView);
  const measure = useAppState((s) => s.measure);
  const { catalogue, metrics, site } = dataset;
  const only = catalogue.filteringMeasure(measure);
  const zones = useMemo(() => crossRows(metrics, site.district), [metrics, site]);
  const sites = catalogue.sites.filter((e) => dataset.layers.has(e.id));
  const shown = catalogue.visible(layers).filter((l) => sites.some((e) => e.id === l));
  const layerValue = layers === null ? ALL : shown.length === 1 ? shown[0] : SOME;
  const base = catalogue.layers.filter((e) => e.role === 'context').map((e) => e.id);

  const setLayer = (v: string) =>
    store.set({ layers: v === ALL ? null : catalogue.linkLayers([...base, v]), measure: null, sel: null });
  const setStatus = (st: Status, on: boolean) =>
    store.set((s) => ({ status: STATUSES.filter((x) => (x === st ? on : s.status.includes(x))) }));

  return (
    <search className="list-filters" aria-label={t('tools.list.filters')} data-testid="list-filters">
      <label className="list-filter">
        <span>{t('tools.list.zone')}</span>
        <select
          value={zone ?? DISTRICT}
          onChange={(e) =>
            store.set({ zone: e.target.value === DISTRICT ? null : e.target.value, sel: null })
          }
          data-testid="list-zone"
        >
          {zones
            .slice()
            .reverse()
            .map((z) => (
              <option key={z.zone} value={z.zone}>
                {lang === 'en' ? z.name_en : z.name}
              </option>
            ))}
        </select>
      </label>
      <label className="list-filter">
        <span>{t('tools.list.layer')}</span>
        <select value={layerValue} onChange={(e) => setLayer(e.target.value)} data-testid="list-layer">
          <option value={ALL}>{t('tools.list.allLayers')}</option>
          {layerValue === SOME && (
            <option value={SOME} disabled>
              {t('tools.list.someLayers', { n: shown.length })}
            </option>
          )}
          {sites.map((e) => (
            <option key={e.id} value={e.id}>
              {localizedText(e.name, lang)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="list-filter list-status">
        <legend>{t('tools.list.status')}</legend>
        {STATUSES.slice()
          .reverse()
          .map((st) => (
            <label key={st} className="list-check">
              <input
                type="checkbox"
                checked={status.includes(st)}
                onChange={(e) => setStatus(st, e.target.checked)}
                data-testid={`list-status-${st}`}
              />
              <span className={`tool-status-dot tool-status-${st}`} aria-hidden="true" />
              {t(`status.${st}`)}
            </label>
          ))}
      </fieldset>
      <label className="list-check">
        <input
          type="checkbox"
          checked={inView}
          onChange={(e) => store.set({ inView: e.target.checked })}
          data-testid="list-in-view"
        />
        {t('tools.list.inView')}
      </label>
      {only && (
        // A cross-table number of a measure that counts only some works: say so, and let it go.
        <span className="list-measure" data-testid="list-measure">
          {t('tools.list.measureOnly', { measure: localizedText(only.measure.label, lang) })}
          <button
            type="button"
            className="list-measure-clear"
            aria-label={t('tools.list.measureClear')}
            title={t('tools.list.measureClear')}
            onClick={() => store.set({ measure: null })}
            data-testid="list-measure-clear"
          >
            ×
          </button>
        </span>
      )}
    </search>
  );
}

/**
 * The view filters of the layer panel: which statuses are shown (the checkboxes are the status
 * legend too) and the year slider — the programme as it stood at the end of a year, or today.
 * Both only set the store; the map follows through MapLibre global state.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES, type Status } from '../../data/types';
import { yearStops } from '../../data/yearStops';
import { store, useAppState } from '../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../state/url';
import { STATUS_SWATCH, Swatch } from '../../ui/Swatch';

export interface ViewFiltersProps {
  status: readonly Status[];
  year: number | null;
  asOf: string;
  /** Works per status at the chosen year, over every layer with a status. */
  counts: Record<Status, number>;
}

export function ViewFilters({ status, year, asOf, counts }: ViewFiltersProps) {
  const { t } = useTranslation();
  const compare = useAppState((s) => s.compare);
  const sliderId = useId();
  const hintId = useId();
  const stops = yearStops(asOf);
  const index = Math.max(0, stops.indexOf(year));
  const stopLabel = (y: number | null) => (y === null ? t('planner.filters.today') : String(y));
  const valueText = (y: number | null) =>
    y === null ? t('planner.filters.todayLong', { date: asOf }) : t('planner.filters.endOf', { year: y });
  const toggle = (s: Status, on: boolean) =>
    store.set((st) => ({ status: STATUSES.filter((x) => (x === s ? on : st.status.includes(x))) }));
  return (
    <div className="view-filters" data-testid="view-filters">
      <fieldset className="filter-group">
        <legend className="panel-subtitle">{t('planner.filters.status')}</legend>
        <ul className="legend-items status-legend" data-testid="status-legend">
          {STATUSES.map((s) => (
            <li key={s}>
              <label className="status-toggle">
                <input
                  type="checkbox"
                  checked={status.includes(s)}
                  onChange={(e) => toggle(s, e.currentTarget.checked)}
                  data-testid={`status-${s}`}
                />
                <Swatch swatch={STATUS_SWATCH} status={s} />
                <span className="status-name">
                  {t(`status.${s}`)} <span className="muted">· {t(`status.${s}How`)}</span>
                </span>
                <span className="layer-count" data-testid={`status-count-${s}`}>
                  {counts[s]}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="filter-group year-filter">
        <div className="year-head">
          <label htmlFor={sliderId} className="panel-subtitle">
            {t('planner.filters.year')}
          </label>
          <output htmlFor={sliderId} className="year-value" data-testid="year-value">
            {valueText(year)}
          </output>
        </div>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={valueText(stops[index])}
          aria-describedby={hintId}
          onChange={(e) => store.set({ year: stops[Number(e.currentTarget.value)] ?? null })}
          data-testid="year-slider"
          className="year-slider"
        />
        <div className="year-ticks" aria-hidden="true">
          {stops.map((y) => (
            <span key={y ?? 'today'} className={y === null ? 'year-tick is-today' : 'year-tick'}>
              {stopLabel(y)}
            </span>
          ))}
        </div>
        <p id={hintId} className="muted small year-hint">
          {t('planner.filters.yearHint')}
        </p>
        <div className="year-actions">
          {year !== null && (
            <button
              type="button"
              className="link-button small"
              onClick={() => store.set({ year: null })}
              data-testid="year-today"
            >
              {t('planner.filters.backToToday')}
            </button>
          )}
          {/* Two years side by side: the slider's year and, by default, the programme's last. */}
          <button
            type="button"
            className="link-button small compare-toggle"
            aria-pressed={compare !== null}
            title={t('planner.compare.toggleHint')}
            onClick={() =>
              store.set({ compare: compare !== null ? null : year === YEAR_MAX ? YEAR_MIN : YEAR_MAX })
            }
            data-testid="compare-toggle"
          >
            {compare !== null ? t('planner.compare.close') : t('planner.compare.toggle')}
          </button>
        </div>
      </div>
    </div>
  );
}

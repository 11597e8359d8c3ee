/**
 * Two years side by side (`compare=` in the URL): a second map over the main one, showing the
 * programme at the comparison year, clipped to one side of a divider that a person drags (or moves
 * with the arrow keys). The cameras are synced; the earlier year is on the left. The second map is
 * a second MapLibre map (a second WebGL context): README "Two years side by side" says why.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/load';
import { yearStops } from '../../data/yearStops';
import { store, useAppState } from '../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../state/url';
import { MapAdapter } from '../adapter';
import { clickToStore, followStore, styleContext } from '../followStore';
import { syncCameras } from './syncCameras';
import './compare.css';

export interface CompareViewProps {
  dataset: Dataset;
  /** The main map: the comparison map follows its camera and it follows the comparison's. */
  main: MapAdapter;
}

const YEARS = Array.from({ length: YEAR_MAX - YEAR_MIN + 1 }, (_, i) => YEAR_MIN + i);

/** Where the map is free of the planner's open left panel: the divider stays there, in reach. */
function freeRange(width: number): [number, number] {
  const panel = document.querySelector('.planner-left.is-open')?.getBoundingClientRect();
  const left = panel && panel.right < width * 0.6 ? panel.right : 0;
  const margin = 24;
  return width > 0 ? [(left + margin) / width, 1 - margin / width] : [0.02, 0.98];
}

export function CompareView({ dataset, main }: CompareViewProps) {
  const { t } = useTranslation();
  const year = useAppState((s) => s.year);
  const compare = useAppState((s) => s.compare);
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(0);
  const [frac, setFrac] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const s = store.get();
    let adapter: MapAdapter;
    try {
      adapter = new MapAdapter({
        container,
        dataset,
        ctx: styleContext(s, dataset),
        visible: dataset.catalogue.visible(s.layers),
        onClick: clickToStore(dataset),
        hash: false,
      });
    } catch (e) {
      // The browser would not give a second WebGL context: say so, keep the main map.
      console.warn('The comparison map could not start:', e);
      setFailed(true);
      return;
    }
    const unfollow = followStore(adapter, dataset, (st) => st.compare);
    const unsync = syncCameras(main.map, adapter.map);
    return () => {
      unsync();
      unfollow();
      adapter.destroy();
    };
  }, [dataset, main]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Today (null) sits among the years where the data's date falls: the earlier side is the left.
  const stops = yearStops(dataset.site.as_of);
  const compareOnRight = stops.indexOf(compare) > stops.indexOf(year);
  const [lo, hi] = freeRange(width);
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  // It starts in the middle of the free map, and stays in it when the window or panel changes.
  const f = clamp(frac ?? (lo + hi) / 2);
  const x = Math.round(f * width);
  const label = (y: number | null) =>
    y === null ? t('planner.filters.today') : t('planner.filters.endOf', { year: y });
  const leftLabel = compareOnRight ? label(year) : label(compare);
  const rightLabel = compareOnRight ? label(compare) : label(year);
  const close = () => store.set({ compare: null });

  const dragTo = (clientX: number) => {
    const r = ref.current?.getBoundingClientRect();
    if (r && r.width > 0) setFrac(clamp((clientX - r.left) / r.width));
  };
  const onKey = (e: React.KeyboardEvent) => {
    const step = { ArrowLeft: -0.02, ArrowRight: 0.02, PageDown: -0.1, PageUp: 0.1 }[e.key];
    if (step !== undefined) setFrac(clamp(f + step));
    else if (e.key === 'Home') setFrac(lo);
    else if (e.key === 'End') setFrac(hi);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  };

  const yearPicker = (
    <select
      className="compare-year"
      value={compare ?? YEAR_MAX}
      aria-label={t('planner.compare.yearLabel')}
      onChange={(e) => store.set({ compare: Number(e.currentTarget.value) })}
      data-testid="compare-year"
    >
      {YEARS.map((y) => (
        <option key={y} value={y}>
          {label(y)}
        </option>
      ))}
    </select>
  );
  const mainChip = (
    <span className="compare-label" data-testid="compare-main-label">
      {label(year)}
    </span>
  );
  return (
    <>
      <section
        ref={ref}
        className="map compare-map"
        data-testid="compare-map"
        data-side={compareOnRight ? 'right' : 'left'}
        aria-label={t('planner.compare.mapLabel', { year: label(compare) })}
        style={{ clipPath: compareOnRight ? `inset(0 0 0 ${x}px)` : `inset(0 ${width - x}px 0 0)` }}
      />
      {failed ? (
        <div className="compare-failed" role="alert" data-testid="compare-failed">
          {t('planner.compare.failed')}
          <button type="button" className="link-button" onClick={close}>
            {t('planner.compare.close')}
          </button>
        </div>
      ) : (
        <div className="compare-ui" style={{ '--compare-x': `${x}px` } as React.CSSProperties}>
          <div className="compare-line" aria-hidden="true" />
          {/* The divider: drag it (mouse, pen or touch) or move it with the arrow keys. */}
          <div
            role="slider"
            tabIndex={0}
            className="compare-handle"
            aria-label={t('planner.compare.divider')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(f * 100)}
            aria-valuetext={t('planner.compare.valueText', { left: leftLabel, right: rightLabel })}
            onKeyDown={onKey}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              dragTo(e.clientX);
            }}
            onPointerMove={(e) => {
              if (e.currentTarget.hasPointerCapture(e.pointerId)) dragTo(e.clientX);
            }}
            data-testid="compare-handle"
          >
            <span aria-hidden="true">◀ ▶</span>
          </div>
          <div className="compare-chip is-left" data-testid="compare-left">
            {compareOnRight ? mainChip : yearPicker}
          </div>
          <div className="compare-chip is-right" data-testid="compare-right">
            {compareOnRight ? yearPicker : mainChip}
            <button
              type="button"
              className="compare-close"
              onClick={close}
              aria-label={t('planner.compare.close')}
              title={t('planner.compare.close')}
              data-testid="compare-close"
            >
              ×
            </button>
          </div>
        </div>
      )}
    </>
  );
}

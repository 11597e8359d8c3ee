/**
 * Planner mode (the default). Left: a panel with three tabs — layers and filters, the areas
 * overview, the targets board. Right: the selected feature's panel. Top: the toolbar (search,
 * list, export, link). On a phone the left panel folds into a button and the feature panel is a
 * bottom sheet, so the map is never hidden entirely.
 */
import { type KeyboardEvent, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEATURES } from '../../catalogue/catalogue';
import { boundsOf } from '../../data/derive';
import { type LayerId, STATUSES, type Status } from '../../data/types';
import { formatMeasure } from '../../metrics/format';
import { store, useAppState } from '../../state/store';
import { LayerPanel } from '../../ui/LayerPanel';
import type { ModeProps } from '../types';
import { AreasOverview, FeaturePanel, IdentifyList, TargetsBoard } from './lazy';
import { PlannerToolbar } from './PlannerToolbar';
import { usePlannerData, useZoneSummaries } from './plannerData';
import { ViewFilters } from './ViewFilters';
import './planner.css';
import './plannerBoards.css';
import './featurePanel.css';
import { useMapController } from '../../map/MapContext';

const TABS = ['layers', 'areas', 'targets'] as const;
type Tab = (typeof TABS)[number];

const isDesk = () => window.matchMedia('(min-width: 720px)').matches;

export function PlannerMode({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const linkLayers = useAppState((s) => s.layers);
  const { catalogue, metrics } = dataset;
  const visible = useMemo(() => catalogue.visible(linkLayers), [catalogue, linkLayers]);
  const status = useAppState((s) => s.status);
  const year = useAppState((s) => s.year);
  const sel = useAppState((s) => s.sel);
  const lang = useAppState((s) => s.lang);
  const picked = useAppState((s) => s.picked);
  const [open, setOpen] = useState(isDesk);
  const [tab, setTab] = useState<Tab>('layers');
  const leftRef = useRef<HTMLElement>(null);
  const data = usePlannerData(dataset);
  const stats = useZoneSummaries(dataset, data, year);
  const asOf = dataset.site.as_of;
  const when =
    year === null ? t('planner.filters.todayLong', { date: asOf }) : t('planner.filters.endOf', { year });

  // Each layer's headline figure (its first panel measure) from the metrics function, for the
  // statuses shown; every layer, shown or not, so a hidden layer still says what it holds.
  const figures = useMemo(() => {
    const out = new Map<LayerId, { shown: string; total: string }>();
    for (const e of catalogue.layers) {
      const m = catalogue.panelMeasures(e.id)[0];
      const v = metrics.value({ layer: e.id, measure: m.id, year });
      if (!v) continue;
      const shownAmount = e.status ? status.reduce((sum, st) => sum + v[st], 0) : v.total;
      out.set(e.id, { shown: formatMeasure(m, shownAmount, lang), total: formatMeasure(m, v.total, lang) });
    }
    return out;
  }, [catalogue, metrics, status, year, lang]);
  // How many works have each status (the status filter's legend): the same function, every work layer.
  const statusCounts = useMemo(() => {
    const c: Record<Status, number> = { planned: 0, under_construction: 0, completed: 0 };
    for (const e of catalogue.works) {
      const v = metrics.value({ layer: e.id, measure: FEATURES, year });
      if (v) for (const st of STATUSES) c[st] += v[st];
    }
    return c;
  }, [catalogue, metrics, year]);
  const broken = useMemo(
    () => new Set(catalogue.ids.filter((id) => !dataset.layers.has(id))),
    [catalogue, dataset],
  );
  const toggle = (id: LayerId, on: boolean) =>
    store.set((s) => {
      const shown = catalogue.visible(s.layers);
      return { layers: catalogue.linkLayers(on ? [...shown, id] : shown.filter((l) => l !== id)) };
    });

  /** Selects from a list or a link and frames the feature, clear of the panels. */
  const selectAndFit = useCallback(
    (id: string) => {
      store.set({ sel: id });
      const hit = data.byId.get(id);
      if (!map || !hit) return;
      const { width, height } = map.size();
      const desk = isDesk();
      const leftEdge = leftRef.current?.getBoundingClientRect().right ?? 0;
      let left = desk ? leftEdge + 24 : 24;
      let right = desk ? Math.min(440, width * 0.4) : 24;
      // On a phone the title bar and toolbar wrap to a height set by their text: frame below them.
      const toolbarBottom = document.querySelector('.planner-toolbar')?.getBoundingClientRect().bottom ?? 158;
      const top = desk ? 90 : Math.round(toolbarBottom + 12);
      // On a phone the feature sheet takes the place of the left panel's sheet.
      if (!desk) setOpen(false);
      const bottom = desk ? 40 : Math.round(height * 0.55);
      // Never ask for more padding than the map has room for (MapLibre would refuse to move).
      const spare = width - 80 - left - right;
      if (spare < 0) {
        left += spare / 2;
        right += spare / 2;
      }
      map.fitBounds(boundsOf(hit.feature), {
        padding: {
          top,
          bottom: Math.min(bottom, height - top - 80),
          left: Math.max(0, left),
          right: Math.max(0, right),
        },
        maxZoom: 17.5,
        duration: 800,
      });
    },
    [map, data],
  );
  const close = useCallback(() => store.set({ sel: null }), []);

  useEffect(() => {
    if (!sel) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sel, close]);

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const to = TABS[(next + TABS.length) % TABS.length];
    setTab(to);
    document.getElementById(`planner-tab-${to}`)?.focus();
  };

  // A link with `sel=` opened on a phone: the feature's sheet covers the lower half, so the
  // feature is framed in the half above it (on a desk the link's own camera is kept).
  const framedLink = useRef(false);
  useEffect(() => {
    if (framedLink.current || !map) return;
    framedLink.current = true;
    const first = store.get().sel;
    if (first && !isDesk()) selectAndFit(first);
  }, [map, selectAndFit]);

  const selected = sel ? data.byId.get(sel) : undefined;
  return (
    <>
      <aside ref={leftRef} className={`side-panel planner-left ${open ? 'is-open' : ''}`} data-tab={tab}>
        {!open && (
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={false}
            onClick={() => setOpen(true)}
            data-testid="panel-toggle"
          >
            {t('panel.open')}
          </button>
        )}
        {open && (
          <div className="planner-card">
            <div className="planner-tabs-row">
              <div role="tablist" aria-label={t('planner.tabs.label')} className="planner-tabs">
                {TABS.map((id) => (
                  <button
                    key={id}
                    id={`planner-tab-${id}`}
                    type="button"
                    role="tab"
                    aria-selected={tab === id}
                    aria-controls="planner-tabpanel"
                    tabIndex={tab === id ? 0 : -1}
                    onClick={() => setTab(id)}
                    onKeyDown={onTabKey}
                    data-testid={`tab-${id}`}
                    className="planner-tab"
                  >
                    {t(`planner.tabs.${id}`)}
                  </button>
                ))}
              </div>
              <button
                type="button"
                className="icon-button panel-collapse"
                aria-expanded={true}
                aria-label={t('panel.close')}
                title={t('panel.close')}
                onClick={() => setOpen(false)}
                data-testid="panel-toggle"
              >
                ‹
              </button>
            </div>
            <div
              id="planner-tabpanel"
              role="tabpanel"
              aria-labelledby={`planner-tab-${tab}`}
              className="planner-tabpanel"
            >
              <Suspense fallback={null}>
                {tab === 'layers' && (
                  <LayerPanel
                    catalogue={catalogue}
                    lang={lang}
                    visible={visible}
                    figures={figures}
                    broken={broken}
                    onToggle={toggle}
                    asOf={asOf}
                    filters={<ViewFilters status={status} year={year} asOf={asOf} counts={statusCounts} />}
                  />
                )}
                {tab === 'areas' && (
                  <AreasOverview
                    data={data}
                    stats={stats}
                    sel={sel}
                    lang={lang}
                    when={when}
                    onSelect={selectAndFit}
                  />
                )}
                {tab === 'targets' && <TargetsBoard dataset={dataset} year={year} lang={lang} when={when} />}
              </Suspense>
            </div>
          </div>
        )}
      </aside>
      <PlannerToolbar dataset={dataset} />
      <Suspense fallback={null}>
        {selected && (
          <FeaturePanel
            layer={selected.layer}
            feature={selected.feature}
            data={data}
            stats={stats.get(sel ?? '')}
            year={year}
            lang={lang}
            when={when}
            onSelect={selectAndFit}
            onClose={close}
            picked={
              picked?.includes(sel ?? '') && (
                <IdentifyList
                  ids={picked}
                  sel={sel ?? ''}
                  data={data}
                  lang={lang}
                  onChoose={(id) => store.set({ sel: id })}
                />
              )
            }
          />
        )}
      </Suspense>
    </>
  );
}

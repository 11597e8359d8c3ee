/**
 * Planner mode (the default). Left: a panel with three tabs — layers and filters, the areas
 * overview, the targets board. Right: the selected feature's panel. Top: the toolbar (search,
 * list, export, link). On a phone the left panel folds into a button and the feature panel is a
 * bottom sheet, so the map is never hidden entirely.
 */
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boundsOf } from '../../data/derive';
import { effectiveStatus, visibleFeatures } from '../../data/status';
import { LAYER_IDS, type LayerId, STATUSES, type Status } from '../../data/types';
import { REGISTRY, REGISTRY_BY_ID } from '../../layers/registry';
import { store, useAppState } from '../../state/store';
import { LayerPanel } from '../../ui/LayerPanel';
import type { ModeProps } from '../types';
import { AreasOverview } from './AreasOverview';
import { FeaturePanel } from './FeaturePanel';
import { PlannerToolbar } from './PlannerToolbar';
import { usePlannerData, useZoneStats } from './plannerData';
import { TargetsBoard } from './TargetsBoard';
import { ViewFilters } from './ViewFilters';
import './planner.css';
import './plannerBoards.css';
import './featurePanel.css';

const TABS = ['layers', 'areas', 'targets'] as const;
type Tab = (typeof TABS)[number];

const isDesk = () => window.matchMedia('(min-width: 720px)').matches;

export function PlannerMode({ dataset, map }: ModeProps) {
  const { t } = useTranslation();
  const visible = useAppState((s) => s.layers);
  const status = useAppState((s) => s.status);
  const year = useAppState((s) => s.year);
  const sel = useAppState((s) => s.sel);
  const lang = useAppState((s) => s.lang);
  const [open, setOpen] = useState(isDesk);
  const [tab, setTab] = useState<Tab>('layers');
  const leftRef = useRef<HTMLElement>(null);
  const data = usePlannerData(dataset);
  const stats = useZoneStats(data, year);
  const asOf = dataset.site.as_of;
  const when =
    year === null ? t('planner.filters.todayLong', { date: asOf }) : t('planner.filters.endOf', { year });

  const totals = useMemo(
    () => new Map([...dataset.layers].map(([id, fc]) => [id, fc.features.length] as [LayerId, number])),
    [dataset],
  );
  // Counts follow the filters (every layer, shown or not, so a hidden layer still says what it holds).
  const counts = useMemo(
    () =>
      new Map(
        visibleFeatures(dataset, { layers: LAYER_IDS, status, year }).map(
          ([id, fc]) => [id, fc.features.length] as [LayerId, number],
        ),
      ),
    [dataset, status, year],
  );
  const statusCounts = useMemo(() => {
    const c: Record<Status, number> = { planned: 0, under_construction: 0, completed: 0 };
    for (const [id, fc] of visibleFeatures(dataset, { layers: LAYER_IDS, status: STATUSES, year })) {
      if (!REGISTRY_BY_ID.get(id)?.hasStatus) continue;
      for (const f of fc.features) c[effectiveStatus(f.properties ?? {}, year)] += 1;
    }
    return c;
  }, [dataset, year]);
  const broken = useMemo(
    () => new Set(REGISTRY.filter((d) => !dataset.layers.has(d.id)).map((d) => d.id)),
    [dataset],
  );
  const toggle = (id: LayerId, on: boolean) =>
    store.set((s) => ({
      layers: REGISTRY.map((d) => d.id).filter((l) => (l === id ? on : s.layers.includes(l))),
    }));

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
      const top = desk ? 90 : 170;
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
              {tab === 'layers' && (
                <LayerPanel
                  defs={REGISTRY}
                  visible={visible}
                  counts={counts}
                  totals={totals}
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
            </div>
          </div>
        )}
      </aside>
      <PlannerToolbar dataset={dataset} map={map} />
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
        />
      )}
    </>
  );
}

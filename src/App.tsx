import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DataError, type Dataset, FatalDataError, type Loading, type MapStart } from './data/load';
import { applyLang, loadLang } from './i18n';
import type { MapController } from './map/controller';
import { MapContext } from './map/MapContext';
import { MapView } from './map/MapView';
import { prefetchPlanner } from './modes/planner/lazy';
import { PlannerMode } from './modes/planner/PlannerMode';
import { prefetchWhenIdle } from './modes/prefetch';
import { DataUpdateNotice } from './pwa/DataUpdateNotice';
import { store, useAppState } from './state/store';
import { PRESENTER_VIEW } from './state/url';
import { Attribution } from './ui/Attribution';
import { DataErrors } from './ui/DataErrors';
import { ErrorScreen } from './ui/ErrorScreen';
import { PartBoundary } from './ui/PartBoundary';
import { TopBar } from './ui/TopBar';

// Resident and presenter code loads when that mode is opened, or when the browser is idle after
// the first map (prefetchWhenIdle), with the planner's parts its first screen does not show and
// the English strings (so a switch of language waits for nothing).
const loadResident = () => import('./modes/resident/ResidentMode');
const loadPresenter = () => import('./modes/presenter/PresenterMode');
const ResidentMode = lazy(() => loadResident().then((m) => ({ default: m.ResidentMode })));
const PresenterMode = lazy(() => loadPresenter().then((m) => ({ default: m.PresenterMode })));
const PresenterView = lazy(() =>
  import('./modes/presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);

type Load =
  | { kind: 'loading' }
  | { kind: 'started'; start: MapStart }
  | { kind: 'ready'; start: MapStart; dataset: Dataset }
  | { kind: 'fatal'; file: string; detail: string };

export interface AppProps {
  /** The data set being loaded: main.tsx starts it before React renders, so nothing waits on it. */
  data: Loading;
}

const fatalOf = (e: unknown): Load =>
  e instanceof FatalDataError
    ? { kind: 'fatal', file: e.file, detail: e.detail }
    : { kind: 'fatal', file: 'site.json', detail: String(e) };

export function App({ data }: AppProps) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const mode = useAppState((s) => s.mode);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [map, setMap] = useState<MapController | null>(null);
  // Files the map itself found wrong (a PMTiles archive without a layer): named with the rest.
  const [mapErrors, setMapErrors] = useState<DataError[]>([]);
  const onMapError = useCallback((e: DataError) => setMapErrors((prev) => [...prev, e]), []);

  useEffect(() => {
    void applyLang(lang);
  }, [lang]);
  useEffect(() => {
    let live = true;
    const set = (next: (prev: Load) => Load) => live && setLoad(next);
    // The map starts on the catalogue and site.json; the modes when every file is in and checked.
    data.start.then(
      (start) => {
        performance.mark('app:start-map');
        set((prev) => (prev.kind === 'loading' ? { kind: 'started', start } : prev));
      },
      (e: unknown) => set(() => fatalOf(e)),
    );
    data.dataset.then(
      (dataset) => {
        performance.mark('app:data');
        // The map keeps the start it was made with (a new one would make a new map).
        set((prev) =>
          prev.kind === 'fatal'
            ? prev
            : { kind: 'ready', start: prev.kind === 'started' ? prev.start : dataset, dataset },
        );
      },
      (e: unknown) => set((prev) => (prev.kind === 'fatal' ? prev : fatalOf(e))),
    );
    return () => {
      live = false;
    };
  }, [data]);
  const ready = load.kind === 'ready';
  useEffect(() => {
    if (ready && mode !== PRESENTER_VIEW)
      return prefetchWhenIdle([loadResident, loadPresenter, prefetchPlanner, () => loadLang('en')]);
  }, [ready, mode]);

  if (load.kind === 'loading') {
    return (
      <div className="loading-screen" data-testid="map" data-map-state="loading">
        {t('app.loading')}
      </div>
    );
  }
  if (load.kind === 'fatal') {
    return (
      <div data-testid="map" data-map-state="error">
        <ErrorScreen
          title={t('errors.fatalTitle')}
          body={t('errors.fatalBody', { file: load.file, detail: load.detail })}
          hint={t('errors.fatalHint')}
        />
      </div>
    );
  }
  const { start } = load;
  const dataset = load.kind === 'ready' ? load.dataset : null;
  // The presenter's own window (S): notes and timer, no map.
  if (mode === PRESENTER_VIEW)
    return dataset ? (
      <PartBoundary>
        <Suspense fallback={null}>
          <PresenterView dataset={dataset} />
        </Suspense>
      </PartBoundary>
    ) : null;
  return (
    <div className={`app mode-${mode}`}>
      <MapView start={start} dataset={dataset} onAdapter={setMap} onDataError={onMapError} />
      {mode !== 'present' && (
        <TopBar
          title={start.site.title}
          programme={start.site.programme}
          illustrative={start.site.illustrative}
          lang={lang}
          mode={mode}
          onLang={(l) => store.set({ lang: l })}
          onMode={(m) => store.set({ mode: m, sel: null })}
        />
      )}
      {dataset ? (
        <MapContext.Provider value={map}>
          {/* A mode whose code cannot load says so; the map and the other modes stay usable. */}
          <PartBoundary key={mode}>
            <Suspense fallback={null}>
              {mode === 'planner' && <PlannerMode dataset={dataset} />}
              {mode === 'resident' && <ResidentMode dataset={dataset} />}
              {mode === 'present' && <PresenterMode dataset={dataset} />}
            </Suspense>
          </PartBoundary>
        </MapContext.Provider>
      ) : (
        <p className="data-loading" role="status" data-testid="data-loading">
          {t('app.loadingData')}
        </p>
      )}
      {dataset && <DataErrors errors={[...dataset.errors, ...mapErrors]} lang={lang} />}
      <DataUpdateNotice />
      <Attribution lines={start.site.attribution} />
    </div>
  );
}

import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Dataset, FatalDataError } from './data/load';
import { applyLang } from './i18n';
import type { MapController } from './map/controller';
import { MapContext } from './map/MapContext';
import { MapView } from './map/MapView';
import { PlannerMode } from './modes/planner/PlannerMode';
import { DataUpdateNotice } from './pwa/DataUpdateNotice';
import { store, useAppState } from './state/store';
import { PRESENTER_VIEW } from './state/url';
import { Attribution } from './ui/Attribution';
import { DataErrors } from './ui/DataErrors';
import { ErrorScreen } from './ui/ErrorScreen';
import { TopBar } from './ui/TopBar';

// Resident and presenter code loads only when that mode is opened.
const ResidentMode = lazy(() =>
  import('./modes/resident/ResidentMode').then((m) => ({ default: m.ResidentMode })),
);
const PresenterMode = lazy(() =>
  import('./modes/presenter/PresenterMode').then((m) => ({ default: m.PresenterMode })),
);
const PresenterView = lazy(() =>
  import('./modes/presenter/PresenterView').then((m) => ({ default: m.PresenterView })),
);

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; dataset: Dataset }
  | { kind: 'fatal'; file: string; detail: string };

export interface AppProps {
  /** The data set being loaded: main.tsx starts it before React renders, so nothing waits on it. */
  data: Promise<Dataset>;
}

export function App({ data }: AppProps) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const mode = useAppState((s) => s.mode);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [map, setMap] = useState<MapController | null>(null);

  useEffect(() => applyLang(lang), [lang]);
  useEffect(() => {
    data.then(
      (dataset) => {
        performance.mark('app:data');
        setLoad({ kind: 'ready', dataset });
      },
      (e: unknown) =>
        setLoad(
          e instanceof FatalDataError
            ? { kind: 'fatal', file: e.file, detail: e.detail }
            : { kind: 'fatal', file: 'site.json', detail: String(e) },
        ),
    );
  }, [data]);

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
  const { dataset } = load;
  // The presenter's own window (S): notes and timer, no map.
  if (mode === PRESENTER_VIEW)
    return (
      <Suspense fallback={null}>
        <PresenterView dataset={dataset} />
      </Suspense>
    );
  return (
    <div className={`app mode-${mode}`}>
      <MapView dataset={dataset} onAdapter={setMap} />
      {mode !== 'present' && (
        <TopBar
          title={dataset.site.title}
          programme={dataset.site.programme}
          illustrative={dataset.site.illustrative}
          lang={lang}
          mode={mode}
          onLang={(l) => store.set({ lang: l })}
          onMode={(m) => store.set({ mode: m, sel: null })}
        />
      )}
      <MapContext.Provider value={map}>
        <Suspense fallback={null}>
          {mode === 'planner' && <PlannerMode dataset={dataset} />}
          {mode === 'resident' && <ResidentMode dataset={dataset} />}
          {mode === 'present' && <PresenterMode dataset={dataset} />}
        </Suspense>
      </MapContext.Provider>
      <DataErrors errors={dataset.errors} lang={lang} />
      <DataUpdateNotice />
      <Attribution lines={dataset.site.attribution} />
    </div>
  );
}

/**
 * The map element. The adapter is created as soon as the catalogue and site.json are in, once per
 * data set; the layers' data are handed to it when every file is in and checked. After that the
 * store drives it directly through a subscription, so React never re-renders for map changes or
 * map frames.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataError, Dataset, MapStart } from '../data/load';
import { loadLang } from '../i18n';
import { store, useAppState } from '../state/store';
import { ErrorScreen } from '../ui/ErrorScreen';
import { PartBoundary } from '../ui/PartBoundary';
import { MapAdapter, type MapLabel } from './adapter';
import { clickToStore, followStore, styleContext } from './followStore';

// The comparison's second map loads only when someone compares two years.
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));

export interface MapViewProps {
  start: MapStart;
  /** The whole data set, checked; null while the layer files are still being read. */
  dataset: Dataset | null;
  onAdapter?: (adapter: MapAdapter | null) => void;
  /** A data file the map found wrong itself (the PMTiles archive): shown with the data's errors. */
  onDataError?: (e: DataError) => void;
}

export function MapView({ start, dataset, onAdapter, onDataError }: MapViewProps) {
  const ref = useRef<HTMLElement>(null);
  const { t, i18n } = useTranslation();
  const [labels, setLabels] = useState<MapLabel[]>([]);
  const [failed, setFailed] = useState(false);
  const [main, setMain] = useState<MapAdapter | null>(null);
  const comparing = useAppState((s) => s.mode === 'planner' && s.compare !== null);
  // The data set, for a click: it arrives after the map, and a click before it selects nothing.
  const datasetRef = useRef<Dataset | null>(null);
  datasetRef.current = dataset;
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const s = store.get();
    const adapter = createAdapter({
      container,
      start,
      ctx: styleContext(s, start),
      visible: start.catalogue.visible(s.layers),
      onClick: (hit) => {
        if (datasetRef.current) clickToStore(datasetRef.current)(hit);
      },
      onLabels: (next) => setLabels((prev) => (sameLabels(prev, next) ? prev : next)),
      onDataError,
    });
    if (!adapter) {
      // No WebGL2 (or it is switched off): MapLibre could not make its drawing context.
      // The message is in both languages: its English line may still have to be fetched (if it
      // cannot be, the message shows without it rather than not at all).
      void loadLang('en')
        .catch(() => undefined)
        .then(() => setFailed(true));
      return;
    }
    onAdapter?.(adapter);
    setMain(adapter);
    return () => {
      setMain(null);
      onAdapter?.(null);
      adapter.destroy();
    };
  }, [start, onAdapter, onDataError]);
  // The layers' data, when they are in: drawn, and from then on the store drives the map.
  useEffect(() => {
    if (!main || !dataset) return;
    main.setLayers(dataset.layers);
    return followStore(main, dataset, (st) => st.year);
  }, [main, dataset]);
  if (failed) {
    // Both languages, the page's first: someone who cannot read it still learns that WebGL2 is missing.
    const other = i18n.language === 'en' ? 'zh-CN' : 'en';
    return (
      <div className="map-error" data-testid="map" data-map-state="error">
        <ErrorScreen
          title={t('errors.webgl2Title')}
          body={t('errors.webgl2Body')}
          hint={i18n.getFixedT(other)('errors.webgl2Body')}
          hintLang={other}
        />
      </div>
    );
  }
  return (
    <>
      <section ref={ref} className="map" data-testid="map" aria-label={t('app.mapLabel')} />
      {main && dataset && comparing && (
        <PartBoundary>
          <Suspense fallback={null}>
            <CompareView dataset={dataset} main={main} />
          </Suspense>
        </PartBoundary>
      )}
      <section className="visually-hidden" aria-live="polite" data-testid="map-labels">
        <h2>{t('app.labelsOnMap')}</h2>
        <ul>
          {labels.map((l) => (
            <li key={l.id} data-feature-id={l.id}>
              {l.text}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The adapter, or null when the browser cannot give MapLibre a WebGL2 context. */
function createAdapter(o: ConstructorParameters<typeof MapAdapter>[0]): MapAdapter | null {
  try {
    return new MapAdapter(o);
  } catch (e) {
    console.warn('The map could not start:', e);
    return null;
  }
}

const sameLabels = (a: MapLabel[], b: MapLabel[]) =>
  a.length === b.length && a.every((l, i) => l.id === b[i].id && l.text === b[i].text);

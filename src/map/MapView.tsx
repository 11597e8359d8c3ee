/**
 * The map element. The adapter is created once per data set; after that the store drives it
 * directly through a subscription, so React never re-renders for map changes or map frames.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../data/load';
import { pointInZone } from '../metrics/membership';
import { worksInZone } from '../metrics/zoneFilter';
import { type AppState, store } from '../state/store';
import { ErrorScreen } from '../ui/ErrorScreen';
import { MapAdapter, type MapLabel } from './adapter';
import { scaleFor, textScaleFor } from './style/scale';
import type { StyleContext } from './style/styles';

/**
 * The style context of a state: language, scale, and the presenter's dark surround — only over the
 * district's own context map: over a configured base map the district is left as it is.
 */
function styleContext(s: Pick<AppState, 'mode' | 'lang'>, ownBaseMap: boolean): StyleContext {
  return {
    lang: s.lang,
    scale: scaleFor(s),
    text: textScaleFor(s),
    dark: ownBaseMap && s.mode === 'present',
  };
}

export interface MapViewProps {
  dataset: Dataset;
  onAdapter?: (adapter: MapAdapter | null) => void;
}

export function MapView({ dataset, onAdapter }: MapViewProps) {
  const ref = useRef<HTMLElement>(null);
  const { t, i18n } = useTranslation();
  const [labels, setLabels] = useState<MapLabel[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const s = store.get();
    const ownBaseMap = dataset.site.basemap.type === 'none';
    const adapter = createAdapter({
      container,
      dataset,
      ctx: styleContext(s, ownBaseMap),
      visible: dataset.catalogue.visible(s.layers),
      onClick: ({ id, ids, lngLat }) => {
        if (store.get().mode === 'resident') store.set({ at: lngLat, sel: id });
        else {
          // A zone drawn as an outline only (the pilot zone) is still "here" when the click is inside it.
          const all = [...ids];
          for (const [zoneId, shape] of dataset.metrics.zones)
            if (!all.includes(zoneId) && pointInZone(lngLat, shape)) all.push(zoneId);
          store.set({ sel: id ?? null, picked: all.length > 1 ? all : null });
        }
      },
      onLabels: (next) => setLabels((prev) => (sameLabels(prev, next) ? prev : next)),
    });
    if (!adapter) {
      // No WebGL2 (or it is switched off): MapLibre could not make its drawing context.
      setFailed(true);
      return;
    }
    const zoneIds = (zone: string | null) => worksInZone(dataset.metrics, zone);
    adapter.setView(s.status, s.year, zoneIds(s.zone));
    adapter.select(s.sel);
    onAdapter?.(adapter);
    let prev = s;
    let ctx = styleContext(s, ownBaseMap);
    const applyContext = () => {
      const next = styleContext(store.get(), ownBaseMap);
      if (
        next.lang === ctx.lang &&
        next.scale === ctx.scale &&
        next.text === ctx.text &&
        next.dark === ctx.dark
      )
        return;
      ctx = next;
      adapter.setStyleContext(next);
    };
    // The presenter's scale follows the screen: a window moved to the projector re-sizes everything.
    window.addEventListener('resize', applyContext);
    const unsubscribe = store.subscribe(() => {
      const next = store.get();
      if (next.layers !== prev.layers) adapter.setVisible(dataset.catalogue.visible(next.layers));
      if (next.status !== prev.status || next.year !== prev.year || next.zone !== prev.zone)
        adapter.setView(next.status, next.year, zoneIds(next.zone));
      if (next.lang !== prev.lang || next.mode !== prev.mode) applyContext();
      if (next.sel !== prev.sel) adapter.select(next.sel);
      prev = next;
    });
    return () => {
      window.removeEventListener('resize', applyContext);
      unsubscribe();
      onAdapter?.(null);
      adapter.destroy();
    };
  }, [dataset, onAdapter]);
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

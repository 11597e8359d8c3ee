/**
 * What a map takes from the store, for the main map and the comparison's second map alike: the
 * layers shown, the status/year/zone view, selection, and a click's answer back to the store.
 * The store drives the adapter directly, so React never re-renders for map changes.
 */
import type { Dataset, MapStart } from '../data/load';
import { pointInZone } from '../metrics/membership';
import { worksInZone } from '../metrics/zoneFilter';
import { type AppState, store } from '../state/store';
import type { AdapterOptions, MapAdapter } from './adapter';
import { scaleFor, textScaleFor } from './style/scale';
import type { StyleContext } from './style/styles';

/**
 * The style context of a state: language, scale, and the presenter's dark surround — only over the
 * district's own context map: over a configured base map the district is left as it is.
 */
export function styleContext(s: Pick<AppState, 'mode' | 'lang'>, start: MapStart): StyleContext {
  return {
    lang: s.lang,
    scale: scaleFor(s),
    text: textScaleFor(s),
    dark: start.site.basemap.type === 'none' && s.mode === 'present',
  };
}

const sameContext = (a: StyleContext, b: StyleContext) =>
  a.lang === b.lang && a.scale === b.scale && a.text === b.text && a.dark === b.dark;

/** A click or tap on a map: the resident picks a place, the planner selects (and identifies). */
export function clickToStore(dataset: Dataset): AdapterOptions['onClick'] {
  return ({ id, ids, lngLat }) => {
    if (store.get().mode === 'resident') store.set({ at: lngLat, sel: id });
    else {
      // A zone drawn as an outline only (the pilot zone) is still "here" when the click is inside it.
      const all = [...ids];
      for (const [zoneId, shape] of dataset.metrics.zones)
        if (!all.includes(zoneId) && pointInZone(lngLat, shape)) all.push(zoneId);
      store.set({ sel: id ?? null, picked: all.length > 1 ? all : null });
    }
  };
}

/**
 * Applies the store to an adapter now and on every change; `yearOf` says which year this map shows
 * (the main map `year`, the comparison `compare`). Returns the unsubscribe function.
 */
export function followStore(
  adapter: MapAdapter,
  dataset: Dataset,
  yearOf: (s: AppState) => number | null,
): () => void {
  const zoneIds = (s: AppState) => worksInZone(dataset.metrics, s.zone, s.measure);
  let prev = store.get();
  // The map may have started before the store changed (a language switched while the data were
  // still loading): everything is applied once now, then on each change.
  let ctx: StyleContext | null = null;
  const applyContext = () => {
    const next = styleContext(store.get(), dataset);
    if (ctx && sameContext(next, ctx)) return;
    ctx = next;
    adapter.setStyleContext(next);
  };
  applyContext();
  adapter.setVisible(dataset.catalogue.visible(prev.layers));
  adapter.setView(prev.status, yearOf(prev), zoneIds(prev));
  adapter.select(prev.sel);
  // The presenter's scale follows the screen: a window moved to the projector re-sizes everything.
  window.addEventListener('resize', applyContext);
  const unsubscribe = store.subscribe(() => {
    const next = store.get();
    if (next.layers !== prev.layers) adapter.setVisible(dataset.catalogue.visible(next.layers));
    if (
      next.status !== prev.status ||
      yearOf(next) !== yearOf(prev) ||
      next.zone !== prev.zone ||
      next.measure !== prev.measure
    )
      adapter.setView(next.status, yearOf(next), zoneIds(next));
    if (next.lang !== prev.lang || next.mode !== prev.mode) applyContext();
    if (next.sel !== prev.sel) adapter.select(next.sel);
    prev = next;
  });
  return () => {
    window.removeEventListener('resize', applyContext);
    unsubscribe();
  };
}

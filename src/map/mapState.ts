/**
 * The test hook of docs/ARCHITECTURE.md: `data-map-state` on the map container is `loading` until
 * MapLibre's `idle`, `idle` then, and `loading` again as soon as the map moves or loads data.
 * `ready` says whether the layers' data are in: the map starts before them, and an idle map
 * without them is not yet the map anyone asked for.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function attachMapState(map: MapLibreMap, el: HTMLElement, ready: () => boolean): void {
  const set = (s: 'loading' | 'idle' | 'error') => {
    if (el.dataset.mapState !== s) el.dataset.mapState = s;
  };
  set('loading');
  performance.mark('map:create');
  map.once('style.load', () => performance.mark('map:style'));
  let marked = false;
  map.on('idle', () => {
    if (!ready()) return;
    if (!marked) performance.mark('map:idle');
    marked = true;
    set('idle');
  });
  map.on('movestart', () => set('loading'));
  map.on('dataloading', () => set('loading'));
  map.on('styledata', () => {
    if (!map.loaded()) set('loading');
  });
  map.on('webglcontextlost', () => set('loading'));
}

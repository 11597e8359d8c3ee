/**
 * The test hook of docs/ARCHITECTURE.md: `data-map-state` on the map container is `loading` until
 * MapLibre's `idle`, `idle` then, and `loading` again as soon as the map moves or loads data.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function attachMapState(map: MapLibreMap, el: HTMLElement): void {
  const set = (s: 'loading' | 'idle' | 'error') => {
    if (el.dataset.mapState !== s) el.dataset.mapState = s;
  };
  set('loading');
  performance.mark('map:create');
  map.once('style.load', () => performance.mark('map:style'));
  map.once('idle', () => performance.mark('map:idle'));
  map.on('idle', () => set('idle'));
  map.on('movestart', () => set('loading'));
  map.on('dataloading', () => set('loading'));
  map.on('styledata', () => {
    if (!map.loaded()) set('loading');
  });
  map.on('webglcontextlost', () => set('loading'));
}

/**
 * Keeps two maps' cameras together: a drag, zoom or flight on either moves the other in the same
 * frame. @mapbox/mapbox-gl-sync-move does it (and guards against the two moving each other in a
 * loop); it only calls `jumpTo` and `on/off('move')`, which MapLibre's Map has too.
 */
import syncMove from '@mapbox/mapbox-gl-sync-move';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Puts `b` where `a` is, then keeps them together; returns the function that stops it. */
export function syncCameras(a: MapLibreMap, b: MapLibreMap): () => void {
  b.jumpTo({ center: a.getCenter(), zoom: a.getZoom(), bearing: a.getBearing(), pitch: a.getPitch() });
  return syncMove(a, b);
}

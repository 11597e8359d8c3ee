/**
 * The camera of a MapLibre map as the app speaks of it: where it looks (`CameraView`), its bounds,
 * fitting a box, and who moved it (`origin`, passed with the move and read back at `moveend`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CameraView } from './controller';

export interface FitOptions {
  padding?: number | { top: number; bottom: number; left: number; right: number };
  maxZoom?: number;
  duration?: number;
  /** tags the move, so `onMoveEnd` listeners can tell who moved it (default 'app') */
  origin?: string;
}

/** Where the camera looks now. */
export function cameraOf(map: MapLibreMap): CameraView {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}

/** The camera's bounds now, [west, south, east, north]. */
export function boundsOf(map: MapLibreMap): [number, number, number, number] {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
}

/** Moves the camera to show the box [west, south, east, north]. */
export function fitBox(map: MapLibreMap, b: [number, number, number, number], opts: FitOptions = {}): void {
  map.fitBounds(
    [b[0], b[1], b[2], b[3]],
    { padding: opts.padding ?? 60, maxZoom: opts.maxZoom ?? 17, duration: opts.duration ?? 1200 },
    { origin: opts.origin ?? 'app' },
  );
}

/** Calls `cb` with the move's origin at the end of every camera move; returns the unsubscribe. */
export function onMoveEnd(map: MapLibreMap, cb: (origin: string | undefined) => void): () => void {
  // eventData passed to flyTo/fitBounds is merged into the event object.
  const handler = (e: object) => cb((e as { origin?: string }).origin);
  map.on('moveend', handler);
  return () => map.off('moveend', handler);
}

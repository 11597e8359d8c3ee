/**
 * MapLibre v6 is ESM-only and must be told where its worker is, or under Vite the map stays blank
 * with "Worker failed to load". `?url` makes Vite emit the worker as its own hashed file.
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

/** Starts MapLibre's worker pool ahead of the map, while the data set is still loading. */
export function prewarmMap(): void {
  prewarm();
}

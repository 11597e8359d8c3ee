/**
 * MapLibre v6 is ESM-only and must be told where its worker is, or under Vite the map stays blank
 * with "Worker failed to load". `?worker&url` makes Vite bundle the worker as its own hashed file —
 * through build.target, so its class static blocks are lowered for Safari before 16.4 like the
 * main bundle's (a plain `?url` copied it untouched).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);

/** Starts MapLibre's worker pool ahead of the map, while the data set is still loading. */
export function prewarmMap(): void {
  prewarm();
}

declare module '@mapbox/mapbox-gl-sync-move' {
  import type { Map as MapLibreMap } from 'maplibre-gl';
  /** Syncs the cameras of the maps; returns the function that stops syncing. */
  export default function syncMove(...maps: MapLibreMap[]): () => void;
}

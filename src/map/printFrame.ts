/**
 * The outline of the ground a printed page will show, drawn on the map while the print panel is
 * open, so the planner can move the map until the page holds what it should. Added the first time
 * it is shown; never part of an exported picture (./picture.ts leaves it out).
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

export const PRINT_FRAME = 'print-frame';

/** `scale` is the map's style scale (larger on a 4K screen), as the other overlays use it. */
export function setPrintFrame(map: MapLibreMap, ring: [number, number][] | null, scale: number): void {
  const data: GeoJSON.FeatureCollection = {
    type: 'FeatureCollection',
    features: ring
      ? [
          {
            type: 'Feature',
            properties: {},
            geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] },
          },
        ]
      : [],
  };
  const source = map.getSource(PRINT_FRAME) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
    map.setPaintProperty(`${PRINT_FRAME}-casing`, 'line-width', 5 * scale);
    map.setPaintProperty(PRINT_FRAME, 'line-width', 2 * scale);
    return;
  }
  if (!ring) return;
  map.addSource(PRINT_FRAME, { type: 'geojson', data });
  // Above everything: a white casing under a dark dashed line reads on every fill and on the river.
  map.addLayer({
    id: `${PRINT_FRAME}-casing`,
    type: 'line',
    source: PRINT_FRAME,
    paint: { 'line-color': '#ffffff', 'line-width': 5 * scale, 'line-opacity': 0.9 },
  });
  map.addLayer({
    id: PRINT_FRAME,
    type: 'line',
    source: PRINT_FRAME,
    paint: { 'line-color': '#1d1d1f', 'line-width': 2 * scale, 'line-dasharray': [4, 2] },
  });
}

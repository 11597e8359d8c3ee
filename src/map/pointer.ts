/**
 * What the pointer does on the map: a click or tap reports every feature under it (top first, each
 * once) and where it was; hovering a feature shows the pointer cursor. While `paused()` (measuring)
 * the map's clicks belong to the measure tool and select nothing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AdapterOptions, MapLabel } from './adapter';

export function bindPointer(
  map: MapLibreMap,
  layers: () => string[],
  paused: () => boolean,
  onClick: AdapterOptions['onClick'],
): void {
  const hit = (point: { x: number; y: number }, pad: number) => {
    const box: [[number, number], [number, number]] = [
      [point.x - pad, point.y - pad],
      [point.x + pad, point.y + pad],
    ];
    const features = map.queryRenderedFeatures(box, { layers: layers() });
    // Top first; each feature once (a polygon is drawn by several layers).
    const ids = features.map((f) => f.properties?.id).filter((id): id is string => typeof id === 'string');
    return [...new Set(ids)];
  };
  map.on('click', (e) => {
    if (paused()) return;
    const ids = hit(e.point, 6);
    onClick({ id: ids[0] ?? null, ids, lngLat: [e.lngLat.lng, e.lngLat.lat] });
  });
  map.on('mousemove', (e) => {
    if (paused()) return;
    map.getCanvas().style.cursor = hit(e.point, 3).length ? 'pointer' : '';
  });
}

/** The labels of these label layers that MapLibre actually placed on screen, each id once. */
export function renderedLabels(map: MapLibreMap, labelLayers: string[], lang: 'zh' | 'en'): MapLabel[] {
  const seen = new Map<string, MapLabel>();
  for (const f of map.queryRenderedFeatures({ layers: labelLayers })) {
    const id = String(f.properties?.id ?? '');
    const layer = f.layer.id.replace(/-label$/, '') as MapLabel['layer'];
    const text = String(f.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? '');
    if (id && !seen.has(id)) seen.set(id, { id, layer, text });
  }
  return [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
}

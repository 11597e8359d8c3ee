/**
 * Overlays that are not data layers: the resident's chosen place and its walking circle, or the
 * marker of a place a planner searched for.
 * Drawn above the sites, below the labels.
 */

import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { withSharedProgram } from './sharedPrograms';

export interface Place {
  point: Feature<Point>;
  /** the resident's walking circle; none for a planner's search marker */
  circle?: Feature<Polygon>;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const PLACE_COLOR = '#0b5c8a';

export function addPlaceLayers(map: MapLibreMap, beforeId: string | undefined, scale: number): void {
  map.addSource('place', { type: 'geojson', data: EMPTY });
  map.addLayer(
    withSharedProgram({
      id: 'place-circle',
      type: 'fill',
      source: 'place',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': PLACE_COLOR, 'fill-opacity': 0.07 },
    }),
    beforeId,
  );
  map.addLayer(
    withSharedProgram({
      id: 'place-circle-outline',
      type: 'line',
      source: 'place',
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': PLACE_COLOR, 'line-width': 2 * scale, 'line-dasharray': ['literal', [3, 2]] },
    }),
    beforeId,
  );
  map.addLayer(
    withSharedProgram({
      id: 'place-point',
      type: 'circle',
      source: 'place',
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 8 * scale,
        'circle-color': PLACE_COLOR,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 3 * scale,
      },
    }),
    beforeId,
  );
}

export function setPlace(map: MapLibreMap, place: Place | null): void {
  const source = map.getSource('place') as GeoJSONSource | undefined;
  const features = place ? (place.circle ? [place.circle, place.point] : [place.point]) : [];
  source?.setData({ type: 'FeatureCollection', features });
}

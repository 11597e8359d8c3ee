/**
 * Overlays that are not data layers: the resident's chosen place, its walking circle and the
 * numbers of the answer's rows, or the marker of a place a planner searched for. The circle is
 * drawn above the sites and below the labels; the numbers and the dot above every label.
 */

import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { withSharedProgram } from './sharedPrograms';
import { FONT_STACK_BOLD } from './style/styles';

export interface Place {
  point: Feature<Point>;
  /** the resident's walking circle; none for a planner's search marker */
  circle?: Feature<Polygon>;
  /** numbered markers tying the resident's rows to the map (`n` in the properties) */
  marks?: Feature<Point, { n: number }>[];
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
  // above every label: added last, with no layer before them
  map.addSource('place-marks', { type: 'geojson', data: EMPTY });
  map.addLayer(
    withSharedProgram({
      id: 'place-marks',
      type: 'circle',
      source: 'place-marks',
      paint: {
        'circle-radius': 10 * scale,
        'circle-color': '#ffffff',
        'circle-stroke-color': PLACE_COLOR,
        'circle-stroke-width': 2 * scale,
      },
    }),
  );
  map.addLayer({
    id: 'place-marks-n',
    type: 'symbol',
    source: 'place-marks',
    layout: {
      'text-field': ['to-string', ['get', 'n']],
      'text-font': FONT_STACK_BOLD,
      'text-size': 12 * scale,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: { 'text-color': PLACE_COLOR },
  });
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
  );
}

export function setPlace(map: MapLibreMap, place: Place | null): void {
  const source = map.getSource('place') as GeoJSONSource | undefined;
  const features = place ? (place.circle ? [place.circle, place.point] : [place.point]) : [];
  source?.setData({ type: 'FeatureCollection', features });
  const marks = map.getSource('place-marks') as GeoJSONSource | undefined;
  marks?.setData(place?.marks ? { type: 'FeatureCollection', features: place.marks } : EMPTY);
}

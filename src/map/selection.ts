/**
 * The ring around the selected feature (a click, a search result, a list row) and around the
 * features a presenter's step highlights: a small GeoJSON source holding copies of just those
 * features, drawn above every shape and below the labels. A work's ring keeps the works' status,
 * year and zone filter, so a feature the view hides shows no ring either.
 *
 * Each layer used to carry a ring layer of its own over all its features, drawn at width 0 unless
 * a feature state said otherwise: MapLibre built, uploaded and drew that second copy of every
 * feature, a third of the time to the first picture of 100,000 tiled works.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { withSharedProgram } from './sharedPrograms';
import { BASE } from './style/colors';
import { STATUS_FILTER } from './style/styles';

export const SELECTION_SOURCE = 'selection';

/** A feature to ring, and whether the works' view filter applies to it (zones are always ringed). */
export interface Ringed {
  feature: Feature;
  filtered: boolean;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Set on the copies: whether the works' filter applies (a name no data property uses). */
const FILTERED = '__ring_filtered';
const IN_VIEW: ExpressionSpecification = ['any', ['!', ['to-boolean', ['get', FILTERED]]], STATUS_FILTER];
const POINTS: ExpressionSpecification = ['literal', ['Point', 'MultiPoint']];

export function addSelectionLayers(map: MapLibreMap, beforeId: string | undefined, scale: number): void {
  map.addSource(SELECTION_SOURCE, { type: 'geojson', data: EMPTY });
  map.addLayer(
    withSharedProgram({
      id: 'selection-line',
      type: 'line',
      source: SELECTION_SOURCE,
      filter: ['all', ['!', ['in', ['geometry-type'], POINTS]], IN_VIEW],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASE.highlight, 'line-width': 4 * scale },
    }),
    beforeId,
  );
  map.addLayer(
    withSharedProgram({
      id: 'selection-circle',
      type: 'circle',
      source: SELECTION_SOURCE,
      filter: ['all', ['in', ['geometry-type'], POINTS], IN_VIEW],
      paint: {
        'circle-radius': 11 * scale,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': BASE.highlight,
        'circle-stroke-width': 3 * scale,
      },
    }),
    beforeId,
  );
}

/** Rings exactly these features (none: no ring). */
export function setSelection(map: MapLibreMap, ringed: readonly Ringed[]): void {
  const features = ringed.map(({ feature, filtered }) => ({
    type: 'Feature' as const,
    geometry: feature.geometry,
    properties: { ...feature.properties, [FILTERED]: filtered },
  }));
  (map.getSource(SELECTION_SOURCE) as GeoJSONSource | undefined)?.setData({
    type: 'FeatureCollection',
    features,
  });
}

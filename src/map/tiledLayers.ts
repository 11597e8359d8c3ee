/**
 * Layers drawn from one PMTiles archive instead of GeoJSON (site.json `layers_pmtiles`, made by
 * `npm run tiles`): one vector source holds every layer as a tile layer named by the layer id, so
 * the registry's specs only change source (and gain `source-layer`). Large data sets then load
 * only the tiles in view, by HTTP Range from any static host.
 */
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { DATA_BASE } from '../data/load';
import type { SiteConfig } from '../data/types';

export const TILED_SOURCE = 'layers-pmtiles';

/** The vector source of the archive site.json names, or null when it names none. */
export function tiledSource(site: SiteConfig, baseURI: string): VectorSourceSpecification | null {
  if (!site.layers_pmtiles) return null;
  const url = new URL(site.layers_pmtiles, new URL(DATA_BASE, baseURI)).href;
  return { type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' };
}

/** A registry spec reading `layerIds`' GeoJSON sources, rewritten to read the archive instead. */
export function tiledSpec(spec: LayerSpecification, layerIds: ReadonlySet<string>): LayerSpecification {
  if (!('source' in spec) || typeof spec.source !== 'string' || !layerIds.has(spec.source)) return spec;
  return { ...spec, source: TILED_SOURCE, 'source-layer': spec.source } as LayerSpecification;
}

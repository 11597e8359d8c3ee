/**
 * What the unit tests share about the layer catalogue: the shipped catalogue (loaded and checked
 * by the same Node loader the CLIs use), the shipped layers, and a Metrics maker for fixtures.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { loadCatalogue } from '../../../scripts/catalogue';
import type { Catalogue } from '../../../src/catalogue/catalogue';
import type { CatalogueFile } from '../../../src/catalogue/types';
import { Metrics } from '../../../src/metrics/metrics';

export { loadCatalogue };

let shipped: Catalogue | null = null;
/** The shipped catalogue, public/geo/layers.json (loaded once). */
export function shippedCatalogue(): Catalogue {
  shipped ??= loadCatalogue();
  return shipped;
}

/** A fresh, mutable copy of the shipped layers.json (for breaking one entry in a test). */
export function catalogueFile(): CatalogueFile {
  return JSON.parse(readFileSync('public/geo/layers.json', 'utf8')) as CatalogueFile;
}

/** One shipped layer file, public/geo/<id>.geojson. */
export function readLayer(id: string): FeatureCollection {
  return JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8')) as FeatureCollection;
}

/** Every layer of the shipped catalogue, read from public/geo. */
export function shippedLayers(): Map<string, FeatureCollection> {
  return new Map(shippedCatalogue().ids.map((id) => [id, readLayer(id)]));
}

/** The metrics function over some layers (a Map or a plain object), with the shipped catalogue by default. */
export function metricsOf(
  layers: ReadonlyMap<string, FeatureCollection> | Record<string, FeatureCollection>,
  catalogue: Catalogue = shippedCatalogue(),
): Metrics {
  const map = layers instanceof Map ? layers : new Map(Object.entries(layers));
  return new Metrics(catalogue, map);
}

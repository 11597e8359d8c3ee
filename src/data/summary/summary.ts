/**
 * The panels' summary of a data set drawn from PMTiles (`layers.summary.json`, written by
 * `npm run tiles` next to the archive, named by site.json's `layers_summary`): the layers as they
 * passed `npm run validate`, with what the metrics function would otherwise work out on the page —
 * which features lie in which zone (with their km) and each feature's own length and area —
 * computed by the same metrics code. The data worker then only checks its shape
 * (./checkSummary.ts) instead of re-validating every feature and clipping every line, so the
 * panels of a large data set are ready seconds sooner, with the same figures.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../../catalogue/catalogue';
import { type LayerSizes, Metrics } from '../../metrics/metrics';
import { type ZoneIndex, zoneIndexOf } from '../../metrics/zoneIndex';
import type { LayerId } from '../types';

export const SUMMARY_FORMAT = 'old-town-renewal-map/summary';
export const SUMMARY_VERSION = 1;

export interface Summary {
  format: typeof SUMMARY_FORMAT;
  version: typeof SUMMARY_VERSION;
  /** the layers' features, in catalogue order, exactly as validated */
  layers: Array<[LayerId, FeatureCollection]>;
  /** which features of each layer lie in each zone (src/metrics/zoneIndex.ts) */
  zones: ZoneIndex;
  /** each feature's length (lines) and area (polygons), by feature index; null where all are 0 */
  sizes: LayerSizes;
}

/** Rounds a size to what no figure can tell apart (a millimetre, a thousandth of a 亩). */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** The summary of validated layers, worked out with the metrics function's own code. */
export function buildSummary(catalogue: Catalogue, layers: ReadonlyMap<LayerId, FeatureCollection>): Summary {
  const ordered = catalogue.layers.flatMap((def) => {
    const fc = layers.get(def.id);
    return fc ? [[def.id, fc] as [LayerId, FeatureCollection]] : [];
  });
  const metrics = new Metrics(catalogue, new Map(ordered));
  const sizes: LayerSizes = ordered.map(([id, fc]) => {
    const all = fc.features.map((f) => metrics.size(f));
    const km = all.some((s) => s.km > 0) ? all.map((s) => round(s.km)) : null;
    const mu = all.some((s) => s.mu > 0) ? all.map((s) => round(s.mu)) : null;
    return [id, { km, mu }];
  });
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    layers: ordered,
    zones: zoneIndexOf(metrics),
    sizes,
  };
}

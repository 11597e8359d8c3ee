/**
 * What planner mode derives from the data set once: features by id and their layer, and the works
 * that name another feature (an elevator's community), for the feature panel's links. Every figure
 * comes from the metrics function (dataset.metrics), not from here.
 */
import type { Feature } from 'geojson';
import { useMemo } from 'react';
import type { Catalogue } from '../../catalogue/catalogue';
import type { Dataset } from '../../data/load';
import type { LayerId } from '../../data/types';
import { type ZoneSummary, zoneSummary } from '../../metrics/zoneSummary';

export interface IndexedFeature {
  layer: LayerId;
  feature: Feature;
}

export interface PlannerData {
  catalogue: Catalogue;
  byId: Map<string, IndexedFeature>;
  /** The zones' ids in catalogue order (the priority areas, then the pilot zone). */
  zoneIds: string[];
  /** Features that name this id in a ref field, by referenced id (a community's elevators). */
  referencedBy: Map<string, IndexedFeature[]>;
}

export function usePlannerData(dataset: Dataset): PlannerData {
  return useMemo(() => {
    const { catalogue } = dataset;
    const byId = new Map<string, IndexedFeature>();
    const referencedBy = new Map<string, IndexedFeature[]>();
    for (const entry of catalogue.sites) {
      const refs = catalogue.fields(entry.id).filter((f) => f.type === 'ref' && f.key !== 'area');
      for (const feature of dataset.layers.get(entry.id)?.features ?? []) {
        const id = feature.properties?.id;
        if (typeof id === 'string') byId.set(id, { layer: entry.id, feature });
        for (const r of refs) {
          const target = feature.properties?.[r.key];
          if (typeof target === 'string')
            referencedBy.set(target, [...(referencedBy.get(target) ?? []), { layer: entry.id, feature }]);
        }
      }
    }
    return { catalogue, byId, zoneIds: [...dataset.metrics.zones.keys()], referencedBy };
  }, [dataset]);
}

/** The summary of every zone at the end of `year` (null: today), keyed by zone id. */
export function useZoneSummaries(
  dataset: Dataset,
  data: PlannerData,
  year: number | null,
): Map<string, ZoneSummary> {
  return useMemo(() => {
    const out = new Map<string, ZoneSummary>();
    for (const id of data.zoneIds) {
      const s = zoneSummary(dataset.metrics, id, year);
      if (s) out.set(id, s);
    }
    return out;
  }, [dataset, data, year]);
}

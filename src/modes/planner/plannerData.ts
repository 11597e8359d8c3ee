/**
 * What planner mode derives from the data set once: features by id, the works in each zone, and
 * elevators by community. Everything year-dependent is computed from these cheaply.
 */
import type { Feature } from 'geojson';
import { useMemo } from 'react';
import type { Dataset } from '../../data/load';
import {
  membersByZone,
  type Zone,
  type ZoneMembers,
  type ZoneStats,
  zoneStats,
  zonesOf,
} from '../../data/stats';
import type { LayerId } from '../../data/types';

export interface IndexedFeature {
  layer: LayerId;
  feature: Feature;
}

export interface PlannerData {
  byId: Map<string, IndexedFeature>;
  zones: Zone[];
  members: Map<string, ZoneMembers>;
  elevatorsByCommunity: Map<string, Feature[]>;
}

export function usePlannerData(dataset: Dataset): PlannerData {
  return useMemo(() => {
    const byId = new Map<string, IndexedFeature>();
    for (const [layer, fc] of dataset.layers) {
      if (layer === 'context') continue;
      for (const feature of fc.features) {
        const id = feature.properties?.id;
        if (typeof id === 'string') byId.set(id, { layer, feature });
      }
    }
    const elevatorsByCommunity = new Map<string, Feature[]>();
    for (const f of dataset.layers.get('elevators')?.features ?? []) {
      const c = String(f.properties?.community ?? '');
      elevatorsByCommunity.set(c, [...(elevatorsByCommunity.get(c) ?? []), f]);
    }
    return {
      byId,
      zones: zonesOf(dataset.layers),
      members: membersByZone(dataset.layers),
      elevatorsByCommunity,
    };
  }, [dataset]);
}

/** Statistics of every zone at the end of `year` (null: today), keyed by zone id. */
export function useZoneStats(data: PlannerData, year: number | null): Map<string, ZoneStats> {
  return useMemo(() => {
    const out = new Map<string, ZoneStats>();
    for (const z of data.zones) {
      const id = String(z.properties?.id ?? '');
      const m = data.members.get(id);
      if (m) out.set(id, zoneStats(z, m, year));
    }
    return out;
  }, [data, year]);
}

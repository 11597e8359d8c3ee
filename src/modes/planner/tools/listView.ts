/**
 * What the feature list shows, shared by the list and its exports so both show the same rows:
 * the map's layers, statuses, year, zone (`zone=`) and measure (`measure=`), and with "only in
 * view" the camera's bounds.
 */
import { useEffect, useMemo, useState } from 'react';
import { type FeatureRecord, type ListFilter, listRecords } from '../../../data/exportData';
import type { Dataset } from '../../../data/load';
import type { MapController } from '../../../map/controller';
import { useMapController } from '../../../map/MapContext';
import { worksInZone } from '../../../metrics/zoneFilter';
import { type AppState, store, useAppState } from '../../../state/store';

/** The list's filter for a state; `bounds` is asked for only when "only in view" is on. */
export function listFilter(
  dataset: Dataset,
  s: Pick<AppState, 'layers' | 'status' | 'year' | 'zone' | 'measure' | 'inView'>,
  bounds: (() => [number, number, number, number]) | null,
): ListFilter {
  return {
    layers: s.layers,
    status: s.status,
    year: s.year,
    zoneIds: worksInZone(dataset.metrics, s.zone, s.measure),
    bbox: s.inView && bounds ? bounds() : null,
  };
}

/** The list's filter now (for an export). */
export function currentListFilter(dataset: Dataset, map: MapController | null): ListFilter {
  return listFilter(dataset, store.get(), map ? () => map.bounds() : null);
}

/** The rows of the list, following the state and, with "only in view", every camera move. */
export function useListRecords(dataset: Dataset): FeatureRecord[] {
  const map = useMapController();
  const layers = useAppState((s) => s.layers);
  const status = useAppState((s) => s.status);
  const year = useAppState((s) => s.year);
  const zone = useAppState((s) => s.zone);
  const measure = useAppState((s) => s.measure);
  const inView = useAppState((s) => s.inView);
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    if (!map || !inView) return;
    return map.onMoveEnd(() => setMoves((n) => n + 1));
  }, [map, inView]);
  return useMemo(
    () => {
      void moves;
      const f = listFilter(
        dataset,
        { layers, status, year, zone, measure, inView },
        map ? () => map.bounds() : null,
      );
      return listRecords(dataset, f);
    },
    // `moves` re-reads the camera's bounds after each move.
    [dataset, map, layers, status, year, zone, measure, inView, moves],
  );
}

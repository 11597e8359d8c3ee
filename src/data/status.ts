/**
 * The status a feature had at the end of a year — the same rule as the map's style expression
 * (`EFFECTIVE_STATUS` in src/map/style/styles.ts), so lists, counts and the map always agree.
 */
import type { FeatureCollection } from 'geojson';
import type { Dataset } from './load';
import type { LayerId, Status } from './types';

/**
 * Completed if its year is at or before `year`; under construction if its works started by then;
 * planned otherwise. With `year` null, the status the data gives.
 */
export function effectiveStatus(props: Record<string, unknown>, year: number | null): Status {
  if (year === null) return props.status as Status;
  const done = typeof props.year === 'number' ? props.year : 9999;
  if (done <= year) return 'completed';
  const start = typeof props.start === 'string' ? Number(props.start.slice(0, 4)) : 9999;
  return (Number.isFinite(start) ? start : 9999) <= year ? 'under_construction' : 'planned';
}

export interface ViewFilter {
  /** as in the link: null = every layer */
  layers: readonly LayerId[] | null;
  status: readonly Status[];
  year: number | null;
  /** A zone filter: only the works with these ids (src/metrics/zoneFilter.ts); absent or null: all. */
  zoneIds?: ReadonlySet<string> | null;
}

/** The features the map shows for these layers, statuses, year and zone, per layer in catalogue order. */
export function visibleFeatures(
  dataset: Pick<Dataset, 'layers' | 'catalogue'>,
  view: ViewFilter,
): Array<[LayerId, FeatureCollection]> {
  const out: Array<[LayerId, FeatureCollection]> = [];
  const shown = dataset.catalogue.visible(view.layers);
  for (const def of dataset.catalogue.layers) {
    const fc = dataset.layers.get(def.id);
    if (!fc || !shown.includes(def.id)) continue;
    const zone = view.zoneIds;
    const features = def.status
      ? fc.features.filter(
          (f) =>
            view.status.includes(effectiveStatus(f.properties ?? {}, view.year)) &&
            (!zone || zone.has(String(f.properties?.id))),
        )
      : fc.features;
    out.push([def.id, { type: 'FeatureCollection', features }]);
  }
  return out;
}

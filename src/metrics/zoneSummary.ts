/**
 * A zone's panel, from the metrics function: its own area and households, and for every work layer
 * each panel measure split by status, plus all works inside by status. The numbers of a priority
 * area or the pilot zone are computed from the geometry and the data — never read from a typed-in
 * figure — by the membership rule of src/metrics/membership.ts.
 */
import { FEATURES } from '../catalogue/catalogue';
import type { MeasureDef } from '../catalogue/types';
import { STATUSES, type Status } from '../data/types';
import { M2_PER_HA, M2_PER_MU } from '../data/units';
import type { Metrics, MetricValue } from './metrics';

export type StatusCounts = Record<Status, number> & { total: number };

export interface ZoneRow {
  layer: string;
  measure: MeasureDef;
  value: MetricValue;
}

export interface ZoneSummary {
  id: string;
  /** the zone layer the zone is a feature of */
  layer: string;
  mu: number;
  ha: number;
  /** the zone's own households (a measure of its layer), or null */
  households: number | null;
  /** each work layer's panel measures inside the zone */
  rows: ZoneRow[];
  /** every work inside, by status */
  works: StatusCounts;
  /** completed works / all works inside; null when the zone has none */
  shareCompleted: number | null;
}

export function zoneSummary(metrics: Metrics, zoneId: string, year: number | null): ZoneSummary | null {
  const { catalogue } = metrics;
  const layer = catalogue.zones.find((z) =>
    metrics.layers.get(z.id)?.features.some((f) => f.properties?.id === zoneId),
  )?.id;
  if (!layer) return null;
  const own = (measure: string) => metrics.value({ layer, measure, zone: zoneId, year });
  const mu = own('mu')?.total ?? 0;
  const households = own('households');
  const rows: ZoneRow[] = [];
  const works: StatusCounts = { planned: 0, under_construction: 0, completed: 0, total: 0 };
  for (const w of catalogue.works) {
    if (!metrics.layers.has(w.id)) continue;
    for (const measure of catalogue.panelMeasures(w.id)) {
      const value = metrics.value({ layer: w.id, measure: measure.id, zone: zoneId, year });
      if (value) rows.push({ layer: w.id, measure, value });
    }
    const n = metrics.value({ layer: w.id, measure: FEATURES, zone: zoneId, year });
    if (!n) continue;
    for (const s of STATUSES) works[s] += n[s];
    works.total += n.total;
  }
  return {
    id: zoneId,
    layer,
    mu,
    ha: (mu * M2_PER_MU) / M2_PER_HA,
    households: households && households.withValue > 0 ? households.total : null,
    rows,
    works,
    shareCompleted: works.total ? works.completed / works.total : null,
  };
}

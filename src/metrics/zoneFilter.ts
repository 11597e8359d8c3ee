/**
 * The works a zone filter (`zone=` in the link) keeps: every work layer's features in the zone by
 * the metrics' own membership rule (src/metrics/membership.ts), so what the map and the list show
 * for a zone is exactly what the cross-table and the zone panels count.
 */
import { DISTRICT, type Metrics } from './metrics';

/** Ids of the works in `zone`; null when there is no zone filter (or the zone is unknown). */
export function worksInZone(metrics: Metrics, zone: string | null): ReadonlySet<string> | null {
  if (!zone || zone === DISTRICT || !metrics.hasZone(zone)) return null;
  const ids = new Set<string>();
  for (const e of metrics.catalogue.works)
    for (const f of metrics.features({ layer: e.id, zone })) {
      const id = f.properties?.id;
      if (typeof id === 'string') ids.add(id);
    }
  return ids;
}

/**
 * The works a zone filter (`zone=` in the link) keeps: every work layer's features in the zone by
 * the metrics' own membership rule (src/metrics/membership.ts), so what the map and the list show
 * for a zone is exactly what the cross-table and the zone panels count.
 */
import { matches } from '../catalogue/catalogue';
import { DISTRICT, type Metrics } from './metrics';

/**
 * Ids of the works in `zone` and, with `measure` (`layer.measure`, from a cross-table cell), only
 * those of that layer the measure counts (its `where`); null when neither filters anything.
 */
export function worksInZone(
  metrics: Metrics,
  zone: string | null,
  measure: string | null = null,
): ReadonlySet<string> | null {
  const inZone = zone && zone !== DISTRICT && metrics.hasZone(zone) ? zone : null;
  const only = metrics.catalogue.filteringMeasure(measure);
  if (!inZone && !only) return null;
  const ids = new Set<string>();
  for (const e of metrics.catalogue.works)
    for (const f of metrics.features({ layer: e.id, zone: inZone ?? DISTRICT })) {
      const id = f.properties?.id;
      if (typeof id !== 'string') continue;
      if (only && e.id === only.layer && !matches(only.where, f.properties ?? {})) continue;
      ids.add(id);
    }
  return ids;
}

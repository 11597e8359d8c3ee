/**
 * The cross-table of the programme: rows are the zones (the priority areas, the pilot zone, then
 * the whole district), columns every measure of every work layer in the catalogue, and each cell
 * is one call of the metrics function — split by status, at the end of the year asked for.
 */
import type { Catalogue } from '../catalogue/catalogue';
import type { MeasureDef } from '../catalogue/types';
import { DISTRICT, type Metrics, type MetricValue } from './metrics';

export interface CrossColumn {
  layer: string;
  measure: MeasureDef;
}

export interface CrossRow {
  /** a zone's feature id, or `district` */
  zone: string;
  /** the zone's layer (null for the district) */
  layer: string | null;
  name: string;
  name_en: string;
}

/** Every measure of every work layer, in catalogue order. */
export function crossColumns(catalogue: Catalogue): CrossColumn[] {
  return catalogue.works.flatMap((e) => e.measures.map((measure) => ({ layer: e.id, measure })));
}

/** The zones in catalogue order (the priority areas, then the pilot zone), then the district. */
export function crossRows(metrics: Metrics, district: { zh: string; en: string }): CrossRow[] {
  const rows: CrossRow[] = [];
  for (const z of metrics.catalogue.zones)
    for (const f of metrics.layers.get(z.id)?.features ?? []) {
      const p = f.properties ?? {};
      if (typeof p.id !== 'string' || !metrics.zones.has(p.id)) continue;
      const name = typeof p.name === 'string' ? p.name : p.id;
      rows.push({ zone: p.id, layer: z.id, name, name_en: typeof p.name_en === 'string' ? p.name_en : name });
    }
  rows.push({ zone: DISTRICT, layer: null, name: district.zh, name_en: district.en });
  return rows;
}

/** One cell: the metrics function for this zone, layer, measure and year. */
export function crossCell(
  metrics: Metrics,
  row: CrossRow,
  col: CrossColumn,
  year: number | null,
): MetricValue | null {
  return metrics.value({ layer: col.layer, measure: col.measure.id, zone: row.zone, year });
}

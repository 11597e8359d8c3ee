/**
 * What the end slide shows, as pure functions: the programme's headline figures (each work layer's
 * headline measure over the district, from the one metrics function, split by status) and the
 * address the QR code sends the room to (resident mode of the map's public address).
 */
import type { Catalogue } from '../../catalogue/catalogue';
import type { MeasureDef } from '../../catalogue/types';
import type { Metrics, MetricValue } from '../../metrics/metrics';

export interface Headline {
  layer: string;
  name: { zh: string; en: string };
  measure: MeasureDef;
  value: MetricValue;
}

/** One figure per work layer that has status: its headline measure (the layer panel's first). */
export function headlines(catalogue: Catalogue, metrics: Metrics): Headline[] {
  return catalogue.works.flatMap((e) => {
    if (!e.status) return [];
    const measure = catalogue.panelMeasures(e.id)[0];
    const value = measure ? metrics.value({ layer: e.id, measure: measure.id }) : null;
    return value && value.total > 0 ? [{ layer: e.id, name: e.name, measure, value }] : [];
  });
}

/**
 * The resident-mode address for the QR code: `share_url` from site.json when given (its own hash
 * dropped), else the address the page was opened at, without its hash; then `#mode=resident`.
 */
export function residentUrl(shareUrl: string | undefined, here: string): string {
  const base = (shareUrl ?? here).split('#')[0];
  return `${base}#mode=resident`;
}

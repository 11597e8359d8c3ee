/**
 * The resident's figures for the walking circle, from the metrics function (zone = the circle):
 * how many works the list holds, and each work layer's headline measure (its `near_me.measure`,
 * else its first panel measure) split by status.
 * The circle's membership rule is the near-me list's, so the figures and the list always agree.
 */
import { FEATURES } from '../../catalogue/catalogue';
import type { MeasureDef } from '../../catalogue/types';
import type { Dataset } from '../../data/load';
import type { MetricValue } from '../../metrics/metrics';

export interface LayerFigure {
  layer: string;
  measure: MeasureDef;
  value: MetricValue;
}

export function nearMeFigures(
  dataset: Dataset,
  at: [number, number],
  radiusM: number,
): { items: number; works: LayerFigure[] } {
  const { catalogue, metrics } = dataset;
  const zone = { center: at, radiusM };
  let items = 0;
  // works, not the areas the place lies in: an area is not a "项目"
  for (const l of catalogue.nearMe.filter((x) => !x.near_me?.container))
    items += metrics.value({ layer: l.id, measure: FEATURES, zone })?.total ?? 0;
  const works: LayerFigure[] = [];
  for (const l of catalogue.works) {
    if (!l.near_me) continue;
    const chosen = l.near_me.measure;
    const measure = (chosen && catalogue.measure(l.id, chosen)) || catalogue.panelMeasures(l.id)[0];
    if (!measure) continue;
    const value = metrics.value({ layer: l.id, measure: measure.id, zone });
    if (value && value.total > 0) works.push({ layer: l.id, measure, value });
  }
  return { items, works };
}

/**
 * The tour's steps as both windows count them: the steps of tour.json (or one overview step made
 * of the data set's title), then the end slide. `step=N` is 0-based; N = steps.length is the end.
 */
import type { Dataset } from '../../data/load';
import type { TourStep } from '../../data/types';

export const END_ID = 'end';

export function tourSteps(dataset: Dataset): TourStep[] {
  const { site } = dataset;
  return dataset.tour?.steps.length
    ? dataset.tour.steps
    : [{ id: 'overview', title: site.title, caption: site.programme, fit: dataset.catalogue.areaIds }];
}

/** The end slide as a step: the whole programme on the map behind it, all layers, no legend. */
export function endStep(dataset: Dataset, title: { zh: string; en: string }): TourStep {
  return { id: END_ID, title, caption: { zh: '', en: '' }, fit: dataset.catalogue.areaIds, legend: false };
}

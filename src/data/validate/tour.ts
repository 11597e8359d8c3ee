/**
 * `tour.json`: the placeholders of every step's title and caption must name a layer, measure and
 * status of the catalogue (src/data/tourPlaceholders.ts). A wrong one would show as "?" in front of
 * a room, and a missing status could state planned work as done, so both are errors here, before
 * anyone presents. Zones are checked against the data in validateDataset.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import { placeholderProblem, placeholdersIn } from '../tourPlaceholders';
import { isObject } from './isObject';
import { at, type ProblemSink } from './problem';
import { stepTexts, tourSteps } from './tourConfig';

export function checkTourPlaceholders(data: unknown, sink: ProblemSink, catalogue: Catalogue): void {
  const steps = tourSteps(data);
  if (!steps) return;
  steps.forEach((step, i) => {
    if (!isObject(step)) return;
    for (const { key, lang, text } of stepTexts(step))
      for (const name of new Set(placeholdersIn(text))) {
        const p = placeholderProblem(name, catalogue);
        if (p) sink.error(at(at(`steps[${i}]`, key), lang), 'bad-reference', p.en, p.zh);
      }
  });
}

/**
 * `tour.json`: the placeholders of every step's title and caption must be ones the app can fill
 * from the data (src/data/tourPlaceholders.ts). An unknown one would show as "?" in front of a room,
 * so it is an error here, before anyone presents.
 */
import { PLACEHOLDERS, unknownPlaceholders } from '../tourPlaceholders';
import { isObject } from './geometry';
import { at, type ProblemSink } from './problem';
import { tourSteps } from './tourConfig';

const EXAMPLES = ['pilot.mu', 'area.stairway.communities', 'parks.total'];

/** Reports each unknown `{placeholder}` in the steps' `title` and `caption` (both languages). */
export function checkTourPlaceholders(data: unknown, sink: ProblemSink): void {
  const steps = tourSteps(data);
  if (!steps) return;
  steps.forEach((step, i) => {
    if (!isObject(step)) return;
    for (const key of ['title', 'caption'] as const) {
      const text = step[key];
      if (!isObject(text)) continue;
      for (const lang of ['zh', 'en'] as const) {
        const value = text[lang];
        if (typeof value !== 'string') continue;
        for (const name of unknownPlaceholders(value))
          sink.error(
            at(at(`steps[${i}]`, key), lang),
            'bad-reference',
            `unknown placeholder {${name}}; known ones look like ${EXAMPLES.map((e) => `{${e}}`).join(', ')} (${PLACEHOLDERS.size} in all, see src/data/tourPlaceholders.ts)`,
            `未知占位符 {${name}}；可用的形如 ${EXAMPLES.map((e) => `{${e}}`).join('、')}（共 ${PLACEHOLDERS.size} 个，见 src/data/tourPlaceholders.ts）`,
          );
      }
    }
  });
}

/**
 * `tour.json` against the data (a cross-file rule of validateDataset): the feature ids a step fits
 * or rings exist in some layer, and every placeholder's zone is a zone of the data (an area, the
 * pilot zone) or `district`.
 */
import { parsePlaceholder, placeholdersIn } from '../tourPlaceholders';
import type { DatasetFile } from './dataset';
import { isObject } from './isObject';
import type { ProblemSink } from './problem';
import { stepTexts, TOUR_FEATURE_KEYS, tourSteps } from './tourConfig';

export function checkTourReferences(
  tour: DatasetFile,
  ids: ReadonlyMap<string, unknown>,
  zoneIds: ReadonlySet<string>,
  sink: ProblemSink,
): void {
  const steps = tourSteps(tour.data);
  if (!steps) return;
  steps.forEach((s, i) => {
    if (!isObject(s)) return;
    for (const key of TOUR_FEATURE_KEYS) {
      const v = s[key];
      if (!Array.isArray(v)) continue;
      v.forEach((id, k) => {
        if (typeof id === 'string' && !ids.has(id))
          sink.error(
            `steps[${i}].${key}[${k}]`,
            'bad-reference',
            `feature id "${id}" does not exist in any layer`,
            `要素 id "${id}" 在任何图层中都不存在`,
          );
      });
    }
    if (zoneIds.size <= 1) return; // no zone layer given: nothing to check against
    for (const { key, lang, text } of stepTexts(s))
      for (const name of new Set(placeholdersIn(text))) {
        const p = parsePlaceholder(name);
        if (p?.kind === 'measure' && !zoneIds.has(p.zone))
          sink.error(
            `steps[${i}].${key}.${lang}`,
            'bad-reference',
            `{${name}}: unknown zone "${p.zone}"; zones are ${[...zoneIds].join(', ')}`,
            `{${name}}：未知范围 "${p.zone}"；可用的有 ${[...zoneIds].join('、')}`,
          );
      }
  });
}

/**
 * Shape checks of `tour.json` (TourConfig): steps with ids, titles and captions, known layer ids,
 * cameras and playback years. Feature ids in `fit` / `highlight` are checked in dataset.ts.
 */

import type { Catalogue } from '../../catalogue/catalogue';
import type { TourStep } from '../types';
import { isObject } from './isObject';
import { at, type ProblemSink } from './problem';
import { checkValue } from './properties';
import { checkLonLat, checkObject, keys } from './siteConfig';
import { enumRule } from './targetsConfig';

const STEP_KINDS: Record<NonNullable<TourStep['kind']>, true> = { view: true, playback: true, targets: true };

/** Keys of a tour step (TourStep) whose values are lists of feature ids. */
export const TOUR_FEATURE_KEYS = ['fit', 'highlight'] as const;

/** The steps of `tour.json` (`{ "steps": [...] }`), or null. */
export function tourSteps(data: unknown): unknown[] | null {
  return isObject(data) && Array.isArray(data.steps) ? data.steps : null;
}

/** Checks `tour.json` against TourConfig; feature ids in `fit`/`highlight` are checked in dataset.ts. */
export function checkTour(data: unknown, sink: ProblemSink, catalogue: Catalogue): void {
  const steps = tourSteps(data);
  if (!steps) {
    sink.error('', 'bad-type', 'tour.json must be {"steps": [...]}', 'tour.json 必须是 {"steps": [...]}');
    return;
  }
  if (steps.length === 0) sink.warn('steps', 'empty-layer', 'the tour has no steps', '导览没有任何步骤');
  const seen = new Map<string, number>();
  steps.forEach((s, i) => {
    const loc = at('steps', i);
    const step = checkObject(
      s,
      loc,
      {
        id: { rule: { kind: 'id' }, required: true },
        kind: { rule: enumRule(keys(STEP_KINDS)), required: false },
        title: { rule: 'localized', required: true },
        caption: { rule: 'localized', required: true },
        caption_future: { rule: 'localized', required: false },
        fit: { rule: { kind: 'texts' }, required: false },
        highlight: { rule: { kind: 'texts' }, required: false },
        layers: { rule: { kind: 'texts' }, required: false },
        legend: { rule: 'bool', required: false },
        notes: { rule: 'localized', required: false },
      },
      sink,
      'a tour step',
    );
    if (!step) return;
    if (typeof step.id === 'string') {
      const first = seen.get(step.id);
      if (first !== undefined)
        sink.error(
          at(loc, 'id'),
          'duplicate-id',
          `step id "${step.id}" is already used by steps[${first}]`,
          `步骤 id "${step.id}" 已被 steps[${first}] 使用`,
        );
      else seen.set(step.id, i);
    }
    if (Array.isArray(step.layers))
      step.layers.forEach((l, k) => {
        if (typeof l === 'string' && !catalogue.has(l))
          sink.error(
            at(at(loc, 'layers'), k),
            'bad-reference',
            `unknown layer ${JSON.stringify(l)}`,
            `未知图层 ${JSON.stringify(l)}`,
          );
      });
    if (step.camera !== undefined) {
      const cam = checkObject(
        step.camera,
        at(loc, 'camera'),
        { zoom: { rule: 'number', required: true } },
        sink,
        '"camera"',
      );
      if (cam) checkLonLat(cam.center, at(at(loc, 'camera'), 'center'), sink);
    }
    const y = step.years;
    if (y !== undefined) {
      if (!Array.isArray(y) || y.length !== 2)
        sink.error(
          at(loc, 'years'),
          'bad-type',
          '"years" must be [first, last]',
          '"years" 必须是 [起始年, 结束年]',
        );
      else {
        y.forEach((v, k) => {
          checkValue(sink, at(at(loc, 'years'), k), 'years', v, { kind: 'year' });
        });
        if (typeof y[0] === 'number' && typeof y[1] === 'number' && y[0] > y[1])
          sink.error(at(loc, 'years'), 'bad-value', 'first year after last year', '起始年晚于结束年');
      }
    }
  });
}

/** Every caption text of a step with where it is: title, caption and caption_future, in zh and en. */
export function stepTexts(
  step: Record<string, unknown>,
): Array<{ key: string; lang: 'zh' | 'en'; text: string }> {
  const out: Array<{ key: string; lang: 'zh' | 'en'; text: string }> = [];
  for (const key of ['title', 'caption', 'caption_future']) {
    const t = step[key];
    if (!isObject(t)) continue;
    for (const lang of ['zh', 'en'] as const)
      if (typeof t[lang] === 'string') out.push({ key, lang, text: t[lang] as string });
  }
  return out;
}

/**
 * The 2027 targets of `targets.json` counted in the data: what is completed, under way and planned
 * towards each, and the gap. A target without a rule (city-wide ones) is context only: it has no
 * count, because the data set cannot count it. Money that is not published is never summed as 0:
 * features without a figure are counted apart, and a target none of whose features has a figure is
 * "not published".
 */
import { length } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { effectiveStatus } from './status';
import {
  type LayerId,
  STATUSES,
  type Status,
  type Target,
  type TargetsConfig,
  type TrackRecord,
} from './types';

export type Amounts = Record<Status, number>;

export type TargetProgress =
  | { kind: 'context'; target: Target }
  | {
      kind: 'counted';
      target: Target;
      /** The measured amount by status, of features due by `target.by`. */
      amounts: Amounts;
      /** completed + under construction + planned */
      total: number;
      /** Features whose measured property is not published (null or missing): not in `amounts`. */
      unknown: number;
      /** Features counted at all (with a published figure). */
      known: number;
      /** Amount of features that finish after `target.by` (shown apart; they do not count). */
      later: number;
      /** False when the measure is a sum and no feature has a published figure. */
      published: boolean;
      /** The whole programme in the data reaches the target. */
      met: boolean;
      /** What is completed already reaches it. */
      metByCompleted: boolean;
      /** target − total: > 0 is missing, < 0 is beyond the target. */
      gap: number;
      /** target − completed */
      gapCompleted: number;
    };

const zero = (): Amounts => ({ planned: 0, under_construction: 0, completed: 0 });

/** Whether an amount satisfies a target, by the comparison the speech uses (≥ or >). */
export function reaches(target: Pick<Target, 'value' | 'comparison'>, amount: number): boolean {
  return target.comparison === 'more_than' ? amount > target.value : amount >= target.value;
}

/** The measured amount of one feature, or null when its figure is not published. */
function measure(f: Feature, rule: NonNullable<Target['rule']>): number | null {
  if (rule.measure === 'count') return 1;
  if (rule.measure === 'length_km') return length(f, { units: 'kilometers' });
  const v = f.properties?.[rule.property ?? ''];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * Counts one target in the data, each feature by the status it had at the end of `year`
 * (null: the data's own status).
 */
export function evaluateTarget(
  target: Target,
  layers: ReadonlyMap<LayerId, FeatureCollection>,
  year: number | null = null,
): TargetProgress {
  const { rule } = target;
  if (!rule) return { kind: 'context', target };
  const amounts = zero();
  let unknown = 0;
  let known = 0;
  let later = 0;
  for (const f of layers.get(rule.layer)?.features ?? []) {
    const p = f.properties ?? {};
    if (rule.area && p.area !== rule.area) continue;
    const v = measure(f, rule);
    if (v === null) {
      unknown += 1;
      continue;
    }
    known += 1;
    if (typeof p.year === 'number' && p.year > target.by) {
      later += v;
      continue;
    }
    amounts[effectiveStatus(p, year)] += v;
  }
  const total = STATUSES.reduce((s, k) => s + amounts[k], 0);
  return {
    kind: 'counted',
    target,
    amounts,
    total,
    unknown,
    known,
    later,
    published: rule.measure !== 'sum' || known > 0,
    met: reaches(target, total),
    metByCompleted: reaches(target, amounts.completed),
    gap: target.value - total,
    gapCompleted: target.value - amounts.completed,
  };
}

/** Every target of `targets.json`, district ones first, then the city ones for context. */
export function evaluateTargets(
  config: TargetsConfig,
  layers: ReadonlyMap<LayerId, FeatureCollection>,
  year: number | null = null,
): TargetProgress[] {
  const order = { area: 0, district: 1, city: 2 } as const;
  return [...config.targets]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((t) => evaluateTarget(t, layers, year));
}

export interface TrackRecordCheck {
  record: TrackRecord;
  /** Communities in the data whose completion year is one of the record's years, by status. */
  fromData: Amounts & { total: number };
  /** The data's count equals the speech's. */
  matches: boolean;
}

/** The speech's track record (communities per year) against the communities in the data. */
export function checkTrackRecord(
  config: TargetsConfig,
  layers: ReadonlyMap<LayerId, FeatureCollection>,
  year: number | null = null,
): TrackRecordCheck[] {
  const communities = layers.get('communities')?.features ?? [];
  return config.track_record.map((record) => {
    const fromData = { ...zero(), total: 0 };
    for (const f of communities) {
      const p = f.properties ?? {};
      if (typeof p.year !== 'number' || !record.years.includes(p.year)) continue;
      fromData[effectiveStatus(p, year)] += 1;
      fromData.total += 1;
    }
    return { record, fromData, matches: fromData.total === record.communities };
  });
}

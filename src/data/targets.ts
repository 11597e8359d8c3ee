/**
 * The 2027 targets of `targets.json` counted in the data: what is completed, under way and planned
 * towards each, and the gap. A target without a rule (city-wide ones) is context only: it has no
 * count, because the data set cannot count it. Money that is not published is never summed as 0:
 * features without a figure are counted apart, and a target none of whose features has a figure is
 * "not published".
 */
import { DISTRICT, type Metrics } from '../metrics/metrics';
import { STATUSES, type Status, type Target, type TargetsConfig, type TrackRecord } from './types';
import { targetMeasure } from './validate/targetsConfig';

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
      /** A sum some of whose features have no published figure: the gap to the target is not known. */
      partial: boolean;
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

/**
 * Counts one target with the metrics function, each feature by the status it had at the end of
 * `year` (null: the data's own status): works due by `target.by` count, later ones are shown apart.
 */
export function evaluateTarget(target: Target, metrics: Metrics, year: number | null = null): TargetProgress {
  const { rule } = target;
  if (!rule) return { kind: 'context', target };
  const m = targetMeasure(metrics.catalogue, rule);
  const zone = rule.zone ?? rule.area ?? DISTRICT;
  const q = { layer: rule.layer, measure: m?.id ?? '', zone, year };
  const due = metrics.value({ ...q, years: [0, target.by] });
  const after = metrics.value({ ...q, years: [target.by + 1, 9999] });
  const all = metrics.value(q);
  const amounts = due
    ? { planned: due.planned, under_construction: due.under_construction, completed: due.completed }
    : zero();
  const total = STATUSES.reduce((sum, k) => sum + amounts[k], 0);
  const known = all?.withValue ?? 0;
  return {
    kind: 'counted',
    target,
    amounts,
    total,
    unknown: (all?.features ?? 0) - known,
    known,
    later: after?.total ?? 0,
    published: m?.kind !== 'sum' || known > 0,
    partial: m?.kind === 'sum' && known > 0 && (all?.features ?? 0) > known,
    met: reaches(target, total),
    metByCompleted: reaches(target, amounts.completed),
    gap: target.value - total,
    gapCompleted: target.value - amounts.completed,
  };
}

/** Every target of `targets.json`, district ones first, then the city ones for context. */
export function evaluateTargets(
  config: TargetsConfig,
  metrics: Metrics,
  year: number | null = null,
): TargetProgress[] {
  const order = { area: 0, district: 1, city: 2 } as const;
  return [...config.targets]
    .sort((a, b) => order[a.level] - order[b.level])
    .map((t) => evaluateTarget(t, metrics, year));
}

export interface TrackRecordCheck {
  record: TrackRecord;
  /** Works in the data whose completion year is one of the record's years, by status. */
  fromData: Amounts & { total: number };
  /** The data's count equals the speech's. */
  matches: boolean;
}

/**
 * The speech's track record (communities per year) against the data, by the metrics function:
 * the record's `layer` (default: the layer of the first district target that counts) and its count.
 */
export function checkTrackRecord(
  config: TargetsConfig,
  metrics: Metrics,
  year: number | null = null,
): TrackRecordCheck[] {
  const counting = config.targets.find(
    (t) => t.level === 'district' && t.rule && targetMeasure(metrics.catalogue, t.rule)?.kind === 'count',
  );
  return config.track_record.map((record) => {
    const layer = record.layer ?? counting?.rule?.layer ?? '';
    const fromData = { ...zero(), total: 0 };
    for (const y of new Set(record.years)) {
      const v = metrics.value({ layer, measure: 'count', year, years: [y, y] });
      if (!v) continue;
      for (const st of STATUSES) fromData[st] += v[st];
      fromData.total += v.total;
    }
    return { record, fromData, matches: fromData.total === record.communities };
  });
}

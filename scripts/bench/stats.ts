/** Summaries of repeated measurements, and budget checks (pure). */

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
  p95: number;
}

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

export function summarize(xs: number[]): Summary {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    min: s[0] ?? Number.NaN,
    median: quantile(s, 0.5),
    max: s[s.length - 1] ?? Number.NaN,
    p95: quantile(s, 0.95),
  };
}

export interface Budget {
  name: string;
  value: number | null;
  limit: number;
  unit: string;
}

export interface Verdict extends Budget {
  met: boolean | null;
  /** e.g. "over by 12% (0.14)" when missed */
  note: string;
}

export function judge(b: Budget): Verdict {
  if (b.value === null || !Number.isFinite(b.value)) return { ...b, met: null, note: 'not measured' };
  if (b.value <= b.limit) return { ...b, met: true, note: 'met' };
  const over = b.value - b.limit;
  const pct = (over / b.limit) * 100;
  return { ...b, met: false, note: `missed: over by ${over.toFixed(2)} ${b.unit} (${pct.toFixed(0)}%)` };
}

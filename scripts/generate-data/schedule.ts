/** Start and end months consistent with the status on the as-of date (2025-09-30). */
import type { Status } from '../../src/data/types';
import type { Rng } from './random';

/** months since year 0: 2025-09 → 2025 * 12 + 8 */
const AS_OF_MONTH = 2025 * 12 + 8;
const ym = (m: number): string => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
const month = (year: number, m1: number): number => year * 12 + m1 - 1;

/** The status a work finishing in `year` can have on the as-of date. */
export function statusesFor(year: number): Status[] {
  if (year < 2025) return ['completed'];
  if (year === 2025) return ['completed', 'under_construction'];
  if (year === 2026) return ['under_construction', 'planned'];
  return ['planned', 'under_construction'];
}

export function schedule(rng: Rng, year: number, status: Status): { start: string; end: string } {
  let end: number;
  let start: number;
  if (status === 'completed') {
    end = year === 2025 ? month(2025, rng.int(3, 9)) : month(year, rng.int(5, 12));
    start = end - rng.int(5, 14);
  } else if (status === 'under_construction') {
    end = year === 2025 ? month(2025, rng.int(10, 12)) : month(year, rng.int(3, 12));
    start = Math.min(AS_OF_MONTH - rng.int(1, 8), end - 4);
  } else {
    start = AS_OF_MONTH + rng.int(2, year === 2026 ? 8 : 14);
    end = Math.max(month(year, rng.int(4, 12)), start + 5);
    if (end >= month(year + 1, 1)) end = month(year, 12);
  }
  if (status !== 'planned' && start > AS_OF_MONTH) start = AS_OF_MONTH;
  return { start: ym(start), end: ym(end) };
}

/**
 * The playback step: the store's `year` runs from the first year to the last, one year every
 * YEAR_MS, showing only completed works so each community and park appears the year it is done.
 * The map reads `year` as global state (one `setGlobalStateProperty` per year, no new data), and
 * React re-renders the caption once per year, never per frame.
 */
import { useEffect } from 'react';
import { STATUSES, type TourStep } from '../../data/types';
import { store } from '../../state/store';
import { YEAR_MAX, YEAR_MIN } from '../../state/url';
import { FLIGHT_MS } from './tourCamera';

export const YEAR_MS = 1500;

/** The years a playback step runs through, clamped to the years the app can show. */
export function playbackYears(step: TourStep): [number, number] {
  const [a, b] = step.years ?? [YEAR_MIN, YEAR_MAX];
  const first = Math.max(YEAR_MIN, Math.min(a, b));
  const last = Math.min(YEAR_MAX, Math.max(a, b));
  return [first, Math.max(first, last)];
}

/** How long a playback takes from the start of the step to its last year (ms). */
export function playbackMs(step: TourStep): number {
  const [first, last] = playbackYears(step);
  return FLIGHT_MS + (last - first + 1) * YEAR_MS;
}

/** Runs the year clock while `step` is a playback step; puts the year back when it ends. */
export function usePlayback(step: TourStep) {
  const active = step.kind === 'playback';
  const [first, last] = playbackYears(step);
  useEffect(() => {
    if (!active) return;
    store.set({ year: first, status: ['completed'] });
    return () => store.set({ year: null, status: [...STATUSES] });
  }, [active, first]);
  useEffect(() => {
    if (!active) return;
    // The first year stays up while the camera flies there; then one year per tick, holding the last.
    let timer = window.setTimeout(function tick() {
      const year = store.get().year ?? first;
      if (year >= last) return;
      store.set({ year: year + 1 });
      timer = window.setTimeout(tick, YEAR_MS);
    }, FLIGHT_MS + YEAR_MS);
    return () => window.clearTimeout(timer);
  }, [active, first, last]);
}

/**
 * Autoplay for a lobby screen (`autoplay=SECONDS`): the next step after that many seconds, from
 * the last back to the first, for as long as the screen is on. A playback step gets the time it
 * needs to reach its last year. One timer at a time, cleared on every step change, so nothing
 * accumulates however long it runs.
 */
import { useEffect } from 'react';
import type { TourStep } from '../../data/types';
import { store } from '../../state/store';
import { playbackMs } from './usePlayback';

/** How long a step stays up under autoplay (ms). */
export function dwellMs(step: TourStep, seconds: number): number {
  return step.kind === 'playback' ? Math.max(seconds * 1000, playbackMs(step) + 2000) : seconds * 1000;
}

export function useAutoplay(
  step: TourStep,
  index: number,
  count: number,
  seconds: number | null,
  on: boolean,
) {
  useEffect(() => {
    if (!on || seconds === null || count < 2) return;
    const timer = window.setTimeout(() => store.set({ step: (index + 1) % count }), dwellMs(step, seconds));
    return () => window.clearTimeout(timer);
  }, [step, index, count, seconds, on]);
}

/**
 * How much bigger lines and labels are drawn per mode and screen (the presenter's room).
 */
import type { AppState } from '../../state/store';

/**
 * Line widths and label sizes per mode: a presenter's room reads from ten metres away, so in
 * present mode they grow with the screen (1.4 at 1080 px high, 2.8 at 2160, within 1.2–3).
 */
export const scaleFor = (s: Pick<AppState, 'mode'>, height = window.innerHeight) =>
  s.mode === 'present' ? Math.min(3, Math.max(1.2, ((height || 1080) / 1080) * 1.4)) : 1;

/** The smallest label size of the styles (px at scale 1): roads and the context's names. */
const SMALLEST_LABEL = 11;

/**
 * Label sizes per mode: in present mode even the smallest map label is at least 1/40 of the
 * window's height, like every line of the presenter's text (2.45 at 1080 px high, 4.9 at 2160).
 */
export const textScaleFor = (s: Pick<AppState, 'mode'>, height = window.innerHeight) =>
  s.mode === 'present'
    ? Math.min(6, Math.max(scaleFor(s, height), (height || 1080) / 40 / SMALLEST_LABEL))
    : 1;

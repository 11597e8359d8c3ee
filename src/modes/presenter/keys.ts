/**
 * What a key does in present mode, as a pure function: the keys of a presentation clicker and of
 * PowerPoint habits (→ ↓ PageDown Space next; ← ↑ PageUp back; Home/End; a number then Enter;
 * B / . black, W / , white; F full screen; S the presenter view; Esc leaves).
 */

export type TourAction =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'digit'; digit: string }
  | { kind: 'jump' }
  | { kind: 'backspace' }
  | { kind: 'blank'; color: 'black' | 'white' }
  | { kind: 'fullscreen' }
  | { kind: 'help' }
  | { kind: 'playPause' }
  | { kind: 'speaker' }
  | { kind: 'escape' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Keys that only modify others: pressing them alone does nothing (not even unblanking). */
export const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Fn', 'AltGraph']);

/** The action of a key, or null when the key is not ours (left to the browser). */
export function keyAction(e: KeyInput, digitsPending: boolean): TourAction | null {
  // Browser shortcuts (copy a link, reload, zoom) stay the browser's.
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const k = e.key;
  if (/^[0-9]$/.test(k)) return { kind: 'digit', digit: k };
  switch (k) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Spacebar':
    case 'n':
    case 'N':
      return { kind: 'next' };
    case 'Enter':
      return digitsPending ? { kind: 'jump' } : { kind: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'p':
    case 'P':
      return { kind: 'prev' };
    case 'Backspace':
      return digitsPending ? { kind: 'backspace' } : { kind: 'prev' };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank', color: 'black' };
    case 'w':
    case 'W':
    case ',':
      return { kind: 'blank', color: 'white' };
    case 'f':
    case 'F':
      return { kind: 'fullscreen' };
    case '?':
    case 'h':
    case 'H':
      return { kind: 'help' };
    case 'k':
    case 'K':
      return { kind: 'playPause' };
    case 's':
    case 'S':
      return { kind: 'speaker' };
    case 'Escape':
    case 'Esc':
      return { kind: 'escape' };
    default:
      return null;
  }
}

/** The step a typed number (1-based, as people count) points to, 0-based; null if out of range. */
export function jumpTarget(digits: string, steps: number): number | null {
  if (!/^\d{1,3}$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 && n <= steps ? n - 1 : null;
}

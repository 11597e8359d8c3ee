/**
 * The presenter's keyboard: one `keydown` listener on the window for the whole session. It reads
 * the latest state through a ref, so it is bound once and never re-bound per render.
 */
import { useLayoutEffect, useRef } from 'react';
import { keyAction, MODIFIER_KEYS, type TourAction } from './keys';

export interface KeyContext {
  /** Whether a black or white screen is up: then any key only brings the map back. */
  blank: boolean;
  /** Whether the key help is up: then any key only closes it. */
  help: boolean;
  onHelpClose: () => void;
  digitsPending: boolean;
  onBlankReturn: () => void;
  onAction: (action: TourAction) => void;
}

const isEditable = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

export function usePresenterKeys(context: KeyContext) {
  const ref = useRef(context);
  ref.current = context;
  // Bound before the first paint: a key pressed as soon as the caption shows is never lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target) || MODIFIER_KEYS.has(e.key)) return;
      const c = ref.current;
      if (c.blank && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        c.onBlankReturn();
        return;
      }
      if (c.help && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        c.onHelpClose();
        return;
      }
      // A focused control button handles its own Enter and Space.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
      const action = keyAction(e, c.digitsPending);
      if (!action) return;
      e.preventDefault();
      c.onAction(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

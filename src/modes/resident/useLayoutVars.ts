/**
 * Phones stack the resident controls under the shared top bar and the bottom sheet above the
 * attribution. Those two heights depend on the language and the screen, so they are measured and
 * handed to CSS as variables instead of guessed.
 */
import { type RefObject, useLayoutEffect } from 'react';

export function useLayoutVars(root: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const bar = document.querySelector<HTMLElement>('.top-bar');
    const attribution = document.querySelector<HTMLElement>('[data-testid="attribution"]');
    const measure = () => {
      const gap = 8;
      const top = (bar?.getBoundingClientRect().bottom ?? 0) + gap;
      el.style.setProperty('--res-top', `${top}px`);
      el.style.setProperty('--res-bottom', `${attribution?.offsetHeight ?? 0}px`);
    };
    measure();
    const ro = new ResizeObserver(measure);
    for (const target of [bar, attribution]) if (target) ro.observe(target);
    window.addEventListener('resize', measure);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [root]);
}

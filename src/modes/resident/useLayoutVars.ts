/**
 * Phones stack the resident controls under the shared top bar and the map's buttons, and the
 * bottom sheet above the attribution. Those heights depend on the language and the screen, so they
 * are measured and handed to CSS as variables instead of guessed.
 */
import { type RefObject, useLayoutEffect } from 'react';

export function useLayoutVars(root: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const bar = document.querySelector<HTMLElement>('.top-bar');
    const attribution = document.querySelector<HTMLElement>('[data-testid="attribution"]');
    const controls = document.querySelector<HTMLElement>('.maplibregl-ctrl-top-right');
    const measure = () => {
      const gap = 8;
      // Under the top bar and under the map's zoom and compass buttons: they must stay tappable.
      const bottoms = [bar, controls].map((e) => e?.getBoundingClientRect().bottom ?? 0);
      const top = Math.max(...bottoms) + gap;
      el.style.setProperty('--res-top', `${top}px`);
      el.style.setProperty('--res-bottom', `${attribution?.offsetHeight ?? 0}px`);
    };
    measure();
    const ro = new ResizeObserver(measure);
    for (const target of [bar, attribution, controls]) if (target) ro.observe(target);
    window.addEventListener('resize', measure);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [root]);
}

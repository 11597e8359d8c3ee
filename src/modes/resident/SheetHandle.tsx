/**
 * The bottom sheet's handle on a phone, as in the map apps people know: three heights — peek (the
 * summary), half, full — chosen by dragging the handle, by a tap (the next height up, from full
 * back to peek) or with the arrow keys. While dragging the sheet follows the finger; on release it
 * settles at the nearest height.
 */
import { type RefObject, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export type Snap = 'peek' | 'half' | 'full';
export const SNAPS: readonly Snap[] = ['peek', 'half', 'full'];

interface Props {
  snap: Snap;
  onSnap: (s: Snap) => void;
  sheetRef: RefObject<HTMLElement | null>;
}

/** The sheet's height at each snap, measured from the CSS (data-snap) rather than repeated here. */
function heightAt(sheet: HTMLElement, s: Snap): number {
  const was = sheet.dataset.snap;
  const inline = sheet.style.height;
  sheet.style.height = '';
  sheet.dataset.snap = s;
  const h = sheet.getBoundingClientRect().height;
  sheet.dataset.snap = was;
  sheet.style.height = inline;
  return h;
}

export function SheetHandle({ snap, onSnap, sheetRef }: Props) {
  const { t } = useTranslation();
  const drag = useRef<{ y: number; h: number; moved: boolean; heights: number[] } | null>(null);
  const i = SNAPS.indexOf(snap);
  const step = (d: number) => onSnap(SNAPS[Math.max(0, Math.min(SNAPS.length - 1, i + d))]);
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t('resident.sheet.handle', { height: t(`resident.sheet.${snap}`) })}
      data-testid="sheet-handle"
      data-snap={snap}
      onKeyDown={(e) => {
        if (e.key === 'ArrowUp') step(1);
        else if (e.key === 'ArrowDown') step(-1);
        else if (e.key === 'Home') onSnap('full');
        else if (e.key === 'End') onSnap('peek');
        else return;
        e.preventDefault();
      }}
      onClick={() => {
        if (drag.current?.moved) return;
        onSnap(SNAPS[(i + 1) % SNAPS.length]);
      }}
      onPointerDown={(e) => {
        const sheet = sheetRef.current;
        if (!sheet) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = {
          y: e.clientY,
          h: sheet.getBoundingClientRect().height,
          moved: false,
          heights: SNAPS.map((s) => heightAt(sheet, s)),
        };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        const sheet = sheetRef.current;
        if (!d || !sheet) return;
        const dy = d.y - e.clientY;
        if (Math.abs(dy) > 6) d.moved = true;
        if (!d.moved) return;
        const [lo, , hi] = d.heights;
        sheet.style.height = `${Math.max(lo, Math.min(hi, d.h + dy))}px`;
      }}
      onPointerUp={(e) => {
        const d = drag.current;
        const sheet = sheetRef.current;
        if (!d || !sheet) return;
        if (d.moved) {
          const h = sheet.getBoundingClientRect().height;
          sheet.style.height = '';
          const nearest = d.heights.reduce(
            (best, x, k) => (Math.abs(x - h) < Math.abs(d.heights[best] - h) ? k : best),
            0,
          );
          onSnap(SNAPS[nearest]);
          // the click that follows a drag is not a tap
          setTimeout(() => {
            drag.current = null;
          }, 0);
          e.preventDefault();
        } else drag.current = null;
      }}
      onPointerCancel={() => {
        if (sheetRef.current) sheetRef.current.style.height = '';
        drag.current = null;
      }}
    >
      <span className="sheet-grip" aria-hidden="true" />
    </button>
  );
}

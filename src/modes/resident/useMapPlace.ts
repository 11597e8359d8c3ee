/**
 * Keeps the map in step with the resident's choice: the place and its walking circle drawn, the
 * camera fitted to the circle in the part of the map that the controls and the list leave free,
 * and, when an item of the list is chosen, moved to show it beside the place.
 */
import { type RefObject, useEffect, useRef } from 'react';
import { boundsOf } from '../../data/derive';
import { type NearMeResult, placeOfFeature, placeShapes, radiusBox } from '../../data/nearMe';
import type { MapController } from '../../map/controller';
import type { NearAnswer } from './answer/grouping';
import type { Snap } from './SheetHandle';

interface Options {
  map: MapController | null;
  at: [number, number] | null;
  r: number;
  sel: string | null;
  result: NearMeResult | null;
  /** its rows are numbered on the map in the order shown */
  answer: NearAnswer | null;
  /** the open groups: only their rows get numbers on the map */
  open: ReadonlySet<string>;
  controlsRef: RefObject<HTMLElement | null>;
  sheetRef: RefObject<HTMLElement | null>;
  snap: Snap;
}

type Padding = { top: number; bottom: number; left: number; right: number };

/** The least map, in CSS pixels, a fit must leave visible in each direction. */
const MIN_VIEW = 96;
const GAP = 16;
/** Room for MapLibre's zoom buttons at the top right. */
const NAV_WIDTH = 52;

const shrink = (a: number, b: number, size: number): [number, number] => {
  const spare = size - MIN_VIEW;
  if (a + b <= spare) return [a, b];
  const k = Math.max(0, spare) / (a + b);
  return [Math.floor(a * k), Math.floor(b * k)];
};

/** Padding that keeps the fitted shape clear of the top bar, the controls and the list. */
export function freePadding(controls: HTMLElement | null, sheet: HTMLElement | null, snap: Snap): Padding {
  const w = window.innerWidth;
  const h = window.innerHeight;
  const phone = window.matchMedia('(max-width: 719px)').matches;
  const bar = document.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
  const c = controls?.getBoundingClientRect();
  const s = sheet?.getBoundingClientRect();
  // A full sheet covers the controls on a phone.
  let top = Math.max(bar, phone && c && snap !== 'full' ? c.bottom : 0) + GAP;
  let bottom = phone && s ? h - s.top + GAP : 3 * GAP;
  let left = !phone && s ? s.right + GAP : GAP;
  let right = NAV_WIDTH + GAP;
  [top, bottom] = shrink(top, bottom, h);
  [left, right] = shrink(left, right, w);
  return { top, bottom, left, right };
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * One numbered marker per row of the open groups, at its nearest item, numbered as the list shows
 * them (the numbers run on through closed groups, so a row keeps its number).
 */
function marksOf(answer: NearAnswer | null, open: ReadonlySet<string>) {
  const marks = [];
  let n = 1;
  for (const g of answer?.groups ?? [])
    for (const row of g.rows) {
      const at = placeOfFeature(row.items[0].feature);
      if (at && !row.inside && open.has(g.id))
        marks.push({
          type: 'Feature' as const,
          properties: { n },
          geometry: { type: 'Point' as const, coordinates: at },
        });
      n++;
    }
  return marks;
}

export function useMapPlace({ map, at, r, sel, result, answer, open, controlsRef, sheetRef, snap }: Options) {
  useEffect(() => {
    map?.setPlace(at ? { ...placeShapes(at, r), marks: marksOf(answer, open) } : null);
  }, [map, at, r, answer, open]);
  // Leaving resident mode takes the place off the map.
  useEffect(() => () => map?.setPlace(null), [map]);

  const prev = useRef<Pick<Options, 'map' | 'at' | 'r' | 'sel' | 'snap'> | null>(null);
  useEffect(() => {
    const p = prev.current;
    prev.current = { map, at, r, sel, snap };
    if (!map || !at) return;
    const padding = freePadding(controlsRef.current, sheetRef.current, snap);
    const duration = reducedMotion() ? 0 : 700;
    const placeChanged = !p || p.map !== map || p.at !== at || p.r !== r || p.snap !== snap;
    if (placeChanged) {
      map.fitBounds(radiusBox(at, r), { padding, maxZoom: 18, duration, origin: 'resident' });
      return;
    }
    const item = sel && sel !== p.sel ? result?.items.find((i) => i.id === sel) : undefined;
    if (!item) return;
    // The chosen item with the place, so the person sees where it is from where they are.
    const [w, s, e, n] = boundsOf(item.feature);
    map.fitBounds([Math.min(w, at[0]), Math.min(s, at[1]), Math.max(e, at[0]), Math.max(n, at[1])], {
      padding,
      maxZoom: 18,
      duration,
      origin: 'resident',
    });
  }, [map, at, r, sel, snap, result, controlsRef, sheetRef]);
}

/**
 * A static bounding-box index (flatbush, a packed Hilbert R-tree) over items built once per data
 * set: a query touches only the few tree nodes that meet the box instead of every feature.
 */
import Flatbush from 'flatbush';

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

export interface BoxIndex<T> {
  readonly items: readonly T[];
  /** The items whose box meets `box` (edges included), in no particular order. */
  search(box: BBox): T[];
}

/**
 * Builds the index over `items`, each boxed by `boxOf`. Items whose box is not finite (no
 * geometry) are left out rather than poisoning the tree.
 */
export function buildBoxIndex<T>(items: readonly T[], boxOf: (item: T) => BBox | null): BoxIndex<T> {
  const kept: T[] = [];
  const boxes: BBox[] = [];
  for (const item of items) {
    const b = boxOf(item);
    if (!b?.every(Number.isFinite)) continue;
    kept.push(item);
    boxes.push(b);
  }
  // Flatbush refuses an empty tree; an empty data set simply finds nothing.
  if (kept.length === 0) return { items: kept, search: () => [] };
  const tree = new Flatbush(kept.length);
  for (const [w, s, e, n] of boxes) tree.add(w, s, e, n);
  tree.finish();
  return {
    items: kept,
    search: ([w, s, e, n]) => tree.search(w, s, e, n).map((i) => kept[i]),
  };
}

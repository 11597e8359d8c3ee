/**
 * The river (from Natural Earth, widened into a polygon of our own) and the hand-drawn street
 * grid of the old core: a gently warped grid whose cells are the city blocks.
 */

import { chaikin, offsetLine, signedDistance, toXY, type XY } from './geo';
import { JINSHA_LINE } from './sources';

/** Half the river's width in metres (the polygon is 300 m wide). */
export const RIVER_HALF_WIDTH = 150;
/** The riverside road runs this far from the river's centre line (south bank). */
export const RIVERSIDE_ROAD_OFFSET = 255;
/** A block's corners must be at least this far from the river's centre line. */
const BLOCK_CLEARANCE = 320;

/** The Jinsha centre line, smoothed, starting just west of the district. */
export const riverLine: XY[] = chaikin(JINSHA_LINE.slice(1, -1).map(toXY), 4);

/** The river polygon ring: left bank then right bank reversed. */
export function riverRing(): XY[] {
  const left = offsetLine(riverLine, RIVER_HALF_WIDTH);
  const right = offsetLine(riverLine, -RIVER_HALF_WIDTH);
  return [...left, ...right.reverse()];
}

/** Signed distance to the river's centre line: negative on the south (right) bank. */
export const riverDistance = (p: XY): number => signedDistance(p, riverLine);

// --- the grid --------------------------------------------------------------------------------

/** Block pitch along the streets (x) and across them (y), metres. */
export const PITCH_X = 175;
export const PITCH_Y = 140;
export const I_MIN = -9;
export const I_MAX = 18;
export const J_MIN = -11;
export const J_MAX = 9;
const ROTATION = (6 * Math.PI) / 180;

/** The grid node (i, j), fractional indices allowed: a rotated grid with smooth waves. */
export function node(i: number, j: number): XY {
  const u = i * PITCH_X + 20 * Math.sin(0.37 * j + 0.9) + 9 * Math.sin(0.23 * i + 0.5 * j);
  const v = j * PITCH_Y + 22 * Math.sin(0.41 * i + 0.3) + 8 * Math.sin(0.6 * j + 0.2 * i);
  const c = Math.cos(ROTATION);
  const s = Math.sin(ROTATION);
  return [u * c - v * s, u * s + v * c];
}

export interface Cell {
  i: number;
  j: number;
  key: string;
}

export const cellKey = (i: number, j: number): string => `${i},${j}`;

/** The cell's ring (counter-clockwise), optionally with midpoints so its edges follow the curves. */
export function cellRing(i: number, j: number): XY[] {
  return [node(i, j), node(i + 1, j), node(i + 1, j + 1), node(i, j + 1)];
}

function cellIsValid(i: number, j: number): boolean {
  return cellRing(i, j).every((p) => riverDistance(p) < -BLOCK_CLEARANCE && p[1] > -1560);
}

/** Every block of the old core: south of the river, north of the hills. */
export const cells: Cell[] = (() => {
  const out: Cell[] = [];
  for (let j = J_MIN; j < J_MAX; j++) {
    for (let i = I_MIN; i < I_MAX; i++) {
      if (cellIsValid(i, j)) out.push({ i, j, key: cellKey(i, j) });
    }
  }
  return out;
})();

export const validCells = new Set(cells.map((c) => c.key));

/** Points along a grid line between fractional indices, one per node plus the ends. */
export function rowLine(j: number, i0: number, i1: number): XY[] {
  const pts: XY[] = [node(i0, j)];
  for (let i = Math.floor(i0) + 1; i < i1; i++) pts.push(node(i, j));
  pts.push(node(i1, j));
  return pts;
}

export function columnLine(i: number, j0: number, j1: number): XY[] {
  const pts: XY[] = [node(i, j0)];
  for (let j = Math.floor(j0) + 1; j < j1; j++) pts.push(node(i, j));
  pts.push(node(i, j1));
  return pts;
}

/** How far (in cells, ≤ max) a line can be extended before it meets the riverside road. */
export function reachRiversideRoad(at: (t: number) => XY, max: number): number {
  if (riverDistance(at(max)) < -RIVERSIDE_ROAD_OFFSET) return max;
  let lo = 0;
  let hi = max;
  for (let k = 0; k < 40; k++) {
    const mid = (lo + hi) / 2;
    if (riverDistance(at(mid)) < -RIVERSIDE_ROAD_OFFSET) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Extent [i0, i1] of the blocks along row line j (null when none touches it). */
export function rowExtent(j: number): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = I_MIN; i < I_MAX; i++) {
    if (validCells.has(cellKey(i, j)) || validCells.has(cellKey(i, j - 1))) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i + 1);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/** Extent [j0, j1] of the blocks along column line i. */
export function columnExtent(i: number): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let j = J_MIN; j < J_MAX; j++) {
    if (validCells.has(cellKey(i, j)) || validCells.has(cellKey(i - 1, j))) {
      lo = Math.min(lo, j);
      hi = Math.max(hi, j + 1);
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

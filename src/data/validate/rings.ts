/**
 * Polygon validity as OGC Simple Features defines it, for one polygon's rings (closed, at least 4
 * positions each, consecutive repeats dropped by the caller):
 *
 * - no ring crosses itself or another ring, and no ring runs back over itself (a spike, or all
 *   points on a line);
 * - no ring touches itself (a vertex on its own boundary elsewhere);
 * - a hole may touch the outer ring, or another hole, at one point (cadastral output does this);
 *   two rings touching at two or more points cut the polygon in pieces and are refused;
 * - every hole lies inside the outer ring.
 *
 * Segments are found with a Flatbush index of their boxes, so the work is ~n log n, not n².
 * Returns the first finding with its location, or null.
 */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

export interface RingFinding {
  kind: 'crossing' | 'overlap' | 'self-touch' | 'multi-touch' | 'hole-outside';
  at: Position;
  /** Rings involved (0 = outer ring). */
  rings: [number, number];
  /** Crossings found (for `crossing`). */
  count: number;
}

interface Seg {
  ring: number;
  i: number;
  a: Position;
  b: Position;
}

const orient = (a: Position, b: Position, c: Position) =>
  (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);

/** c is on segment ab, given that a, b, c are collinear. */
const within = (a: Position, b: Position, c: Position) =>
  Math.min(a[0], b[0]) <= c[0] &&
  c[0] <= Math.max(a[0], b[0]) &&
  Math.min(a[1], b[1]) <= c[1] &&
  c[1] <= Math.max(a[1], b[1]);

const same = (p: Position, q: Position) => p[0] === q[0] && p[1] === q[1];

type Hit = { kind: 'cross' | 'overlap'; at: Position } | { kind: 'touch'; at: Position } | null;

/** How two segments meet: a proper crossing, a collinear overlap, a touch at an endpoint, or not. */
export function meet(s: Seg, t: Seg): Hit {
  const { a, b } = s;
  const { a: c, b: d } = t;
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 === 0 && o2 === 0) {
    // Collinear: overlapping along a length, or meeting at one end.
    const ends = [c, d].filter((p) => within(a, b, p)).concat([a, b].filter((p) => within(c, d, p)));
    const distinct = ends.filter((p, k) => ends.findIndex((q) => same(p, q)) === k);
    if (distinct.length >= 2) return { kind: 'overlap', at: distinct[0] };
    return distinct.length === 1 ? { kind: 'touch', at: distinct[0] } : null;
  }
  if (((o1 > 0 && o2 < 0) || (o1 < 0 && o2 > 0)) && ((o3 > 0 && o4 < 0) || (o3 < 0 && o4 > 0))) {
    const t1 = o3 / (o3 - o4);
    return { kind: 'cross', at: [a[0] + t1 * (b[0] - a[0]), a[1] + t1 * (b[1] - a[1])] };
  }
  if (o1 === 0 && within(a, b, c)) return { kind: 'touch', at: c };
  if (o2 === 0 && within(a, b, d)) return { kind: 'touch', at: d };
  if (o3 === 0 && within(c, d, a)) return { kind: 'touch', at: a };
  if (o4 === 0 && within(c, d, b)) return { kind: 'touch', at: b };
  return null;
}

/** Whether a point lies inside a ring (even–odd crossing rule; on the outline: either). */
export function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function onRing(p: Position, ring: Position[]): boolean {
  for (let i = 0; i + 1 < ring.length; i++)
    if (orient(ring[i], ring[i + 1], p) === 0 && within(ring[i], ring[i + 1], p)) return true;
  return false;
}

/** Checks one polygon's rings; null when valid. */
export function ringFinding(rings: Position[][]): RingFinding | null {
  const segs: Seg[] = [];
  rings.forEach((r, ring) => {
    for (let i = 0; i + 1 < r.length; i++)
      if (!same(r[i], r[i + 1])) segs.push({ ring, i, a: r[i], b: r[i + 1] });
  });
  if (segs.length < 2) return null;
  const index = new Flatbush(segs.length);
  for (const s of segs)
    index.add(
      Math.min(s.a[0], s.b[0]),
      Math.min(s.a[1], s.b[1]),
      Math.max(s.a[0], s.b[0]),
      Math.max(s.a[1], s.b[1]),
    );
  index.finish();
  const last = rings.map((r) => r.length - 2);
  let firstCross: RingFinding | null = null;
  let crossings = 0;
  /** Distinct touch points per pair of rings. */
  const touches = new Map<string, Position[]>();
  for (let k = 0; k < segs.length; k++) {
    const s = segs[k];
    const found = index.search(
      Math.min(s.a[0], s.b[0]),
      Math.min(s.a[1], s.b[1]),
      Math.max(s.a[0], s.b[0]),
      Math.max(s.a[1], s.b[1]),
    );
    for (const m of found) {
      if (m <= k) continue;
      const t = segs[m];
      const sameRing = s.ring === t.ring;
      const adjacent =
        sameRing &&
        (t.i === s.i + 1 || (s.i === 0 && t.i === last[s.ring]) || (t.i === 0 && s.i === last[s.ring]));
      const hit = meet(s, t);
      if (!hit) continue;
      if (hit.kind === 'cross') {
        crossings++;
        firstCross ??= { kind: 'crossing', at: hit.at, rings: [s.ring, t.ring], count: 0 };
        continue;
      }
      if (hit.kind === 'overlap') return { kind: 'overlap', at: hit.at, rings: [s.ring, t.ring], count: 0 };
      if (adjacent) continue; // they share their common vertex
      if (sameRing) return { kind: 'self-touch', at: hit.at, rings: [s.ring, s.ring], count: 0 };
      const key = `${Math.min(s.ring, t.ring)},${Math.max(s.ring, t.ring)}`;
      const pts = touches.get(key) ?? [];
      if (!pts.some((p) => same(p, hit.at))) pts.push(hit.at);
      touches.set(key, pts);
    }
  }
  if (firstCross) return { ...firstCross, count: crossings };
  for (const [key, pts] of touches)
    if (pts.length > 1) {
      const [r1, r2] = key.split(',').map(Number) as [number, number];
      return { kind: 'multi-touch', at: pts[1], rings: [r1, r2], count: pts.length };
    }
  for (let h = 1; h < rings.length; h++) {
    const probe = rings[h].find((p) => !onRing(p, rings[0]));
    if (probe && !inRing(probe, rings[0]))
      return { kind: 'hole-outside', at: probe, rings: [0, h], count: 0 };
  }
  return null;
}

const ringName = (r: number) => (r === 0 ? 'the outer ring' : `hole ${r}`);
const ringNameZh = (r: number) => (r === 0 ? '外环' : `内环（洞）${r}`);

/** The finding as a planner reads it, in English and Chinese. */
export function describeFinding(f: RingFinding, fmt: (n: number) => string): { en: string; zh: string } {
  const p = `[${fmt(f.at[0])}, ${fmt(f.at[1])}]`;
  const [r1, r2] = f.rings;
  const one = r1 === r2;
  switch (f.kind) {
    case 'crossing': {
      const more = f.count > 1 ? ` (${f.count} crossings)` : '';
      const moreZh = f.count > 1 ? `（共 ${f.count} 处）` : '';
      if (one && r1 === 0)
        return { en: `polygon crosses itself at ${p}${more}`, zh: `多边形自相交，位置 ${p}${moreZh}` };
      if (one)
        return {
          en: `${ringName(r1)} crosses itself at ${p}${more}`,
          zh: `${ringNameZh(r1)}自相交，位置 ${p}${moreZh}`,
        };
      return {
        en: `${ringName(r2)} crosses ${ringName(r1)} at ${p}${more}`,
        zh: `${ringNameZh(r2)}与${ringNameZh(r1)}相交，位置 ${p}${moreZh}`,
      };
    }
    case 'overlap':
      return one
        ? {
            en: `${ringName(r1)} runs back over itself at ${p} (a spike, or all points on a line?)`,
            zh: `${ringNameZh(r1)}在 ${p} 处折返重叠（尖刺，或所有点共线？）`,
          }
        : {
            en: `${ringName(r2)} and ${ringName(r1)} share an edge at ${p}`,
            zh: `${ringNameZh(r2)}与${ringNameZh(r1)}在 ${p} 处有重合的边`,
          };
    case 'self-touch':
      return {
        en: `${ringName(r1)} touches itself at ${p}: split the polygon there, or make the pinched-off part a hole`,
        zh: `${ringNameZh(r1)}在 ${p} 处自接触：请在此拆分多边形，或将夹出的部分改为内环（洞）`,
      };
    case 'multi-touch':
      return {
        en: `${ringName(r2)} touches ${ringName(r1)} at ${f.count} points (one at ${p}), cutting the polygon in pieces; one touching point is allowed`,
        zh: `${ringNameZh(r2)}与${ringNameZh(r1)}有 ${f.count} 个接触点（其一位于 ${p}），把多边形分割成几块；只允许一个接触点`,
      };
    case 'hole-outside':
      return {
        en: `${ringName(r2)} lies outside the outer ring (at ${p})`,
        zh: `${ringNameZh(r2)}位于外环之外（位置 ${p}）`,
      };
  }
}

/**
 * Where the city's works go: neighbourhood centres spread over the city's extent, features
 * clustered around them, as a real city's renewal sites cluster in its old quarters. Positions are
 * in local metres east/north of the city's centre; `toLngLat` turns them into rounded WGS84.
 */
import type { Position } from 'geojson';
import type { Rng } from '../generate-data/random';

export type XY = [number, number];

const M_PER_DEG_LAT = 111_195;

export interface Frame {
  center: [number, number];
  /** half-width and half-height of the city's extent, metres */
  halfW: number;
  halfH: number;
}

export function toLngLat(frame: Frame, [x, y]: XY): Position {
  const mPerDegLon = M_PER_DEG_LAT * Math.cos((frame.center[1] * Math.PI) / 180);
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return [r6(frame.center[0] + x / mPerDegLon), r6(frame.center[1] + y / M_PER_DEG_LAT)];
}

/** A standard normal deviate (Box–Muller). */
export const gauss = (rng: Rng): number =>
  Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());

/** `n` neighbourhood centres, uniform over the extent. */
export function neighbourhoods(rng: Rng, frame: Frame, n: number): XY[] {
  return Array.from({ length: n }, () => [
    rng.range(-frame.halfW, frame.halfW),
    rng.range(-frame.halfH, frame.halfH),
  ]);
}

/** A place near one of the centres (σ metres), kept inside the extent. */
export function near(rng: Rng, frame: Frame, centres: XY[], sigma: number): XY {
  const c = rng.pick(centres);
  const clamp = (v: number, h: number) => Math.max(-h, Math.min(h, v));
  return [clamp(c[0] + gauss(rng) * sigma, frame.halfW), clamp(c[1] + gauss(rng) * sigma, frame.halfH)];
}

/**
 * A closed, counter-clockwise ring of `n` vertices around `c` (radius varying 70–110%): star
 * shaped about its centre, so it never crosses itself.
 */
export function blob(rng: Rng, frame: Frame, c: XY, radius: number, n: number): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n;
    const r = radius * rng.range(0.7, 1.1);
    ring.push(toLngLat(frame, [c[0] + r * Math.cos(a), c[1] + r * Math.sin(a)]));
  }
  ring.push(ring[0]);
  return ring;
}

/** A street-like polyline of `n` vertices and `length` metres, turning gently. */
export function street(rng: Rng, frame: Frame, start: XY, length: number, n: number): Position[] {
  const step = length / (n - 1);
  let heading = (Math.PI / 2) * rng.int(0, 3) + rng.range(-0.2, 0.2);
  const pts: XY[] = [start];
  for (let k = 1; k < n; k++) {
    heading += rng.range(-0.25, 0.25);
    const [x, y] = pts[k - 1];
    pts.push([x + step * Math.cos(heading), y + step * Math.sin(heading)]);
  }
  return pts.map((p) => toLngLat(frame, p));
}

/** Length in metres of a WGS84 polyline (equirectangular: exact enough at city scale). */
export function lengthM(line: Position[]): number {
  let m = 0;
  for (let i = 1; i < line.length; i++) {
    const kx = M_PER_DEG_LAT * Math.cos((line[i][1] * Math.PI) / 180);
    m += Math.hypot((line[i][0] - line[i - 1][0]) * kx, (line[i][1] - line[i - 1][1]) * M_PER_DEG_LAT);
  }
  return m;
}

/** Which blocks hold renovated communities and pocket parks, region by region. */

import { AREA_CELLS, areaOfCell, PILOT_CELLS } from './areas';
import { centroid, dist, offsetRing, type XY } from './geo';
import type { AreaId } from './props';
import type { Rng } from './random';
import { type Cell, cells, node } from './streets';

export type RegionId = 'pilot' | AreaId | 'old-town';

export interface Slot {
  key: string;
  region: RegionId;
  area: AreaId | null;
  /** the whole block or one half of it */
  part: 'whole' | 'west' | 'east';
  /** the plot, 12 m back from the street centre lines */
  ring: XY[];
}

/** [communities, pocket parks] per region */
export const REGION_NEEDS: Record<RegionId, [number, number]> = {
  pilot: [6, 2],
  stairway: [4, 3],
  'power-plant': [4, 3],
  'city-origin': [5, 3],
  'hill-lane': [4, 3],
  'old-town': [47, 11],
};

const SETBACK = 12;

export function plotRing(c: Cell, part: Slot['part']): XY[] {
  const [a, b] = part === 'east' ? [c.i + 0.5, c.i + 1] : part === 'west' ? [c.i, c.i + 0.5] : [c.i, c.i + 1];
  return offsetRing([node(a, c.j), node(b, c.j), node(b, c.j + 1), node(a, c.j + 1)], -SETBACK);
}

function regionCells(region: RegionId): Cell[] {
  if (region === 'pilot') return cells.filter((c) => PILOT_CELLS.has(c.key));
  if (region === 'old-town') {
    const core: XY = [700, -250];
    const free = cells.filter((c) => areaOfCell(c.key) === null);
    const d = (c: Cell): number => dist(centroid([node(c.i, c.j), node(c.i + 1, c.j + 1)]), core);
    return [...free].sort((p, q) => d(p) - d(q) || p.key.localeCompare(q.key)).slice(0, 130);
  }
  return cells.filter((c) => AREA_CELLS[region].has(c.key) && !PILOT_CELLS.has(c.key));
}

export function allocate(rng: Rng): { communities: Slot[]; parks: Slot[] } {
  const communities: Slot[] = [];
  const parks: Slot[] = [];
  for (const region of Object.keys(REGION_NEEDS) as RegionId[]) {
    let [nc, np] = REGION_NEEDS[region];
    const list = rng.shuffle(regionCells(region));
    const area: AreaId | null = region === 'pilot' ? 'stairway' : region === 'old-town' ? null : region;
    const slot = (c: Cell, part: Slot['part']): Slot => ({
      key: c.key,
      region,
      area,
      part,
      ring: plotRing(c, part),
    });
    list.forEach((c, k) => {
      const left = list.length - k;
      if (nc > 0 && np > 0 && (left < nc + np || rng.next() < 0.3)) {
        const west = rng.next() < 0.5;
        communities.push(slot(c, west ? 'west' : 'east'));
        parks.push(slot(c, west ? 'east' : 'west'));
        nc--;
        np--;
      } else if (nc > 0) {
        if (nc >= 2 && (left < nc || rng.next() < 0.25)) {
          communities.push(slot(c, 'west'), slot(c, 'east'));
          nc -= 2;
        } else {
          communities.push(slot(c, 'whole'));
          nc--;
        }
      } else if (np > 0 && (left <= np || rng.next() < 0.5)) {
        parks.push(slot(c, rng.next() < 0.5 ? 'whole' : 'west'));
        np--;
      }
    });
    if (nc > 0 || np > 0) throw new Error(`region ${region}: not enough blocks`);
  }
  return { communities, parks };
}

/**
 * OGC polygon validity (issue 16, point 5): a hole may touch its shell at one point; crossings,
 * self-touching rings, holes touching twice or lying outside are named with their place; the
 * symmetric bow-tie is a crossing, not "zero area"; the time budget says when it ran out.
 */
import type { Position } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../scripts/catalogue';
import { VALIDITY_BUDGET } from '../../../src/data/validate/geometry';
import { validateLayerData } from '../../../src/data/validate/index';

const CATALOGUE = loadCatalogue();

const B = [101.72, 26.58];
/** A ring from offsets in units of 0.001° around B. */
const ring = (pts: number[][]): Position[] => pts.map(([x, y]) => [B[0] + x / 1000, B[1] + y / 1000]);
const SHELL = ring([
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
]);

function problems(rings: Position[][]) {
  const fc = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 'x-1', kind: 'district' },
        geometry: { type: 'Polygon', coordinates: rings },
      },
    ],
  };
  return validateLayerData('t.geojson', fc, 'context', CATALOGUE).filter((p) => p.code !== 'ring-winding');
}

afterEach(() => {
  VALIDITY_BUDGET.ms = 20000;
});

describe('polygon validity (OGC)', () => {
  it('a hole touching the outer ring at one vertex is valid', () => {
    const hole = ring([
      [0, 2],
      [2, 1],
      [2, 3],
      [0, 2],
    ]);
    expect(problems([SHELL, hole])).toEqual([]);
    // Touching in the middle of a shell edge (no shared vertex) is valid too.
    const hole2 = ring([
      [2, 0],
      [3, 1],
      [1, 1],
      [2, 0],
    ]);
    expect(problems([SHELL, hole2])).toEqual([]);
  });

  it('the symmetric bow-tie is named as a crossing with its place, not "zero area"', () => {
    const p = problems([
      ring([
        [0, 0],
        [2, 2],
        [2, 0],
        [0, 2],
        [0, 0],
      ]),
    ]);
    expect(p).toHaveLength(1);
    expect(p[0].code).toBe('self-intersection');
    expect(p[0].location).toBe('features[0].geometry');
    expect(p[0].message_en).toBe('polygon crosses itself at [101.721, 26.581]');
    expect(p[0].message_zh).toContain('多边形自相交');
  });

  it('names a hole crossing the shell, a hole touching it twice, a pinched ring, a hole outside', () => {
    const crossing = problems([
      SHELL,
      ring([
        [3, 1],
        [5, 2],
        [3, 3],
        [3, 1],
      ]),
    ]);
    expect(crossing[0].message_en).toMatch(
      /^hole 1 crosses the outer ring at \[101\.724, 26\.58\d+\] \(2 crossings\)$/,
    );
    const twice = problems([
      SHELL,
      ring([
        [0, 1],
        [2, 2],
        [0, 3],
        [0, 1],
      ]),
    ]);
    expect(twice[0].message_en).toMatch(/hole 1 (touches|and) the outer ring/);
    const pinched = problems([
      ring([
        [0, 0],
        [4, 0],
        [2, 2],
        [4, 4],
        [0, 4],
        [2, 2],
        [0, 0],
      ]),
    ]);
    expect(pinched[0].message_en).toMatch(/^the outer ring touches itself at \[101\.722, 26\.582\]/);
    const outside = problems([
      SHELL,
      ring([
        [5, 5],
        [6, 5],
        [6, 6],
        [5, 5],
      ]),
    ]);
    expect(outside[0]).toMatchObject({
      code: 'hole-outside',
      message_en: expect.stringContaining('hole 1 lies outside'),
    });
  });

  it('points on a line: the ring runs back over itself, with where', () => {
    const p = problems([
      ring([
        [0, 0],
        [2, 0],
        [4, 0],
        [0, 0],
      ]),
    ]);
    expect(p[0].message_en).toMatch(/runs back over itself at \[.*\] \(a spike, or all points on a line\?\)/);
  });

  it('a 100 000-vertex polygon is checked in well under a second per 10⁵ vertices', () => {
    const n = 100000;
    const big: Position[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      big.push([B[0] + 0.01 * Math.cos(a), B[1] + 0.01 * Math.sin(a)]);
    }
    big.push(big[0]);
    const t = performance.now();
    expect(problems([big.map((p) => [Math.round(p[0] * 1e9) / 1e9, Math.round(p[1] * 1e9) / 1e9])])).toEqual(
      [],
    );
    expect(performance.now() - t).toBeLessThan(3000);
  });

  it('when the time budget runs out, says so (not "large polygons")', () => {
    VALIDITY_BUDGET.ms = 0;
    const p = problems([SHELL]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ code: 'check-skipped', severity: 'warning' });
    expect(p[0].message_en).toMatch(/ran out of its 0 s time budget: 1 polygon was not checked/);
  });
});

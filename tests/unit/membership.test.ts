/**
 * The membership rule every figure uses (src/metrics/membership.ts): a line counts by its length
 * inside a zone, a polygon by its representative point, a point as it is; a resident's circle by
 * the near-me rule. Expected values are worked out by hand (./helpers/geo.ts), not with Turf.
 */
import { describe, expect, it } from 'vitest';
import { clippedLengthKm, isInZone, membersInCircle, membersInZone } from '../../src/metrics/membership';
import { arcKm, ell, feature, line, point, rect, square } from './helpers/geo';

describe('clippedLengthKm: only the part of a pipeline inside the zone', () => {
  it('a line crossing the square counts the 0.01° inside, not the 0.03° it is long', () => {
    const km = clippedLengthKm(
      line([
        [-0.01, 0.005],
        [0.02, 0.005],
      ]),
      square,
    );
    expect(km).toBeCloseTo(arcKm(0.01), 3); // 1.112 km, not 3.336
  });

  it('a line bending inside: both legs, clipped at the outline', () => {
    const km = clippedLengthKm(
      line([
        [-0.005, 0.002],
        [0.005, 0.002],
        [0.005, 0.02],
      ]),
      square,
    );
    // 0.005° along the parallel from the west edge + 0.008° north to the north edge
    expect(km).toBeCloseTo(arcKm(0.005) + arcKm(0.008), 2);
  });

  it('lines wholly to one side of the zone count nothing; one inside the box but outside the zone too', () => {
    for (const coords of [
      [
        [-0.03, 0.0],
        [-0.02, 0.01],
      ], // west
      [
        [0.011, -0.01],
        [0.02, 0.02],
      ], // east
      [
        [-0.01, 0.0101],
        [0.02, 0.03],
      ], // north
      [
        [-0.01, -0.02],
        [0.02, -0.0001],
      ], // south
    ])
      expect(clippedLengthKm(line(coords), square)).toBe(0);
    // The L's missing north-east quarter lies inside its box: the line there is split and is outside.
    expect(
      clippedLengthKm(
        line([
          [0.006, 0.006],
          [0.009, 0.009],
        ]),
        ell,
      ),
    ).toBe(0);
    // From outside the box on the west, through the square: the part inside still counts.
    expect(
      clippedLengthKm(
        line([
          [-0.01, 0.005],
          [0.005, 0.005],
        ]),
        square,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
  });

  it('a line starting exactly on the outline', () => {
    expect(
      clippedLengthKm(
        line([
          [0, 0.005],
          [0.005, 0.005],
        ]),
        square,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
  });

  it('a line leaving a concave zone and coming back in counts both inside pieces only', () => {
    // along lat 0.0075 through the L: inside from lon 0 to 0.005 only
    expect(
      clippedLengthKm(
        line([
          [-0.002, 0.0075],
          [0.012, 0.0075],
        ]),
        ell,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
    // along lon 0.0075 northwards: inside from lat 0 to 0.005 only
    expect(
      clippedLengthKm(
        line([
          [0.0075, -0.003],
          [0.0075, 0.012],
        ]),
        ell,
      ),
    ).toBeCloseTo(arcKm(0.005), 3);
  });

  it('a MultiLineString adds its parts; a line outside or along the outside counts 0', () => {
    const multi = feature(
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [0.001, 0.001],
            [0.001, 0.004],
          ],
          [
            [0.002, 0.02],
            [0.002, 0.008],
          ],
        ],
      },
      {},
    );
    expect(clippedLengthKm(multi, square)).toBeCloseTo(arcKm(0.003) + arcKm(0.002), 3);
    expect(
      clippedLengthKm(
        line([
          [0.02, 0],
          [0.03, 0.01],
        ]),
        square,
      ),
    ).toBe(0);
    expect(
      clippedLengthKm(
        line([
          [-0.001, 0],
          [-0.001, 0.01],
        ]),
        square,
      ),
    ).toBe(0);
  });
});

/** The square's eastern neighbour: the two share the edge lon = 0.01. */
const east = feature(rect(0.01, 0, 0.02, 0.01), { id: 'east' }) as typeof square;

describe('isInZone and membersInZone', () => {
  // straddles the east edge, mostly inside: counted
  const mostlyIn = feature(rect(0.008, 0.001, 0.0104, 0.003), { id: 'c2' });
  // straddles the east edge, mostly outside: not counted
  const mostlyOut = feature(rect(0.0096, 0.004, 0.013, 0.006), { id: 'c3' });

  it('uses the representative point of a polygon and the point itself', () => {
    expect(isInZone(mostlyIn, square)).toBe(true);
    expect(isInZone(mostlyOut, square)).toBe(false);
    expect(isInZone(point(0.002, 0.002, {}), square)).toBe(true);
    expect(isInZone(point(0.02, 0.002, {}), square)).toBe(false);
    // a polygon in the missing quarter of the L is not in it, though its box is
    expect(isInZone(feature(rect(0.006, 0.006, 0.008, 0.008), {}), ell)).toBe(false);
    expect(isInZone(feature(rect(0.001, 0.006, 0.003, 0.008), {}), ell)).toBe(true);
  });

  it('a plot near the edge two zones share counts in exactly one', () => {
    for (const x of [0.0085, 0.009, 0.0095, 0.0099, 0.0101, 0.0105]) {
      const plot = feature(rect(x - 0.001, 0.004, x + 0.001, 0.006), {});
      expect(Number(isInZone(plot, square)) + Number(isInZone(plot, east)), String(x)).toBe(1);
    }
  });

  it('lists the members of a layer with the km inside for lines, leaving crumbs along the outline out', () => {
    const crossing = line([
      [-0.01, 0.005],
      [0.02, 0.005],
    ]);
    // 111 m west of the square, along its west edge: outside
    const along = line([
      [-0.001, 0],
      [-0.001, 0.01],
    ]);
    const members = membersInZone([mostlyIn, mostlyOut, crossing, along, point(0.002, 0.002, {})], square);
    expect(members.map((m) => m.feature)).toEqual([mostlyIn, crossing, members[2].feature]);
    expect(members[1].km).toBeCloseTo(arcKm(0.01), 3);
    expect(members[0].km).toBeUndefined();
  });
});

describe('membersInCircle: the near-me rule', () => {
  it('a feature is in when any part lies within the radius; a zone only when the centre is inside', () => {
    const c = { center: [0, 0] as [number, number], radiusM: 300 };
    const near = point(0.002, 0, { id: 'near' }); // 222 m east
    const far = point(0.003, 0, { id: 'far' }); // 334 m east
    const edge = feature(rect(0.002, -0.001, 0.004, 0.001), { id: 'edge' }); // its west edge 222 m away
    const around = feature(rect(-0.01, -0.01, 0.01, 0.01), { id: 'around' });
    const beside = feature(rect(0.002, -0.001, 0.003, 0.001), { id: 'beside' });
    const ids = (fs: ReturnType<typeof membersInCircle>) => fs.map((m) => m.feature.properties?.id);
    expect(ids(membersInCircle([near, far, edge], c, false, true))).toEqual(['near', 'edge']);
    expect(ids(membersInCircle([around, beside], c, true, true))).toEqual(['around']);
  });

  it('clips a line to the circle', () => {
    const c = { center: [0, 0] as [number, number], radiusM: 1000 };
    const [m] = membersInCircle(
      [
        line([
          [-0.05, 0],
          [0.05, 0],
        ]),
      ],
      c,
      false,
      true,
    );
    // a chord through the centre: the diameter, 2 km (the 96-gon's vertex lies on the equator)
    expect(m.km).toBeCloseTo(2, 2);
  });
});

// The rule's promise (membership.ts header): non-overlapping zones count every feature once, so
// the areas' figures add up to the district's. Both cases below break it today: see the report.
describe('zones that share an edge count a feature on it once', () => {
  it('a plot whose representative point lies exactly on the shared edge', () => {
    const plot = feature(rect(0.009, 0.004, 0.011, 0.006), {}); // centred on lon 0.01
    expect(Number(isInZone(plot, square)) + Number(isInZone(plot, east))).toBe(1);
    const lift = point(0.01, 0.005, {});
    expect(Number(isInZone(lift, square)) + Number(isInZone(lift, east))).toBe(1);
  });

  it('a line running along the shared edge: its km once, not in both zones', () => {
    const onEdge = line([
      [0.01, 0.002],
      [0.01, 0.008],
    ]);
    expect(clippedLengthKm(onEdge, square) + clippedLengthKm(onEdge, east)).toBeCloseTo(arcKm(0.006), 3);
  });
});

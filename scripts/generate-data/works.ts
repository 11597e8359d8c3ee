/** pocket-parks.geojson and elevators.geojson. */
import { booleanPointInPolygon, area as turfArea } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import type { Status } from '../../src/data/types';
import type { RegionId, Slot } from './blocks';
import type { CommunityFeature } from './communities';
import { centroid, lerp, offsetRing, polygonFromXY, scaleRing, toLngLat, type XY } from './geo';
import type { ElevatorProps, PocketParkProps } from './props';
import type { Rng } from './random';
import { schedule } from './schedule';
import { makeName, worksSentence } from './text';

const FACILITIES: [string, string][] = [
  ['座椅', 'benches'],
  ['儿童游乐', 'a children’s play area'],
  ['健身器材', 'fitness equipment'],
  ['林荫步道', 'a shaded path'],
  ['公厕', 'a public toilet'],
  ['休憩亭', 'a shelter'],
  ['小广场', 'a small square'],
  ['直饮水', 'drinking water'],
];

/** [year, status] per region, one per park. */
const PARK_PLAN: Record<RegionId, [number, Status][]> = {
  pilot: [
    [2025, 'completed'],
    [2026, 'under_construction'],
  ],
  stairway: [
    [2025, 'under_construction'],
    [2026, 'under_construction'],
    [2027, 'planned'],
  ],
  'power-plant': [
    [2024, 'completed'],
    [2026, 'planned'],
    [2027, 'planned'],
  ],
  'city-origin': [
    [2023, 'completed'],
    [2025, 'completed'],
    [2026, 'planned'],
  ],
  'hill-lane': [
    [2024, 'completed'],
    [2025, 'under_construction'],
    [2027, 'planned'],
  ],
  'old-town': [
    [2023, 'completed'],
    [2023, 'completed'],
    [2024, 'completed'],
    [2024, 'completed'],
    [2024, 'completed'],
    [2025, 'completed'],
    [2025, 'completed'],
    [2025, 'under_construction'],
    [2026, 'under_construction'],
    [2026, 'planned'],
    [2027, 'planned'],
  ],
};

export function buildPocketParks(
  rng: Rng,
  slots: Slot[],
  usedNames: Set<string>,
): Feature<Polygon, PocketParkProps>[] {
  const counters = new Map<RegionId, number>();
  const out: Feature<Polygon, PocketParkProps>[] = [];
  for (const slot of slots) {
    const k = counters.get(slot.region) ?? 0;
    counters.set(slot.region, k + 1);
    const [year, status] = PARK_PLAN[slot.region][k];
    // a park fills part of its plot: 400–10,000 m²
    const plot = offsetRing(slot.ring, -4);
    const full = turfArea(polygonFromXY(plot));
    const small = rng.next() < 0.3;
    const target = Math.min(full * 0.92, small ? rng.range(450, 1500) : rng.range(1800, 9000));
    let ring = scaleRing(plot, Math.sqrt(target / full));
    if (rng.next() < 0.5) {
      // cut one corner: a path into the park
      const c = rng.int(0, 3);
      const prev = ring[(c + 3) % 4];
      const next = ring[(c + 1) % 4];
      ring = [
        ...ring.slice(0, c),
        lerp(ring[c], prev, 0.22),
        lerp(ring[c], next, 0.22),
        ...ring.slice(c + 1),
      ];
    }
    const facilities = rng.sample(FACILITIES, rng.int(2, 4));
    const [summary, summary_en] = worksSentence(
      [`建口袋公园，设${facilities.map((f) => f[0]).join('、')}`],
      [`a pocket park with ${facilities.map((f) => f[1]).join(', ')}`],
      status,
      year,
    );
    const [name, name_en] = makeName(rng, slot.region, 'park', usedNames);
    out.push({
      type: 'Feature',
      properties: {
        id: '',
        name,
        name_en,
        area: slot.area,
        status,
        year,
        ...schedule(rng, year, status),
        summary,
        summary_en,
        investment_wan: rng.next() < 0.5 ? Math.round(target * rng.range(0.03, 0.06)) : null,
        facilities: facilities.map((f) => f[0]),
      },
      geometry: polygonFromXY(ring),
    });
  }
  const west = (f: Feature<Polygon>): number => f.geometry.coordinates[0][0][0];
  out.sort((a, b) => a.properties.year - b.properties.year || west(a) - west(b));
  out.forEach((f, k) => {
    f.properties.id = `pp-${String(k + 1).padStart(2, '0')}`;
  });
  return out;
}

/** Lift retrofits: one point per building, in the stairway communities that list 加装电梯. */
export function buildElevators(rng: Rng, communities: CommunityFeature[]): Feature<Point, ElevatorProps>[] {
  const out: Feature<Point, ElevatorProps>[] = [];
  for (const c of communities) {
    const p = c.properties;
    if (p.area !== 'stairway' || !p.measures.includes('加装电梯')) continue;
    const inner = offsetRing(c.plot, -10);
    const n = c.region === 'pilot' ? rng.int(5, 7) : rng.int(2, 3);
    // candidate spots on a 4 × 2 lattice inside the plot, a few metres of jitter
    const spots: XY[] = [];
    for (const v of [0.28, 0.72]) for (const u of [0.15, 0.38, 0.62, 0.85]) spots.push(bilinear(inner, u, v));
    const chosen = rng.sample(spots, Math.min(n, spots.length));
    const buildingNos = rng.sample(
      Array.from({ length: Math.max(p.buildings, n) }, (_, k) => k + 1),
      chosen.length,
    );
    chosen.forEach((spot, k) => {
      const at: XY = [spot[0] + rng.range(-4, 4), spot[1] + rng.range(-4, 4)];
      const units = rng.int(1, 3);
      const floors = rng.int(6, 7);
      const served = units * floors * 2;
      const building = `${buildingNos[k]}栋`;
      const status = p.status;
      const [summary, summary_en] = worksSentence(
        [`${building}加装${units}部电梯，${floors}层楼${served}户上下楼更方便`],
        [
          `${units} lift${units > 1 ? 's' : ''} added to building ${buildingNos[k]}, easier stairs for ${served} households on ${floors} floors`,
        ],
        status,
        p.year,
      );
      out.push({
        type: 'Feature',
        properties: {
          id: '',
          name: `${p.name}${building}加装电梯`,
          name_en: `Lift retrofit, building ${buildingNos[k]}, ${p.name_en}`,
          area: 'stairway',
          status,
          year: p.year,
          start: p.start,
          end: p.end,
          summary,
          summary_en,
          investment_wan: rng.next() < 0.6 ? units * rng.int(45, 65) : null,
          community: p.id,
          building,
          units,
          floors,
          households_served: served,
        },
        geometry: { type: 'Point', coordinates: toLngLat(at) },
      });
    });
  }
  out.forEach((f, k) => {
    f.properties.id = `el-${String(k + 1).padStart(2, '0')}`;
  });
  for (const f of out) {
    if (!booleanPointInPolygon(f.geometry, communityOf(communities, f)))
      throw new Error(`${f.properties.id} outside its community`);
  }
  return out;
}

function communityOf(communities: CommunityFeature[], f: Feature<Point, ElevatorProps>): Polygon {
  const c = communities.find((x) => x.properties.id === f.properties.community);
  if (!c) throw new Error(`no community ${f.properties.community}`);
  return c.geometry;
}

/** A point in a quadrilateral ring by its parameters (u along the first edge, v across). */
function bilinear(ring: XY[], u: number, v: number): XY {
  if (ring.length !== 4) return centroid(ring);
  const bottom = lerp(ring[0], ring[1], u);
  const top = lerp(ring[3], ring[2], u);
  return lerp(bottom, top, v);
}

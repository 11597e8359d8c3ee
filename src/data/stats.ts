/**
 * Statistics of a priority area or the pilot zone, computed with Turf from the geometry and the
 * data — never read from a typed-in number. Which works lie in a zone is decided by geometry, not
 * by their `area` property, so the pilot zone (which has no works of its own in `area`) gets its
 * real numbers too.
 *
 * Membership rule: a polygon work (community, pocket park, riverside space) belongs to the zone
 * when its representative point — the label point of `labelPoint`, always inside the polygon —
 * lies in the zone. `booleanWithin` was not chosen: the data's plots share edges with the area
 * outlines, and a plot that touches or crosses the outline by a few centimetres would be counted
 * in no area at all; one representative point counts every plot in exactly one of several
 * non-overlapping zones. Elevators are points and are tested as they are. Pipelines are not
 * counted but measured: each line is split at the zone's outline and only the pieces inside count.
 */
import { along, area, booleanPointInPolygon, length, lineSplit, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { labelPoint } from './derive';
import { effectiveStatus } from './status';
import { type LayerId, STATUSES, type Status } from './types';
import { toHa, toMu } from './units';

export type Zone = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

/** How many of something are planned, under construction and completed, and their total. */
export type StatusCounts = Record<Status, number> & { total: number };

/** The works that lie in a zone (independent of the year shown). */
export interface ZoneMembers {
  communities: Feature[];
  pocketParks: Feature[];
  elevators: Feature[];
  riverside: Feature[];
  /** Each pipeline with a part inside, and the length of that part in km. */
  pipelines: Array<{ feature: Feature; km: number }>;
}

export interface ZoneStats {
  id: string;
  /** Area from the geometry (Turf `area`, geodesic). */
  m2: number;
  mu: number;
  ha: number;
  /** The zone's own `households` property (residents of the whole zone), or null. */
  households: number | null;
  communities: StatusCounts;
  /** Households of the old communities inside the zone. */
  communityHouseholds: number;
  pocketParks: StatusCounts;
  elevators: StatusCounts;
  riverside: StatusCounts;
  /** Km of pipeline works inside the zone, clipped at its outline, by status. */
  pipelineKm: Record<Status, number> & { total: number };
  /** Every work inside: communities, parks, elevators, riverside spaces and pipelines. */
  works: StatusCounts;
  /** Completed works / all works inside; null when the zone has none. */
  shareCompleted: number | null;
}

const isAreal = (f: Feature): f is Zone =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

const emptyCounts = (): StatusCounts => ({ planned: 0, under_construction: 0, completed: 0, total: 0 });

/** Counts features by the status they had at the end of `year` (null: the data's status). */
export function countByStatus(features: readonly Feature[], year: number | null): StatusCounts {
  const c = emptyCounts();
  for (const f of features) {
    c[effectiveStatus(f.properties ?? {}, year)] += 1;
    c.total += 1;
  }
  return c;
}

/** The parts of a line's geometry as LineStrings (a MultiLineString gives one per part). */
function lineParts(f: Feature): Position[][] {
  const g = f.geometry;
  if (g?.type === 'LineString') return [g.coordinates];
  if (g?.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * Length in km of the part of a (Multi)LineString inside a zone: every part is split where it
 * crosses the zone's outline (`lineSplit`), and each piece counts when its midpoint lies inside.
 */
export function clippedLengthKm(line: Feature, zone: Zone): number {
  let km = 0;
  for (const coords of lineParts(line)) {
    if (coords.length < 2) continue;
    const part = lineString(coords);
    const pieces = lineSplit(part, zone).features;
    for (const piece of pieces.length ? pieces : [part]) {
      const len = length(piece, { units: 'kilometers' });
      if (len === 0) continue;
      const mid = along(piece, len / 2, { units: 'kilometers' });
      if (booleanPointInPolygon(mid, zone)) km += len;
    }
  }
  return km;
}

/** Whether a site feature lies in the zone, by the rule in this file's header. */
export function isInZone(f: Feature, zone: Zone): boolean {
  if (f.geometry?.type === 'Point') return booleanPointInPolygon(f.geometry.coordinates, zone);
  if (isAreal(f)) return booleanPointInPolygon(labelPoint(f), zone);
  return false;
}

/** The works of the data set that lie in a zone. */
export function zoneMembers(zone: Zone, layers: ReadonlyMap<LayerId, FeatureCollection>): ZoneMembers {
  const inside = (id: LayerId) => (layers.get(id)?.features ?? []).filter((f) => isInZone(f, zone));
  const pipelines: ZoneMembers['pipelines'] = [];
  for (const f of layers.get('pipelines')?.features ?? []) {
    const km = clippedLengthKm(f, zone);
    // A line that only runs along the outline leaves rounding crumbs; a metre is not a work.
    if (km > 0.001) pipelines.push({ feature: f, km });
  }
  return {
    communities: inside('communities'),
    pocketParks: inside('pocket-parks'),
    elevators: inside('elevators'),
    riverside: inside('riverside'),
    pipelines,
  };
}

/** A zone's statistics at the end of `year` (null: as the data says today). */
export function zoneStats(zone: Zone, members: ZoneMembers, year: number | null): ZoneStats {
  const p = zone.properties ?? {};
  const m2 = area(zone);
  const pipelineKm = { planned: 0, under_construction: 0, completed: 0, total: 0 };
  for (const { feature, km } of members.pipelines) {
    pipelineKm[effectiveStatus(feature.properties ?? {}, year)] += km;
    pipelineKm.total += km;
  }
  const communities = countByStatus(members.communities, year);
  const pocketParks = countByStatus(members.pocketParks, year);
  const elevators = countByStatus(members.elevators, year);
  const riverside = countByStatus(members.riverside, year);
  const pipelineCounts = countByStatus(
    members.pipelines.map((x) => x.feature),
    year,
  );
  const works = emptyCounts();
  for (const c of [communities, pocketParks, elevators, riverside, pipelineCounts]) {
    for (const s of STATUSES) works[s] += c[s];
    works.total += c.total;
  }
  return {
    id: String(p.id ?? ''),
    m2,
    mu: toMu(m2),
    ha: toHa(m2),
    households: typeof p.households === 'number' ? p.households : null,
    communities,
    communityHouseholds: members.communities.reduce((sum, f) => {
      const h = f.properties?.households;
      return sum + (typeof h === 'number' ? h : 0);
    }, 0),
    pocketParks,
    elevators,
    riverside,
    pipelineKm,
    works,
    shareCompleted: works.total ? works.completed / works.total : null,
  };
}

/** The zones of a data set: the priority areas, then the pilot zone. */
export function zonesOf(layers: ReadonlyMap<LayerId, FeatureCollection>): Zone[] {
  return [...(layers.get('areas')?.features ?? []), ...(layers.get('pilot-zone')?.features ?? [])].filter(
    isAreal,
  );
}

/** Members of every zone, keyed by zone id; computed once per data set. */
export function membersByZone(layers: ReadonlyMap<LayerId, FeatureCollection>): Map<string, ZoneMembers> {
  return new Map(zonesOf(layers).map((z) => [String(z.properties?.id ?? ''), zoneMembers(z, layers)]));
}

/** Statistics of one zone straight from the layers (members and numbers in one call). */
export function computeZoneStats(
  zone: Zone,
  layers: ReadonlyMap<LayerId, FeatureCollection>,
  year: number | null = null,
): ZoneStats {
  return zoneStats(zone, zoneMembers(zone, layers), year);
}

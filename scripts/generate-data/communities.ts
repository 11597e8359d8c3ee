/** communities.geojson: old residential communities (老旧小区) and their renovation. */
import { area as turfArea } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import type { Status } from '../../src/data/types';
import type { RegionId, Slot } from './blocks';
import { polygonFromXY, type XY } from './geo';
import type { CommunityProps } from './props';
import type { Rng } from './random';
import { schedule } from './schedule';
import { COMMUNITY_MEASURES, communitySentence, makeName } from './text';

/** [year, status, how many] per region: the speech's 23 / 20 / 16 and the 2026–2027 rest. */
const PLAN: Record<RegionId, [number, Status, number][]> = {
  pilot: [
    [2025, 'under_construction', 2],
    [2026, 'under_construction', 3],
    [2027, 'planned', 1],
  ],
  stairway: [
    [2026, 'under_construction', 2],
    [2027, 'planned', 2],
  ],
  'power-plant': [
    [2022, 'completed', 1],
    [2024, 'completed', 1],
    [2025, 'completed', 1],
    [2027, 'planned', 1],
  ],
  'city-origin': [
    [2022, 'completed', 2],
    [2023, 'completed', 1],
    [2025, 'completed', 1],
    [2026, 'planned', 1],
  ],
  'hill-lane': [
    [2023, 'completed', 2],
    [2024, 'completed', 1],
    [2026, 'planned', 1],
  ],
  'old-town': [
    [2022, 'completed', 20],
    [2023, 'completed', 17],
    [2024, 'completed', 7],
    [2025, 'completed', 2],
    [2025, 'under_construction', 1],
  ],
};

/** A community feature with its region and its plot in metres (both dropped when written). */
export type CommunityFeature = Feature<Polygon, CommunityProps> & { region: RegionId; plot: XY[] };

const GENERAL = COMMUNITY_MEASURES.filter((m) => m !== '加装电梯' && m !== '架空线入地');

function measuresFor(rng: Rng, region: RegionId, lifts: boolean): string[] {
  const base = rng.sample(GENERAL, rng.int(3, 5));
  if (region === 'pilot') {
    const rest = base.filter((m) => m !== '适老化改造');
    return ['加装电梯', '架空线入地', '适老化改造', ...rest.slice(0, 2)];
  }
  return lifts ? ['加装电梯', ...base] : base;
}

/**
 * The communities, in id order. `liftHosts` of the stairway ones outside the pilot zone also get
 * lifts (every pilot-zone community does).
 */
export function buildCommunities(rng: Rng, slots: Slot[], usedNames: Set<string>): CommunityFeature[] {
  const out: CommunityFeature[] = [];
  const byRegion = new Map<RegionId, Slot[]>();
  for (const s of slots) byRegion.set(s.region, [...(byRegion.get(s.region) ?? []), s]);
  for (const [region, plan] of Object.entries(PLAN) as [RegionId, [number, Status, number][]][]) {
    const list = byRegion.get(region) ?? [];
    const years = plan.flatMap(([y, st, n]) => Array.from({ length: n }, () => [y, st] as const));
    if (years.length !== list.length)
      throw new Error(`${region}: ${list.length} plots for ${years.length} communities`);
    list.forEach((slot, k) => {
      const [year, status] = years[k];
      const geometry = polygonFromXY(slot.ring);
      const ha = turfArea(geometry) / 1e4;
      const density = region === 'pilot' ? rng.range(270, 330) : rng.range(300, 500);
      const households = Math.round((ha * density) / 2) * 2;
      const lifts = region === 'stairway' && k < 2;
      const measures = measuresFor(rng, region, lifts);
      const [summary, summary_en] = communitySentence(measures, status, year);
      const [name, name_en] = makeName(rng, region, 'community', usedNames);
      out.push({
        type: 'Feature',
        region,
        plot: slot.ring,
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
          investment_wan: rng.next() < 0.65 ? Math.round((households * rng.range(0.9, 2.2)) / 10) * 10 : null,
          households,
          buildings: Math.max(3, Math.min(30, Math.round(ha * rng.range(6, 12)))),
          built: rng.pick([1960, 1970, 1970, 1980, 1980, 1980, 1990]),
          measures,
        },
        geometry,
      });
    });
  }
  // ids in order of completion year, then west to east
  const west = (f: CommunityFeature): number => f.geometry.coordinates[0][0][0];
  out.sort((a, b) => a.properties.year - b.properties.year || west(a) - west(b));
  out.forEach((f, k) => {
    f.properties.id = `c-${String(k + 1).padStart(3, '0')}`;
  });
  return out;
}

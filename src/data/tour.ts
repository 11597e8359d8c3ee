/**
 * The presenter's numbers: every caption placeholder computed from the data with Turf (areas in 亩
 * from the geometry, lengths in km, counts by status), and the caption templating that fills them.
 * Nothing here is typed in: change the data and the captions follow.
 */
import { length } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { Lang } from '../state/url';
import { areaM2 } from './derive';
import { formatNumber } from './format';
import { countByStatus, membersByZone, type Zone, type ZoneMembers, zoneStats, zonesOf } from './stats';
import { effectiveStatus } from './status';
import { PLACEHOLDERS, splitTemplate, type TemplatePart } from './tourPlaceholders';
import { AREA_IDS, type LayerId, STATUSES } from './types';
import { toMu } from './units';

export { placeholdersIn, type TemplatePart, unknownPlaceholders } from './tourPlaceholders';

/** The raw numbers behind the placeholders, by placeholder name. */
export type TourNumbers = ReadonlyMap<string, number>;

type Layers = ReadonlyMap<LayerId, FeatureCollection>;
const props = (f: Feature): Record<string, unknown> => f.properties ?? {};
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const sum = (fs: Feature[], key: string) => fs.reduce((s, f) => s + num(props(f)[key]), 0);
const kmOf = (fs: Feature[]) => fs.reduce((s, f) => s + length(f, { units: 'kilometers' }), 0);

/**
 * A function giving every placeholder's number, with statuses as they stood at the end of `year`
 * (null: as the data says today). Which works lie in an area or the pilot zone is decided by the
 * geometry, by the same rule as the planner's area panel (src/data/stats.ts), computed once here.
 * A number the data cannot give (a missing layer) is left out, and its placeholder shows "?".
 */
export function tourNumbers(layers: Layers, asOfYear: number): (year: number | null) => TourNumbers {
  const members = membersByZone(layers);
  const zones = zonesOf(layers);
  const cache = new Map<number | null, TourNumbers>();
  return (year) => {
    let n = cache.get(year);
    if (!n) {
      n = computeTourNumbers(layers, zones, members, year, asOfYear);
      cache.set(year, n);
    }
    return n;
  };
}

function computeTourNumbers(
  layers: Layers,
  zones: Zone[],
  members: Map<string, ZoneMembers>,
  year: number | null,
  asOfYear: number,
): TourNumbers {
  const out = new Map<string, number>();
  const features = (id: LayerId) => layers.get(id)?.features ?? [];
  const has = (id: LayerId) => layers.has(id);
  const set = (name: string, v: number) => out.set(name, v);
  const isUnderground = (f: Feature) => props(f).method === 'underground';

  set('year', year ?? asOfYear);
  const district = features('context').find((f) => props(f).kind === 'district');
  if (district && areaM2(district) > 0) set('district.km2', areaM2(district) / 1e6);

  if (has('areas')) {
    const areas = features('areas');
    set('areas.count', areas.length);
    set('areas.mu', toMu(areas.reduce((s, f) => s + areaM2(f), 0)));
    set('areas.households', sum(areas, 'households'));
  }
  if (has('communities')) {
    const cs = features('communities');
    const c = countByStatus(cs, year);
    set('communities.total', c.total);
    for (const s of STATUSES) set(`communities.${s}`, c[s]);
    set('communities.households', sum(cs, 'households'));
    const done = cs.filter((f) => effectiveStatus(props(f), year) === 'completed');
    set('communities.households_completed', sum(done, 'households'));
  }
  if (has('pocket-parks')) {
    const c = countByStatus(features('pocket-parks'), year);
    set('parks.total', c.total);
    for (const s of STATUSES) set(`parks.${s}`, c[s]);
  }
  if (has('elevators')) {
    const es = features('elevators');
    set('elevators.total', es.length);
    set('elevators.completed', countByStatus(es, year).completed);
    set('elevators.lifts', sum(es, 'units'));
    set('elevators.households', sum(es, 'households_served'));
  }
  if (has('pipelines')) {
    const ps = features('pipelines');
    set('pipelines.count', ps.length);
    set('pipelines.total_km', kmOf(ps));
    set('pipelines.underground_km', kmOf(ps.filter(isUnderground)));
  }
  if (has('riverside')) {
    const rs = features('riverside');
    set('riverside.count', rs.length);
    set('riverside.completed', countByStatus(rs, year).completed);
    set('riverside.mu', toMu(rs.reduce((s, f) => s + areaM2(f), 0)));
  }

  for (const zone of zones) {
    const id = String(props(zone).id ?? '');
    const m = members.get(id);
    if (!m) continue;
    const prefix = id === 'pilot-zone' ? 'pilot' : `area.${id}`;
    if (prefix !== 'pilot' && !(AREA_IDS as readonly string[]).includes(id)) continue;
    const st = zoneStats(zone, m, year);
    const p = (metric: string, v: number) => set(`${prefix}.${metric}`, v);
    p('mu', st.mu);
    p('ha', st.ha);
    p('households', st.households ?? Number.NaN);
    if (has('communities')) {
      p('communities', st.communities.total);
      p('communities_completed', st.communities.completed);
      p('community_households', st.communityHouseholds);
    }
    if (has('pocket-parks')) p('parks', st.pocketParks.total);
    if (has('elevators')) {
      p('elevators', st.elevators.total);
      p('lifts', sum(m.elevators, 'units'));
    }
    if (has('pipelines')) {
      p('pipelines_km', st.pipelineKm.total);
      p(
        'underground_km',
        m.pipelines.filter((x) => isUnderground(x.feature)).reduce((s, x) => s + x.km, 0),
      );
    }
    if (has('riverside')) p('riverside', st.riverside.total);
  }
  // Only the names the captions may use (the pilot zone has no riverside, for instance).
  for (const name of out.keys()) if (!PLACEHOLDERS.has(name)) out.delete(name);
  return out;
}

/** One placeholder's value as text in the language's conventions, or null if not computable. */
export function formatPlaceholder(name: string, numbers: TourNumbers, lang: Lang): string | null {
  const format = PLACEHOLDERS.get(name);
  const v = numbers.get(name);
  if (format === undefined || v === undefined || !Number.isFinite(v)) return null;
  if (format === 'year') return String(Math.round(v));
  return formatNumber(v, lang, format === 'dec1' ? 1 : 0);
}

/** A caption split into text and filled numbers (an unknown placeholder becomes "?"). */
export function fillCaption(text: string, numbers: TourNumbers, lang: Lang): TemplatePart[] {
  return splitTemplate(text, (name) => formatPlaceholder(name, numbers, lang));
}

/** A caption as plain text, placeholders filled. */
export function fillText(text: string, numbers: TourNumbers, lang: Lang): string {
  return fillCaption(text, numbers, lang)
    .map((p) => p.text)
    .join('');
}

/**
 * The one metrics function: every figure on screen — zone panels, layer counts, the targets board,
 * the table's footer, the resident's summary, the presenter's captions, the export's legend — is
 * `metrics.value({ layer, measure, zone, year, years })`. A measure is a catalogue entry (count,
 * sum of a field, length, area); the zone is a priority area, the pilot zone, the whole district
 * or a resident's circle; the answer is split by the status each feature had at the end of `year`
 * (null: the data's own status), so a figure about works always says what is done, under way and
 * planned. Membership is computed once per zone and layer (src/metrics/membership.ts).
 */
import { area, length } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { type Catalogue, matches } from '../catalogue/catalogue';
import type { MeasureDef } from '../catalogue/types';
import { effectiveStatus } from '../data/status';
import type { Status } from '../data/types';
import { toMu } from '../data/units';
import {
  type Circle,
  isAreal,
  type Member,
  membersInCircle,
  membersInZone,
  type ZoneShape,
} from './membership';
import { membersOf, type ZoneIndex } from './zoneIndex';

/** The whole data set. */
export const DISTRICT = 'district';

/** The members cache's key of a zone and layer. */
const zoneKey = (zone: string, layer: string) => `${zone}\u0000${layer}`;

/** A zone's feature id (an area, the pilot zone), `district`, or a resident's circle. */
export type ZoneRef = string | Circle;

export interface MetricQuery {
  layer: string;
  measure: string;
  /** default: the whole district */
  zone?: ZoneRef;
  /** statuses as they stood at the end of this year; null or absent: the data's own */
  year?: number | null;
  /** only works whose completion `year` lies in this range (the programme's "three years") */
  years?: readonly [number, number];
}

/** A measure's value, split by status (all zeros but `total` on a layer without status). */
export interface MetricValue extends Record<Status, number> {
  total: number;
  /** features counted */
  features: number;
  /** sum measures: features with a number in the field (the rest are "not published") */
  withValue: number;
  unit: { zh: string; en: string };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** A feature's own length (km, lines) and area (亩, polygons): what a length or area measure adds up. */
export interface FeatureSize {
  km: number;
  mu: number;
}

/** Each layer's sizes by feature index, worked out beforehand (a PMTiles summary); null: not given. */
export type LayerSizes = Array<[string, { km: number[] | null; mu: number[] | null }]>;

/** Whether a list of sizes has one size (a number ≥ 0) per feature; null stands for all zeros. */
const fits = (xs: unknown, n: number) =>
  xs === null ||
  (Array.isArray(xs) &&
    xs.length === n &&
    xs.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0));

/** The size of a feature by Turf on its geometry. */
export function sizeOf(f: Feature): FeatureSize {
  const g = f.geometry?.type;
  const line = g === 'LineString' || g === 'MultiLineString';
  return {
    km: line ? length(f, { units: 'kilometers' }) : 0,
    mu: isAreal(f) ? toMu(area(f)) : 0,
  };
}

export class Metrics {
  private zoneShapes = new Map<string, ZoneShape>();
  private cache = new Map<string, Member[]>();
  private circleCache = new Map<string, Member[]>();
  /** Each feature's length and area, measured once (or given by a summary). */
  private sizes = new WeakMap<Feature, FeatureSize>();

  constructor(
    readonly catalogue: Catalogue,
    readonly layers: ReadonlyMap<string, FeatureCollection>,
    /** The zones' members worked out beforehand (src/metrics/zoneIndex.ts, in the data worker). */
    index?: ZoneIndex | null,
    /** Each feature's length and area worked out beforehand (a summary); checked to fit the data. */
    sizes?: LayerSizes | null,
  ) {
    for (const z of catalogue.zones)
      for (const f of layers.get(z.id)?.features ?? [])
        if (isAreal(f) && typeof f.properties?.id === 'string') this.zoneShapes.set(f.properties.id, f);
    for (const entry of index ?? []) {
      const members = this.zoneShapes.has(entry.zone) ? membersOf(entry, layers.get(entry.layer)) : null;
      if (members) this.cache.set(zoneKey(entry.zone, entry.layer), members);
    }
    for (const [layer, { km, mu }] of sizes ?? []) {
      const features = layers.get(layer)?.features;
      if (!features || !fits(km, features.length) || !fits(mu, features.length)) continue;
      for (let i = 0; i < features.length; i++)
        this.sizes.set(features[i], { km: km?.[i] ?? 0, mu: mu?.[i] ?? 0 });
    }
  }

  /** A feature's own length and area (measured on first use). */
  size(f: Feature): FeatureSize {
    let s = this.sizes.get(f);
    if (!s) {
      s = sizeOf(f);
      this.sizes.set(f, s);
    }
    return s;
  }

  private amount(m: MeasureDef, member: Member): number | null {
    const p = member.feature.properties ?? {};
    switch (m.kind) {
      case 'count':
        return 1;
      case 'sum':
        return num(p[m.field ?? '']);
      case 'length':
        return member.km ?? this.size(member.feature).km;
      case 'area':
        return this.size(member.feature).mu;
    }
  }

  /** The zone polygons by id: the priority areas, then the pilot zone (catalogue order). */
  get zones(): ReadonlyMap<string, ZoneShape> {
    return this.zoneShapes;
  }

  hasZone(zone: ZoneRef): boolean {
    return typeof zone !== 'string' || zone === DISTRICT || this.zoneShapes.has(zone);
  }

  /** The features of `layer` in `zone` (with the length inside, for lines); year-independent. */
  members(layer: string, zone: ZoneRef = DISTRICT, withLength = true): Member[] {
    const features = this.layers.get(layer)?.features ?? [];
    if (zone === DISTRICT) return features.map((feature) => ({ feature }));
    if (typeof zone !== 'string') {
      // One circle at a time is asked about (the resident's): keep its members until it moves.
      const key = `${zone.center[0]},${zone.center[1]},${zone.radiusM}\u0000${layer}\u0000${withLength}`;
      const hit = this.circleCache.get(key);
      if (hit) return hit;
      if (this.circleCache.size > 64) this.circleCache.clear();
      const isZone = this.catalogue.get(layer)?.role === 'zone';
      const m = membersInCircle(features, zone, isZone, withLength);
      this.circleCache.set(key, m);
      return m;
    }
    const key = zoneKey(zone, layer);
    let m = this.cache.get(key);
    if (!m) {
      const shape = this.zoneShapes.get(zone);
      m = shape ? membersInZone(features, shape) : [];
      this.cache.set(key, m);
    }
    return m;
  }

  /** The one metrics function. Unknown layer or measure: null (the caller shows "?", never 0). */
  value(q: MetricQuery): MetricValue | null {
    const entry = this.catalogue.get(q.layer);
    const m = this.catalogue.measure(q.layer, q.measure);
    if (!entry || !m || !this.layers.has(q.layer) || !this.hasZone(q.zone ?? DISTRICT)) return null;
    const out: MetricValue = {
      planned: 0,
      under_construction: 0,
      completed: 0,
      total: 0,
      features: 0,
      withValue: 0,
      unit: m.unit,
    };
    for (const member of this.members(q.layer, q.zone, m.kind === 'length')) {
      const p = member.feature.properties ?? {};
      if (!matches(m.where, p)) continue;
      if (q.years && !(typeof p.year === 'number' && p.year >= q.years[0] && p.year <= q.years[1])) continue;
      const v = this.amount(m, member);
      out.features += 1;
      if (v === null) continue;
      out.withValue += 1;
      out.total += v;
      if (entry.status) out[effectiveStatus(p, q.year ?? null)] += v;
    }
    return out;
  }

  /** The features behind a figure (a cell of the cross-table, a legend's count), in data order. */
  features(q: Omit<MetricQuery, 'measure'> & { status?: Status }): Feature[] {
    const entry = this.catalogue.get(q.layer);
    return this.members(q.layer, q.zone, false)
      .map((x) => x.feature)
      .filter((f) => {
        const p = f.properties ?? {};
        if (q.years && !(typeof p.year === 'number' && p.year >= q.years[0] && p.year <= q.years[1]))
          return false;
        return !q.status || !entry?.status || effectiveStatus(p, q.year ?? null) === q.status;
      });
  }
}

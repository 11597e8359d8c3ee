/**
 * Which features of each layer lie in each zone, as plain numbers: what the metrics function would
 * work out on first use (src/metrics/membership.ts, Turf on the geometry), computed beforehand
 * where it costs the page nothing — in the data worker (src/data/check/), while the map draws — and
 * handed to the page's `Metrics`, which then starts with every zone's members known. On the city
 * set this is most of a second of line clipping that no longer blocks the main thread.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Member } from './membership';
import type { Metrics } from './metrics';

/** One zone and layer: its members as indices into the layer's features, with their km (lines). */
export interface ZoneEntry {
  zone: string;
  layer: string;
  members: number[];
  /** km inside the zone, per member (lines only) */
  km: number[] | null;
}

export type ZoneIndex = ZoneEntry[];

/** Every zone's members of every layer, by the metrics function's own membership rule. */
export function zoneIndexOf(metrics: Metrics): ZoneIndex {
  const out: ZoneIndex = [];
  for (const [layer, fc] of metrics.layers) {
    const position = new Map<Feature, number>(fc.features.map((f, i) => [f, i]));
    for (const zone of metrics.zones.keys()) {
      const members = metrics.members(layer, zone);
      const lines = members.some((m) => m.km !== undefined);
      out.push({
        zone,
        layer,
        members: members.map((m) => position.get(m.feature) ?? -1),
        km: lines ? members.map((m) => m.km ?? 0) : null,
      });
    }
  }
  return out;
}

/** An entry's members as features of `fc`; null when the index does not fit these data. */
export function membersOf(entry: ZoneEntry, fc: FeatureCollection | undefined): Member[] | null {
  if (!fc) return null;
  const out: Member[] = [];
  for (let j = 0; j < entry.members.length; j++) {
    const feature = fc.features[entry.members[j]];
    if (!feature) return null;
    out.push(entry.km ? { feature, km: entry.km[j] } : { feature });
  }
  return out;
}

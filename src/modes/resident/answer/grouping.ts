/**
 * The resident's answer as groups (电梯 · 道路和管线施工 · 公园和绿地 · 小区改造 · 片区, from the
 * catalogue's `near_me_groups`): every item of the walking circle in exactly one place — "my
 * community" (the community the place is in, with the works that name it, such as its lifts) or
 * one row of one group. Rows merge what a resident sees as one thing: the lifts of a community
 * (`group_by`), and works whose lines run along the same street (`merge_within`).
 */
import { pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Catalogue } from '../../../catalogue/catalogue';
import type { LocalizedText } from '../../../catalogue/types';
import type { NearMeItem, NearMeResult } from '../../../data/nearMe';

export interface NearRow {
  /** the first item's id: a stable key */
  key: string;
  layer: string;
  /** nearest first */
  items: NearMeItem[];
  distanceM: number;
  inside: boolean;
  /** for a `group_by` row: the feature its items name (the lifts' community), when known */
  ref: Feature | null;
  refId: string | null;
}

export interface NearGroup {
  id: string;
  name: LocalizedText;
  layers: string[];
  /** nearest first */
  rows: NearRow[];
  /** the items of its rows */
  count: number;
}

export interface NearAnswer {
  /** the community the place lies in */
  home: NearMeItem | null;
  /** the circle's works that name the home community (its lifts): shown with it, not in a group */
  homeWorks: NearMeItem[];
  groups: NearGroup[];
}

/** The ref field of `layer` that names features of `target` (a lift's `community`). */
export function refFieldTo(catalogue: Catalogue, layer: string, target: string): string | null {
  const near = catalogue.get(layer)?.near_me;
  const f = catalogue.fields(layer).find((d) => d.type === 'ref' && d.layer === target && d.key !== 'area');
  return f && (!near?.group_by || near.group_by === f.key) ? f.key : null;
}

const linesOf = (f: Feature): Position[][] => {
  const g = f.geometry;
  if (g?.type === 'LineString') return [g.coordinates];
  if (g?.type === 'MultiLineString') return g.coordinates;
  return [];
};

/** Whether every vertex of `a` lies within `m` metres of `b`'s lines. */
function runsAlong(a: Feature, b: Feature, m: number): boolean {
  const target = linesOf(b);
  const vertices = linesOf(a).flat();
  if (vertices.length === 0 || target.length === 0) return false;
  return vertices.every((v) =>
    target.some(
      (line) =>
        line.length > 1 &&
        pointToLineDistance(v, { type: 'LineString', coordinates: line }, { units: 'meters' }) <= m,
    ),
  );
}

/** Items of one layer in rows of works along the same street: a pair merges when either runs along the other. */
function mergeAlong(items: NearMeItem[], m: number): NearMeItem[][] {
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root];
    return root;
  };
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      if (
        find(i) !== find(j) &&
        (runsAlong(items[i].feature, items[j].feature, m) || runsAlong(items[j].feature, items[i].feature, m))
      )
        parent[find(j)] = find(i);
  const rows = new Map<number, NearMeItem[]>();
  items.forEach((item, i) => {
    const root = find(i);
    rows.set(root, [...(rows.get(root) ?? []), item]);
  });
  return [...rows.values()];
}

function row(
  layer: string,
  items: NearMeItem[],
  ref: Feature | null = null,
  refId: string | null = null,
): NearRow {
  return {
    key: items[0].id,
    layer,
    items,
    distanceM: items[0].distanceM,
    inside: items.some((i) => i.inside),
    ref,
    refId,
  };
}

/** The rows of one layer's items (nearest first in, nearest first out). */
function rowsOf(
  catalogue: Catalogue,
  layer: string,
  items: NearMeItem[],
  layers: ReadonlyMap<string, FeatureCollection>,
): NearRow[] {
  const near = catalogue.get(layer)?.near_me;
  if (near?.group_by) {
    const key = near.group_by;
    const target = catalogue.field(layer, key)?.layer;
    const byRef = new Map<string, NearMeItem[]>();
    for (const item of items) {
      const v = item.feature.properties?.[key];
      const k = typeof v === 'string' ? v : `\u0000${item.id}`;
      byRef.set(k, [...(byRef.get(k) ?? []), item]);
    }
    return [...byRef].map(([k, list]) => {
      const refId = k.startsWith('\u0000') ? null : k;
      const ref =
        refId && target
          ? (layers.get(target)?.features.find((f) => f.properties?.id === refId) ?? null)
          : null;
      // a community's buildings in their own order (1栋, 2栋, … 10栋), not by distance
      const building = (i: NearMeItem) => String(i.feature.properties?.building ?? '');
      const parts = [...list].sort((x, y) =>
        building(x).localeCompare(building(y), 'zh-CN', { numeric: true }),
      );
      return { ...row(layer, list, ref, refId), items: parts };
    });
  }
  if (near?.merge_within) return mergeAlong(items, near.merge_within).map((list) => row(layer, list));
  return items.map((i) => row(layer, [i]));
}

export function groupAnswer(
  result: NearMeResult,
  catalogue: Catalogue,
  layers: ReadonlyMap<string, FeatureCollection>,
): NearAnswer {
  const home = result.community;
  const homeWorks: NearMeItem[] = [];
  const byLayer = new Map<string, NearMeItem[]>();
  for (const item of result.items) {
    if (home && item.id === home.id && item.layer === home.layer) continue;
    const ref = home ? refFieldTo(catalogue, item.layer, home.layer) : null;
    if (home && ref && item.feature.properties?.[ref] === home.id) {
      homeWorks.push(item);
      continue;
    }
    byLayer.set(item.layer, [...(byLayer.get(item.layer) ?? []), item]);
  }
  const groups: NearGroup[] = [];
  for (const g of catalogue.nearMeGroups) {
    const rows = g.layers
      .flatMap((l) => rowsOf(catalogue, l, byLayer.get(l) ?? [], layers))
      .sort((a, b) => a.distanceM - b.distanceM || (a.key < b.key ? -1 : 1));
    if (rows.length === 0) continue;
    groups.push({
      id: g.id,
      name: g.name,
      layers: g.layers,
      rows,
      count: rows.reduce((n, r) => n + r.items.length, 0),
    });
  }
  return { home, homeWorks, groups };
}

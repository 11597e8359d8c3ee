/**
 * Rules for what the resident's answer reads from `layers.json`: the near-me keys of each layer
 * (rank, grouping, the summary's measure, merging) and the catalogue's `near_me_groups`, and the
 * plain words of `disturbance`. Part of `checkCatalogue` (./check.ts).
 */
import { at } from '../data/validate/problem';
import type { FieldDef, LayerEntry } from './types';

export interface Reporter {
  err(loc: string, what: string, en: string, zh: string): void;
  text(loc: string, what: string, v: unknown, key: string): void;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The catalogue's `near_me_groups`: ids of the well-formed ones. */
export function checkGroups(c: Reporter, groups: unknown): string[] {
  if (groups === undefined) return [];
  if (!Array.isArray(groups)) {
    c.err('near_me_groups', 'layers.json', '"near_me_groups" must be a list', '"near_me_groups" 必须是列表');
    return [];
  }
  const ids: string[] = [];
  groups.forEach((g, i) => {
    const loc = at('near_me_groups', i);
    if (!isObj(g) || typeof g.id !== 'string' || !ID.test(g.id)) {
      c.err(loc, 'near_me_groups', 'each group needs an "id" like "lifts"', '每个分组需要 "id"，如 "lifts"');
      return;
    }
    if (ids.includes(g.id))
      c.err(at(loc, 'id'), 'near_me_groups', `"${g.id}" is listed twice`, `"${g.id}" 重复`);
    c.text(loc, `near_me_groups "${g.id}"`, g.name, 'name');
    ids.push(g.id);
  });
  return ids;
}

/** One layer's near-me keys and `disturbance`, against its fields and measures. */
export function checkLayerNearMe(
  c: Reporter,
  loc: string,
  what: string,
  e: LayerEntry,
  fields: FieldDef[],
  groups: string[],
) {
  const keys = new Set(fields.map((f) => f.key));
  const near = e.near_me;
  if (near) {
    const nloc = at(loc, 'near_me');
    if (typeof near.rank !== 'number')
      c.err(at(nloc, 'rank'), what, '"rank" must be a number', '"rank" 必须是数字');
    if (near.group_by !== undefined && !keys.has(near.group_by))
      c.err(
        at(nloc, 'group_by'),
        what,
        `"${near.group_by}" is not a field`,
        `"${near.group_by}" 不是本图层的字段`,
      );
    if (near.group !== undefined && !groups.includes(near.group))
      c.err(
        at(nloc, 'group'),
        what,
        `group "${near.group}" is not in "near_me_groups"`,
        `分组 "${near.group}" 不在 "near_me_groups" 中`,
      );
    if (near.measure !== undefined && !(e.measures ?? []).some((m) => m.id === near.measure))
      c.err(
        at(nloc, 'measure'),
        what,
        `"${near.measure}" is not a measure`,
        `"${near.measure}" 不是本图层的量`,
      );
    if (near.merge_within !== undefined && !(typeof near.merge_within === 'number' && near.merge_within > 0))
      c.err(
        at(nloc, 'merge_within'),
        what,
        '"merge_within" must be a number of metres above 0',
        '"merge_within" 必须是大于 0 的米数',
      );
  }
  const d = e.disturbance as unknown;
  if (d === undefined) return;
  const dloc = at(loc, 'disturbance');
  if (!isObj(d) || typeof d.by !== 'string' || !isObj(d.values)) {
    c.err(
      dloc,
      what,
      '"disturbance" must be {"by": field, "values": {value: {"zh","en"}}, "default": {"zh","en"}}',
      '"disturbance" 必须是 {"by": 字段, "values": {值: {"zh","en"}}, "default": {"zh","en"}}',
    );
    return;
  }
  if (!keys.has(d.by)) c.err(at(dloc, 'by'), what, `"${d.by}" is not a field`, `"${d.by}" 不是本图层的字段`);
  for (const [v, text] of Object.entries(d.values)) c.text(at(dloc, 'values'), what, text, v);
  c.text(dloc, what, d.default, 'default');
}

/**
 * The resident's answer on the shipped data and on small fixtures: grouping (every item in one
 * place, lifts by community, lines along the same street merged, "my community" apart), the
 * disturbance timeline (order, what is going on or next), the catalogue's near-me rules and the
 * contacts' validation.
 */
import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/catalogue/check';
import { buildNearMeIndex, nearMe } from '../../src/data/nearMe';
import { checkContacts } from '../../src/data/validate/contacts';
import { ProblemSink } from '../../src/data/validate/problem';
import { disturbances, monthsBetween, nextDisturbance } from '../../src/modes/resident/answer/disturbances';
import { groupAnswer } from '../../src/modes/resident/answer/grouping';
import { catalogueFile, shippedCatalogue, shippedLayers } from './helpers/catalogue';

const catalogue = shippedCatalogue();
const layers = shippedLayers();
const index = buildNearMeIndex(layers, catalogue);
const feature = (layer: string, id: string) =>
  layers.get(layer)?.features.find((f) => f.properties?.id === id) as Feature;
/** Inside 梯道巷二号院 (c-069), in the central stairway area. */
const STAIRWAY: [number, number] = [101.7212, 26.5797];

describe('grouping the answer', () => {
  for (const r of [300, 500, 1000]) {
    it(`at ${r} m, every item of the circle is in exactly one place`, () => {
      const result = nearMe(index, STAIRWAY, r);
      const a = groupAnswer(result, catalogue, layers);
      const placed = [
        ...(a.home ? [a.home.id] : []),
        ...a.homeWorks.map((i) => i.id),
        ...a.groups.flatMap((g) => g.rows.flatMap((row) => row.items.map((i) => i.id))),
      ];
      expect(placed.sort()).toEqual(result.items.map((i) => i.id).sort());
      for (const g of a.groups) expect(g.count).toBe(g.rows.reduce((n, row) => n + row.items.length, 0));
    });
  }

  it('puts the lifts of "my community" with it, and groups the other lifts by community', () => {
    const a = groupAnswer(nearMe(index, STAIRWAY, 500), catalogue, layers);
    expect(a.home?.id).toBe('c-069');
    expect(a.homeWorks.length).toBeGreaterThan(0);
    for (const w of a.homeWorks) expect(w.feature.properties?.community).toBe('c-069');
    const lifts = a.groups.find((g) => g.id === 'lifts');
    const communities = lifts?.rows.map((row) => row.refId) ?? [];
    expect(new Set(communities).size).toBe(communities.length);
    for (const row of lifts?.rows ?? []) {
      for (const i of row.items) expect(i.feature.properties?.community).toBe(row.refId);
      expect(row.ref?.properties?.id).toBe(row.refId);
    }
  });

  it('merges the power and telecom lines of the same street, not lines of other streets', () => {
    const a = groupAnswer(nearMe(index, STAIRWAY, 500), catalogue, layers);
    const rows = a.groups.find((g) => g.id === 'roadworks')?.rows ?? [];
    const of = (id: string) => rows.find((row) => row.items.some((i) => i.id === id));
    expect(of('pl-01')).toBe(of('pl-04'));
    expect(of('pl-02')).toBe(of('pl-05'));
    expect(of('pl-03')).toBe(of('pl-06'));
    expect(of('pl-01')).not.toBe(of('pl-02'));
    expect(of('pl-07')?.items.length).toBe(1);
  });

  it('lists groups in the catalogue order, rows nearest first, and areas only when the place is in them', () => {
    const a = groupAnswer(nearMe(index, STAIRWAY, 1000), catalogue, layers);
    const order = catalogue.nearMeGroups.map((g) => g.id);
    const shown = a.groups.map((g) => g.id);
    expect(shown).toEqual(order.filter((id) => shown.includes(id)));
    for (const g of a.groups) {
      const d = g.rows.map((row) => row.distanceM);
      expect(d).toEqual([...d].sort((x, y) => x - y));
    }
    expect(a.groups.find((g) => g.id === 'areas')?.rows.every((row) => row.inside)).toBe(true);
  });

  it('gives a layer without a group one of its own, named by the layer', () => {
    const file = catalogueFile();
    const parks = file.layers.find((l) => l.id === 'pocket-parks');
    if (parks?.near_me) delete parks.near_me.group;
    const c = checkCatalogue(file, new ProblemSink('x.json'));
    const g = c?.nearMeGroups.find((x) => x.id === 'pocket-parks');
    expect(g?.name.zh).toBe('口袋公园');
    expect(c?.nearMeGroups.find((x) => x.id === 'parks')?.layers).toEqual(['riverside']);
  });
});

describe('when works disturb', () => {
  const items = nearMe(index, STAIRWAY, 500).items;
  const list = disturbances(items, catalogue);

  it('holds the unfinished works of disturbing layers, by start month, with what they may cut', () => {
    expect(list.length).toBeGreaterThan(2);
    for (const d of list) {
      expect(catalogue.get(d.item.layer)?.disturbs).toBe(true);
      expect(d.item.feature.properties?.status).not.toBe('completed');
    }
    const starts = list.map((d) => d.start);
    expect(starts).toEqual([...starts].sort());
    const water = list.find((d) => d.item.feature.properties?.kind === 'telecom');
    expect(water?.note?.zh).toBe('可能临时断网、断电话');
  });

  it('names what goes on now (ending first), else what comes next, else nothing', () => {
    const now = nextDisturbance(list, '2026-03');
    expect(now?.now).toBe(true);
    const going = list.filter((d) => d.start <= '2026-03' && d.end >= '2026-03');
    expect(now?.d.end).toBe(going.map((d) => d.end).sort()[0]);
    const before = nextDisturbance(list, '2024-01');
    expect(before).toEqual({ d: list[0], now: false });
    expect(nextDisturbance(list, '2030-01')).toBeNull();
  });

  it('counts months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(monthsBetween('2026-04', '2026-04')).toBe(0);
  });

  it('leaves out works without months, or finished', () => {
    const pipe = feature('pipelines', 'pl-07');
    const undated = { ...pipe, properties: { ...pipe.properties, start: null } };
    const done = { ...pipe, properties: { ...pipe.properties, status: 'completed' } };
    const mk = (f: Feature) => ({
      id: 'x',
      layer: 'pipelines',
      feature: f,
      distanceM: 1,
      inside: false,
      walkMin: 1,
    });
    expect(disturbances([mk(undated), mk(done)], catalogue)).toEqual([]);
  });
});

describe('the catalogue rules for the answer', () => {
  const errors = (mutate: (f: ReturnType<typeof catalogueFile>) => void) => {
    const file = catalogueFile();
    mutate(file);
    const sink = new ProblemSink('x.json');
    checkCatalogue(file, sink);
    return sink.problems.filter((p) => p.severity === 'error').map((p) => `${p.location}: ${p.message_en}`);
  };

  it('accepts the shipped catalogue', () => {
    expect(errors(() => {})).toEqual([]);
  });

  it('names a group that does not exist, a measure that does not exist and a bad merge distance', () => {
    const bad = errors((f) => {
      const pipes = f.layers.find((l) => l.id === 'pipelines');
      if (!pipes?.near_me) throw new Error('no pipelines');
      pipes.near_me.group = 'nowhere';
      pipes.near_me.measure = 'miles';
      pipes.near_me.merge_within = -3;
    });
    expect(bad.some((m) => m.includes('near_me.group') && m.includes('"nowhere"'))).toBe(true);
    expect(bad.some((m) => m.includes('near_me.measure') && m.includes('"miles"'))).toBe(true);
    expect(bad.some((m) => m.includes('merge_within'))).toBe(true);
  });

  it('names a disturbance by a field the layer does not have', () => {
    const bad = errors((f) => {
      const pipes = f.layers.find((l) => l.id === 'pipelines');
      if (pipes?.disturbance) pipes.disturbance.by = 'colour';
    });
    expect(bad.some((m) => m.includes('disturbance.by') && m.includes('"colour"'))).toBe(true);
  });
});

describe('contacts in site.json', () => {
  const problems = (v: unknown) => {
    const sink = new ProblemSink('x.json');
    checkContacts(v, sink);
    return sink.problems.map((p) => `${p.location}: ${p.message_en}`);
  };
  it('accepts names with phone numbers, and none at all', () => {
    expect(problems(undefined)).toEqual([]);
    expect(
      problems([{ name: { zh: '社区居委会', en: 'Office' }, tel: '+86 812 123-4567', groups: ['home'] }]),
    ).toEqual([]);
  });
  it('names the contact and the problem', () => {
    const bad = problems([{ name: { zh: '热线', en: 'Hotline' }, tel: 'call us' }, { tel: '12345' }, 'x']);
    expect(bad[0]).toMatch(/^contacts\[0\]\.tel: .*"call us"/);
    expect(bad.some((m) => m.startsWith('contacts[1].name'))).toBe(true);
    expect(bad.some((m) => m.startsWith('contacts[2]'))).toBe(true);
  });
});

/**
 * The rules of layers.json (src/catalogue/check.ts): the shipped catalogue passes, and a broken
 * entry is refused (no Catalogue) with a message that names the entry — `layers[6] "pipelines"` —
 * and the key, in both languages.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogueError, readCatalogue } from '../../scripts/catalogue';
import { checkCatalogue } from '../../src/catalogue/check';
import type { CatalogueFile, LayerEntry } from '../../src/catalogue/types';
import { validateLayerText } from '../../src/data/validate';
import { ProblemSink } from '../../src/data/validate/problem';
import { catalogueFile, loadCatalogue, shippedCatalogue } from './helpers/catalogue';

function check(data: unknown) {
  const sink = new ProblemSink('layers.json');
  const catalogue = checkCatalogue(data, sink);
  return { catalogue, problems: sink.finish() };
}

/** The shipped catalogue with one change; `i` is the index of the entry changed. */
function broken(id: string, change: (e: LayerEntry, file: CatalogueFile) => void) {
  const file = catalogueFile();
  const i = file.layers.findIndex((e) => e.id === id);
  change(file.layers[i], file);
  return { i, ...check(file) };
}

/** Expects exactly one error, at `location`, naming `what` and saying `en` / `zh`. */
function expectRefused(r: ReturnType<typeof broken>, location: string, what: string, en: string, zh: string) {
  expect(r.catalogue).toBeNull();
  const errors = r.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => `${p.code} @ ${p.location}`)).toEqual([`bad-catalogue @ ${location}`]);
  expect(errors[0].path).toBe('layers.json');
  expect(errors[0].message_en.startsWith(`${what}: `), errors[0].message_en).toBe(true);
  expect(errors[0].message_en).toContain(en);
  expect(errors[0].message_zh.startsWith(`${what}：`), errors[0].message_zh).toBe(true);
  expect(errors[0].message_zh).toContain(zh);
}

describe('the shipped catalogue', () => {
  it('passes every rule, with no warning either', () => {
    const r = check(catalogueFile());
    expect(r.problems).toEqual([]);
    expect(r.catalogue?.ids).toEqual(shippedCatalogue().ids);
  });

  it('is what loadCatalogue gives, and validates as the file "layers"', () => {
    expect(loadCatalogue().ids).toEqual([
      'context',
      'areas',
      'pilot-zone',
      'communities',
      'pocket-parks',
      'riverside',
      'pipelines',
      'elevators',
    ]);
    const text = JSON.stringify(catalogueFile());
    expect(validateLayerText('layers.json', text, 'layers', shippedCatalogue()).problems).toEqual([]);
  });

  it('derives zones, works, the area layer and site fields from the entries', () => {
    const c = shippedCatalogue();
    expect(c.zones.map((z) => z.id)).toEqual(['areas', 'pilot-zone']);
    expect(c.works.map((w) => w.id)).toEqual([
      'communities',
      'pocket-parks',
      'riverside',
      'pipelines',
      'elevators',
    ]);
    expect(c.areaLayer).toBe('areas');
    expect(c.areaIds).toEqual(['stairway', 'power-plant', 'city-origin', 'hill-lane']);
    // works carry the site fields, context does not
    expect(c.field('elevators', 'status')?.type).toBe('status');
    expect(c.field('context', 'status')).toBeUndefined();
    expect(c.measure('pilot-zone', 'features')?.kind).toBe('count');
    expect(c.measure('elevators', 'acres')).toBeUndefined();
  });
});

describe('a broken entry is refused, naming the entry and the key', () => {
  it('a missing name', () => {
    const r = broken('pipelines', (e) => {
      delete (e as Partial<LayerEntry>).name;
    });
    expect(r.i).toBe(6);
    expectRefused(
      r,
      `layers[${r.i}].name`,
      `layers[${r.i}] "pipelines"`,
      '"name" must be {"zh": "…", "en": "…"}',
      '"name" 必须是',
    );
  });

  it('an unknown draw kind', () => {
    const r = broken('pipelines', (e) => {
      (e.draw as { kind: string }).kind = 'ribbon';
    });
    expectRefused(
      r,
      `layers[${r.i}].draw.kind`,
      `layers[${r.i}] "pipelines"`,
      '"kind" is "ribbon"; expected one of context, zone, polygon, line, point',
      '"kind" 的值 "ribbon" 无效',
    );
  });

  it('a sum measure of a field that is not a number', () => {
    const r = broken('elevators', (e) => {
      const m = e.measures.find((x) => x.id === 'lifts');
      if (m) m.field = 'building';
    });
    const k = catalogueFile().layers[r.i].measures.findIndex((x) => x.id === 'lifts');
    expectRefused(
      r,
      `layers[${r.i}].measures[${k}].field`,
      `layers[${r.i}] "elevators" measure "lifts"`,
      'a sum adds up a numeric field of the layer, not "building"',
      '求和度量必须指向本图层的数值字段，而不是 "building"',
    );
  });

  it('a sum measure of a field the layer does not have', () => {
    const r = broken('communities', (e) => {
      const m = e.measures.find((x) => x.id === 'households');
      if (m) m.field = 'residents';
    });
    const k = catalogueFile().layers[r.i].measures.findIndex((x) => x.id === 'households');
    expectRefused(
      r,
      `layers[${r.i}].measures[${k}].field`,
      `layers[${r.i}] "communities" measure "households"`,
      'not "residents"',
      '而不是 "residents"',
    );
  });

  it('a ref to a layer that is not in the catalogue', () => {
    const r = broken('elevators', (e) => {
      const f = e.fields.find((x) => x.type === 'ref');
      if (f) f.layer = 'houses';
    });
    const fields = catalogueFile().layers[r.i].fields;
    const j = fields.findIndex((x) => x.type === 'ref');
    expectRefused(
      r,
      `layers[${r.i}].fields[${j}].layer`,
      `layers[${r.i}] "elevators" field "${fields[j].key}"`,
      'a ref names a layer of the catalogue, not "houses"',
      '引用字段必须指向目录中的图层，而不是 "houses"',
    );
  });

  it('a duplicate id: the later entry is named', () => {
    const r = broken('elevators', (e) => {
      e.id = 'pipelines';
    });
    expect(r.i).toBe(7);
    expectRefused(
      r,
      `layers[${r.i}].id`,
      `layers[${r.i}] "pipelines"`,
      'the id is used by an earlier entry',
      '该 id 已被前面的条目使用',
    );
  });

  it('a search field that is not a field', () => {
    const r = broken('pipelines', (e) => {
      e.search = { fields: ['name', 'colour'] };
    });
    expectRefused(
      r,
      `layers[${r.i}].search.fields`,
      `layers[${r.i}] "pipelines"`,
      'search field "colour" is not a field',
      '搜索字段 "colour" 不是本图层的字段',
    );
  });

  it('a context layer with a status, a measure id used twice, an id that is no file name', () => {
    expectRefused(
      broken('context', (e) => {
        e.status = true;
      }),
      'layers[0].status',
      'layers[0] "context"',
      'a context layer has no status',
      '底图图层没有状态',
    );
    const twice = broken('pocket-parks', (e) => {
      e.measures.push({ ...e.measures[0] });
    });
    expectRefused(
      twice,
      `layers[${twice.i}].measures[2].id`,
      `layers[${twice.i}] "pocket-parks" measure "count"`,
      'the id is used twice',
      '该 id 重复',
    );
    expectRefused(
      broken('riverside', (e) => {
        e.id = 'River Side';
      }),
      'layers[5].id',
      'layers[5] "River Side"',
      'must use lower-case letters, digits and "-"',
      '只能使用小写字母',
    );
  });

  it('a file that is not a catalogue at all, or lists no layer', () => {
    for (const bad of [null, [], 'layers', { layers: [] }, { site_fields: [] }]) {
      const r = check(bad);
      expect(r.catalogue, JSON.stringify(bad)).toBeNull();
      expect(r.problems[0]?.message_en).toContain(
        'layers.json: must be {"site_fields": [...], "layers": [...]}',
      );
    }
    const empty = check({ site_fields: [], layers: [] });
    expect(empty.catalogue).toBeNull();
    expect(empty.problems.map((p) => p.message_en)).toEqual(['layers.json: the catalogue lists no layer']);
  });
});

describe('the Node loader', () => {
  it('a missing or broken layers.json is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cat-'));
    const path = join(dir, 'layers.json');
    expect(readCatalogue(path).problems[0]).toMatchObject({ path, code: 'unreadable-file' });
    expect(readCatalogue(path).problems[0].message_en).toContain('every data folder needs layers.json');
    writeFileSync(path, '{"site_fields": [], "layers": [,]}');
    expect(readCatalogue(path)).toMatchObject({ catalogue: null, problems: [{ path, code: 'json-syntax' }] });
    const file = catalogueFile();
    delete (file.layers[6] as Partial<LayerEntry>).name;
    writeFileSync(path, JSON.stringify(file));
    expect(() => loadCatalogue(dir)).toThrow(CatalogueError);
    expect(() => loadCatalogue(dir)).toThrow(
      `${path}: layers[6].name: layers[6] "pipelines": "name" must be`,
    );
  });
});

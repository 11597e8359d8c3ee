/**
 * Rules for `layers.json`: every entry must be complete and consistent before any layer is read
 * by it. A problem names the entry (`layers[3] "pipelines"`) and the key, in English and Chinese.
 * Returns a Catalogue only when there is no error: a broken catalogue means no map, like a broken
 * `site.json`, since every other file is read through it.
 */
import { at, type ProblemSink } from '../data/validate/problem';
import { Catalogue } from './catalogue';
import { checkGroups, checkLayerNearMe } from './checkNearMe';
import type { CatalogueFile, FieldDef, LayerEntry } from './types';

const ROLES = ['context', 'zone', 'work'];
const GEOMETRIES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
const FIELD_TYPES = [
  'id',
  'text',
  'texts',
  'enum',
  'ref',
  'status',
  'year',
  'month',
  'int',
  'positive',
  'number',
  'money',
];
const DRAW_KINDS = ['context', 'zone', 'polygon', 'line', 'point'];
const MEASURE_KINDS = ['count', 'sum', 'length', 'area'];
const NUMERIC = ['int', 'positive', 'number', 'money', 'year'];
const ID = /^[a-z0-9][a-z0-9-]*$/;
const COLOR = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string' && v.zh.trim() !== '';

class Checker {
  /** ids of the catalogue's `near_me_groups` */
  groups: string[] = [];

  constructor(private readonly sink: ProblemSink) {}

  err(loc: string, what: string, en: string, zh: string) {
    this.sink.error(loc, 'bad-catalogue', `${what}: ${en}`, `${what}：${zh}`);
  }

  text(loc: string, what: string, v: unknown, key: string) {
    if (!isText(v))
      this.err(
        at(loc, key),
        what,
        `"${key}" must be {"zh": "…", "en": "…"} with a Chinese text`,
        `"${key}" 必须是 {"zh": "…", "en": "…"}，且中文不能为空`,
      );
  }

  oneOf(loc: string, what: string, v: unknown, key: string, allowed: string[]) {
    if (typeof v !== 'string' || !allowed.includes(v))
      this.err(
        at(loc, key),
        what,
        `"${key}" is ${JSON.stringify(v) ?? 'missing'}; expected one of ${allowed.join(', ')}`,
        `"${key}" 的值 ${JSON.stringify(v) ?? '缺失'} 无效；应为 ${allowed.join('、')} 之一`,
      );
  }

  paint(loc: string, what: string, v: unknown, key: string, fields: FieldDef[]) {
    if (typeof v === 'string' && COLOR.test(v)) return;
    if (isObj(v) && typeof v.by === 'string' && isObj(v.values) && typeof v.default === 'string') {
      if (!fields.some((f) => f.key === v.by))
        this.err(
          at(loc, key),
          what,
          `colours by "${v.by}", which is not a field`,
          `按 "${v.by}" 着色，但没有该字段`,
        );
      return;
    }
    this.err(
      at(loc, key),
      what,
      `"${key}" must be a colour like "#1f4e9c" or {"by": field, "values": {…}, "default": colour}`,
      `"${key}" 必须是形如 "#1f4e9c" 的颜色，或 {"by": 字段, "values": {…}, "default": 颜色}`,
    );
  }

  field(loc: string, what: string, f: unknown, layerIds: string[]) {
    if (!isObj(f)) return this.err(loc, what, 'a field must be an object', '字段必须是对象');
    const name = `${what} field "${String(f.key)}"`;
    if (typeof f.key !== 'string' || f.key === '')
      this.err(at(loc, 'key'), what, 'a field needs a "key"', '字段缺少 "key"');
    this.oneOf(loc, name, f.type, 'type', FIELD_TYPES);
    this.text(loc, name, f.label, 'label');
    if (f.type === 'enum' && (!isObj(f.values) || !Object.values(f.values).every(isText)))
      this.err(
        at(loc, 'values'),
        name,
        'an enum needs "values": {value: {"zh", "en"}}',
        '枚举字段需要 "values": {值: {"zh", "en"}}',
      );
    if (f.type === 'ref' && !(typeof f.layer === 'string' && layerIds.includes(f.layer)))
      this.err(
        at(loc, 'layer'),
        name,
        `a ref names a layer of the catalogue, not ${JSON.stringify(f.layer) ?? 'nothing'}`,
        `引用字段必须指向目录中的图层，而不是 ${JSON.stringify(f.layer) ?? '空'}`,
      );
    if (f.type === 'money' && f.money_unit !== 'wan' && f.money_unit !== 'yi')
      this.err(
        at(loc, 'money_unit'),
        name,
        '"money_unit" must be "wan" or "yi"',
        '"money_unit" 必须是 "wan" 或 "yi"',
      );
  }

  entry(e: unknown, i: number, ids: string[], site: FieldDef[]) {
    const loc = at('layers', i);
    if (!isObj(e)) return this.err(loc, `layers[${i}]`, 'an entry must be an object', '图层条目必须是对象');
    const what = `layers[${i}] "${String(e.id)}"`;
    if (typeof e.id !== 'string' || !ID.test(e.id))
      this.err(
        at(loc, 'id'),
        what,
        'the id (the data file is <id>.geojson) must use lower-case letters, digits and "-"',
        'id（数据文件名为 <id>.geojson）只能使用小写字母、数字和 "-"',
      );
    else if (ids.indexOf(e.id) !== i)
      this.err(at(loc, 'id'), what, 'the id is used by an earlier entry', '该 id 已被前面的条目使用');
    this.text(loc, what, e.name, 'name');
    this.oneOf(loc, what, e.role, 'role', ROLES);
    if (typeof e.status !== 'boolean')
      this.err(at(loc, 'status'), what, '"status" must be true or false', '"status" 必须是 true 或 false');
    if (e.role === 'context' && e.status === true)
      this.err(at(loc, 'status'), what, 'a context layer has no status', '底图图层没有状态');
    if (
      e.geometry !== 'any' &&
      !(Array.isArray(e.geometry) && e.geometry.length > 0 && e.geometry.every((g) => GEOMETRIES.includes(g)))
    )
      this.err(
        at(loc, 'geometry'),
        what,
        `"geometry" must be "any" or a list of ${GEOMETRIES.join(', ')}`,
        `"geometry" 必须是 "any" 或 ${GEOMETRIES.join('、')} 的列表`,
      );
    const own = Array.isArray(e.fields) ? e.fields : [];
    if (!Array.isArray(e.fields))
      this.err(at(loc, 'fields'), what, '"fields" must be a list', '"fields" 必须是列表');
    own.forEach((f, j) => {
      this.field(at(at(loc, 'fields'), j), what, f, ids);
    });
    const fields = [...(e.role === 'context' ? [] : site), ...(own.filter(isObj) as unknown as FieldDef[])];
    this.draw(loc, what, e.draw, fields);
    this.measures(loc, what, e.measures, fields);
    this.refs(loc, what, e as unknown as LayerEntry, fields);
  }

  draw(loc: string, what: string, d: unknown, fields: FieldDef[]) {
    if (!isObj(d)) return this.err(at(loc, 'draw'), what, '"draw" must be an object', '"draw" 必须是对象');
    this.oneOf(at(loc, 'draw'), what, d.kind, 'kind', DRAW_KINDS);
    const dl = at(loc, 'draw');
    if (d.kind === 'zone' || d.kind === 'line' || d.kind === 'point')
      this.paint(dl, what, d.color, 'color', fields);
    if (d.kind === 'polygon') {
      this.paint(dl, what, d.fill, 'fill', fields);
      if (d.outline !== undefined) this.paint(dl, what, d.outline, 'outline', fields);
    }
    if (
      d.label !== undefined &&
      !(isObj(d.label) && typeof d.label.size === 'number' && typeof d.label.rank === 'number')
    )
      this.err(
        at(dl, 'label'),
        what,
        'a label needs "size" and "rank" numbers',
        '标注需要数字 "size" 和 "rank"',
      );
  }

  measures(loc: string, what: string, ms: unknown, fields: FieldDef[]) {
    if (!Array.isArray(ms) || ms.length === 0)
      return this.err(
        at(loc, 'measures'),
        what,
        '"measures" must list at least one measure',
        '"measures" 至少要有一项',
      );
    const seen = new Set<string>();
    ms.forEach((m, j) => {
      const ml = at(at(loc, 'measures'), j);
      if (!isObj(m)) {
        this.err(ml, what, 'a measure must be an object', '度量必须是对象');
        return;
      }
      const name = `${what} measure "${String(m.id)}"`;
      if (typeof m.id !== 'string' || !/^[a-z][a-z0-9_]*$/.test(m.id))
        this.err(
          at(ml, 'id'),
          name,
          'a measure id uses a–z, digits and "_"',
          '度量 id 只能使用 a–z、数字和 "_"',
        );
      else if (seen.has(m.id)) this.err(at(ml, 'id'), name, 'the id is used twice', '该 id 重复');
      else seen.add(m.id);
      this.oneOf(ml, name, m.kind, 'kind', MEASURE_KINDS);
      this.text(ml, name, m.label, 'label');
      if (!isObj(m.unit) || typeof m.unit.zh !== 'string' || typeof m.unit.en !== 'string')
        this.err(at(ml, 'unit'), name, '"unit" must be {"zh", "en"}', '"unit" 必须是 {"zh", "en"}');
      if (m.kind === 'sum') {
        const f = fields.find((x) => x.key === m.field);
        if (!f || !NUMERIC.includes(f.type))
          this.err(
            at(ml, 'field'),
            name,
            `a sum adds up a numeric field of the layer, not ${JSON.stringify(m.field) ?? 'nothing'}`,
            `求和度量必须指向本图层的数值字段，而不是 ${JSON.stringify(m.field) ?? '空'}`,
          );
      }
      if (isObj(m.where) && !fields.some((f) => f.key === (m.where as Record<string, unknown>).field))
        this.err(
          at(ml, 'where'),
          name,
          '"where" names a field the layer does not have',
          '"where" 指向了本图层没有的字段',
        );
    });
  }

  refs(loc: string, what: string, e: LayerEntry, fields: FieldDef[]) {
    const keys = new Set(fields.map((f) => f.key));
    for (const k of e.search?.fields ?? [])
      if (!keys.has(k))
        this.err(
          at(at(loc, 'search'), 'fields'),
          what,
          `search field "${k}" is not a field`,
          `搜索字段 "${k}" 不是本图层的字段`,
        );
    checkLayerNearMe(this, loc, what, e, fields, this.groups);
  }
}

/** Checks a parsed `layers.json`; the Catalogue when it has no error, else null. */
export function checkCatalogue(data: unknown, sink: ProblemSink): Catalogue | null {
  const c = new Checker(sink);
  if (!isObj(data) || !Array.isArray(data.layers) || !Array.isArray(data.site_fields)) {
    c.err(
      '',
      'layers.json',
      'must be {"site_fields": [...], "layers": [...]}',
      '必须是 {"site_fields": [...], "layers": [...]}',
    );
    return null;
  }
  const before = sink.problems.filter((p) => p.severity === 'error').length;
  const ids = data.layers.map((e) => (isObj(e) ? String(e.id) : ''));
  data.site_fields.forEach((f, j) => {
    c.field(at('site_fields', j), 'site_fields', f, ids);
  });
  const site = data.site_fields.filter(isObj) as unknown as FieldDef[];
  c.groups = checkGroups(c, data.near_me_groups);
  data.layers.forEach((e, i) => {
    c.entry(e, i, ids, site);
  });
  if (!ids.length) c.err('layers', 'layers.json', 'the catalogue lists no layer', '目录中没有任何图层');
  const after = sink.problems.filter((p) => p.severity === 'error').length;
  return after === before ? new Catalogue(data as unknown as CatalogueFile) : null;
}

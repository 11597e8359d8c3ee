/**
 * Shape checks of `targets.json` (TargetsConfig): each target's fields and its counting rule
 * (layer, measure, a numeric property for `sum`, area). Whether the rule's area and property
 * exist in the data is a cross-file rule (dataset.ts).
 */
import type { Catalogue } from '../../catalogue/catalogue';
import type { Target } from '../types';
import { isObject } from './isObject';
import { at, type ProblemSink } from './problem';
import { checkValue, type PropRule } from './properties';
import { checkObject, keys, TEXT } from './siteConfig';

// The literal unions of types.ts as lists; `Record<Union, true>` makes tsc fail if they drift.
const LEVELS: Record<Target['level'], true> = { city: true, district: true, area: true };
const UNITS: Record<Target['unit'], true> = { count: true, households: true, wan_yuan: true, km: true };
const COMPARISONS: Record<Target['comparison'], true> = { at_least: true, more_than: true };

export function enumRule(values: string[]): PropRule {
  return { kind: 'enum', values };
}

/** Checks `targets.json` against TargetsConfig (layer, measure, property and area of each rule). */
export function checkTargetsConfig(data: unknown, sink: ProblemSink, catalogue: Catalogue): void {
  if (!isObject(data)) {
    sink.error(
      '',
      'bad-type',
      'targets.json must be a JSON object {"targets": [...], "track_record": [...]}',
      'targets.json 必须是 JSON 对象 {"targets": [...], "track_record": [...]}',
    );
    return;
  }
  if (!Array.isArray(data.targets)) {
    sink.error(
      'targets',
      data.targets === undefined ? 'missing-property' : 'bad-type',
      '"targets" must be a list',
      '"targets" 必须是列表',
    );
  } else {
    const seen = new Map<string, number>();
    data.targets.forEach((t, i) => {
      const loc = at('targets', i);
      const obj = checkObject(
        t,
        loc,
        {
          id: { rule: { kind: 'id' }, required: true },
          level: { rule: enumRule(keys(LEVELS)), required: true },
          label: { rule: 'localized', required: true },
          value: { rule: { kind: 'money' }, required: true },
          unit: { rule: enumRule(keys(UNITS)), required: true },
          by: { rule: { kind: 'year' }, required: true },
          comparison: { rule: enumRule(keys(COMPARISONS)), required: true },
        },
        sink,
        'a target',
      );
      if (!obj) return;
      if (obj.value === null)
        sink.error(at(loc, 'value'), 'bad-type', '"value" must be a number', '"value" 必须是数字');
      if (typeof obj.id === 'string') {
        const first = seen.get(obj.id);
        if (first !== undefined)
          sink.error(
            at(loc, 'id'),
            'duplicate-id',
            `target id "${obj.id}" is already used by targets[${first}]`,
            `目标 id "${obj.id}" 已被 targets[${first}] 使用`,
          );
        else seen.set(obj.id, i);
      }
      if (obj.rule === undefined)
        sink.error(
          at(loc, 'rule'),
          'missing-property',
          'required property "rule" is missing (use null when the data cannot count it)',
          '缺少必填属性 "rule"（数据无法统计时用 null）',
        );
      else if (obj.rule !== null) checkTargetRule(obj.rule, at(loc, 'rule'), sink, catalogue);
    });
  }
  if (!Array.isArray(data.track_record)) {
    sink.error(
      'track_record',
      data.track_record === undefined ? 'missing-property' : 'bad-type',
      '"track_record" must be a list',
      '"track_record" 必须是列表',
    );
  } else {
    data.track_record.forEach((r, i) => {
      const loc = at('track_record', i);
      const obj = checkObject(
        r,
        loc,
        {
          label: { rule: 'localized', required: true },
          communities: { rule: { kind: 'int', min: 0 }, required: true },
        },
        sink,
        'a track record entry',
      );
      if (!obj) return;
      if (!Array.isArray(obj.years) || obj.years.length === 0)
        sink.error(
          at(loc, 'years'),
          obj.years === undefined ? 'missing-property' : 'bad-type',
          '"years" must be a non-empty list of years',
          '"years" 必须是非空的年份列表',
        );
      else
        obj.years.forEach((y, k) => {
          checkValue(sink, at(at(loc, 'years'), k), 'years', y, { kind: 'year' });
        });
    });
  }
}

/**
 * The catalogue measure a target rule names: `measure` is a measure id of the layer; the older
 * `sum` + `property` and `length_km` name the layer's sum of that field and its first length.
 */
export function targetMeasure(
  catalogue: Catalogue,
  r: { layer?: unknown; measure?: unknown; property?: unknown },
) {
  const entry = typeof r.layer === 'string' ? catalogue.get(r.layer) : undefined;
  if (!entry) return undefined;
  if (r.measure === 'sum') return entry.measures.find((m) => m.kind === 'sum' && m.field === r.property);
  if (r.measure === 'length_km') return entry.measures.find((m) => m.kind === 'length' && !m.where);
  return entry.measures.find((m) => m.id === r.measure);
}

function checkTargetRule(rule: unknown, loc: string, sink: ProblemSink, catalogue: Catalogue): void {
  const r = checkObject(
    rule,
    loc,
    {
      layer: { rule: enumRule(catalogue.works.map((l) => l.id)), required: true },
      measure: { rule: TEXT, required: true },
      property: { rule: TEXT, required: false },
      zone: { rule: TEXT, required: false },
      area: { rule: { kind: 'ref', nullable: true, values: catalogue.areaIds }, required: false },
    },
    sink,
    '"rule"',
  );
  if (!r || typeof r.layer !== 'string' || !catalogue.has(r.layer)) return;
  if (targetMeasure(catalogue, r)) return;
  const known = catalogue.get(r.layer)?.measures.map((m) => m.id) ?? [];
  sink.error(
    at(loc, r.measure === 'sum' ? 'property' : 'measure'),
    'bad-reference',
    `layer "${r.layer}" has no measure ${JSON.stringify(r.measure === 'sum' ? `sum of ${String(r.property)}` : r.measure)} in layers.json; it has ${known.join(', ')}`,
    `layers.json 中图层 "${r.layer}" 没有度量 ${JSON.stringify(r.measure === 'sum' ? `${String(r.property)} 之和` : r.measure)}；可用的有 ${known.join('、')}`,
  );
}

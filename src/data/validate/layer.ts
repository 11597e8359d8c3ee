/**
 * Per-file rules for a GeoJSON layer: the FeatureCollection shape, each feature's geometry and
 * properties, the `geojson-validation` check as a backstop, ids unique within the file, and the
 * layer-level rules that need only this file (pilot zone: one feature whose Turf area matches
 * `declared_mu` ±2%; areas: exactly the four AREA_IDS).
 */
/// <reference path="./geojson-validation.d.ts" />
import { area as turfArea } from '@turf/turf';
import type { Geometry } from 'geojson';
import GJV from 'geojson-validation';
import type { Catalogue } from '../../catalogue/catalogue';
import { describeValue } from './coordinates';
import { checkGeometry, isObject, newGeometryState, reportSkipped } from './geometry';
import { at, type ProblemSink } from './problem';
import { checkProperties } from './properties';

/** 1 亩 in m². */
export const MU_M2 = 10000 / 15;
/** Allowed relative difference between the pilot zone's computed and declared area. */
export const PILOT_AREA_TOLERANCE = 0.02;

/** Runs geojson-validation on one feature; its messages have no location, so they go on the feature. */
function gjvBackstop(feature: unknown, loc: string, sink: ProblemSink): void {
  let msgs: string[];
  try {
    msgs = GJV.isFeature(feature, true);
  } catch {
    msgs = ['structure could not be read'];
  }
  if (!Array.isArray(msgs) || msgs.length === 0) return;
  const text = msgs.slice(0, 3).join('; ') + (msgs.length > 3 ? ` (+${msgs.length - 3} more)` : '');
  sink.error(loc, 'geojson-invalid', `invalid GeoJSON feature: ${text}`, `GeoJSON 要素结构无效：${text}`);
}

/**
 * Validates a parsed GeoJSON layer file. `layerId` selects the geometry and property rules
 * (unknown ids get an `unknown-layer` error and only the generic GeoJSON checks).
 */
export function checkLayer(data: unknown, layerId: string, sink: ProblemSink, catalogue: Catalogue): void {
  const entry = catalogue.get(layerId);
  if (!entry) {
    sink.error(
      '',
      'unknown-layer',
      `unknown layer "${layerId}"; the file name (or --layer) must be one of ${catalogue.ids.join(', ')} (the entries of layers.json)`,
      `未知图层 "${layerId}"；文件名（或 --layer）必须是 ${catalogue.ids.join('、')} 之一（layers.json 中的图层）`,
    );
  }
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    const what = isObject(data)
      ? data.type === 'FeatureCollection'
        ? '"features" is not an array'
        : `"type" is ${typeof data.type === 'string' ? JSON.stringify(data.type).slice(0, 40) : data.type === undefined ? 'missing' : describeValue(data.type)}`
      : 'it is not a JSON object';
    sink.error(
      '',
      'not-geojson',
      `not a GeoJSON FeatureCollection (${what}); each layer file must be {"type": "FeatureCollection", "features": [...]}`,
      `不是 GeoJSON FeatureCollection；每个图层文件必须是 {"type": "FeatureCollection", "features": [...]}`,
    );
    return;
  }
  const features = data.features as unknown[];
  const allowed = entry ? (entry.geometry === 'any' ? null : entry.geometry) : undefined;
  const st = newGeometryState(sink, layerId, allowed);
  const seen = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    if (sink.full) {
      sink.stopNote = {
        en: `; checking stopped at features[${i}] of ${features.length}`,
        zh: `；已在 features[${i}]（共 ${features.length} 个）处停止检查`,
      };
      break;
    }
    const f = features[i];
    const loc = at('features', i);
    if (!isObject(f) || f.type !== 'Feature') {
      sink.error(
        loc,
        'geojson-invalid',
        'each item of "features" must be {"type": "Feature", ...}',
        '"features" 的每一项必须是 {"type": "Feature", ...}',
      );
      continue;
    }
    const before = sink.problems.length;
    sink.guard(at(loc, 'geometry'), 'the geometry', () => {
      checkGeometry(f.geometry, at(loc, 'geometry'), st);
    });
    sink.guard(at(loc, 'properties'), 'the properties', () => {
      const id = checkProperties(f.properties, at(loc, 'properties'), layerId, sink, catalogue);
      if (id === null) return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        sink.error(
          at(at(loc, 'properties'), 'id'),
          'duplicate-id',
          `id "${id}" is already used by features[${first}]; ids must be unique`,
          `id "${id}" 已被 features[${first}] 使用；id 必须唯一`,
        );
    });
    if (sink.problems.length === before) gjvBackstop(f, loc, sink);
  }
  reportSkipped(st);
  sink.guard('', 'layer rules', () => checkLayerRules(features, layerId, sink, catalogue));
}

function checkLayerRules(
  features: unknown[],
  layerId: string,
  sink: ProblemSink,
  catalogue: Catalogue,
): void {
  const entry = catalogue.get(layerId);
  if (features.length === 0) {
    sink.add(
      '',
      entry?.role === 'zone' ? 'error' : 'warning',
      'empty-layer',
      'the layer has no features',
      '该图层没有任何要素',
    );
    return;
  }
  const rules = entry?.rules ?? {};
  const name = entry?.name ?? { zh: layerId, en: layerId };
  if (rules.single_feature && features.length !== 1)
    sink.error(
      'features',
      'feature-count',
      `the ${name.en} layer must hold exactly one feature, not ${features.length}`,
      `${name.zh}图层必须恰好包含 1 个要素，而不是 ${features.length} 个`,
    );
  const declared = rules.declared_area_field;
  if (declared)
    features.forEach((f, i) => {
      checkPilotArea(f, at('features', i), sink, declared);
    });
  if (rules.required_ids?.length) {
    const ids = features.map((f) => (isObject(f) && isObject(f.properties) ? f.properties.id : undefined));
    const missing = rules.required_ids.filter((a) => !ids.includes(a));
    if (missing.length > 0)
      sink.error(
        'features',
        'area-ids',
        `the ${name.en} layer must contain ${rules.required_ids.join(', ')}; missing: ${missing.join(', ')}`,
        `${name.zh}图层必须包含 ${rules.required_ids.join('、')}；缺少：${missing.join('、')}`,
      );
  }
}

/** The pilot zone's Turf area (in 亩) against its `declared_mu`, ±2%. */
export function checkPilotArea(f: unknown, loc: string, sink: ProblemSink, field = 'declared_mu'): void {
  if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry)) return;
  const declared = f.properties[field];
  const g = f.geometry;
  if (typeof declared !== 'number' || !(declared > 0)) return;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return;
  let m2: number;
  try {
    m2 = turfArea(g as unknown as Geometry);
  } catch {
    return;
  }
  if (!Number.isFinite(m2)) return;
  const mu = m2 / MU_M2;
  const diff = (mu - declared) / declared;
  if (Math.abs(diff) > PILOT_AREA_TOLERANCE) {
    const pct = `${diff > 0 ? '+' : ''}${(diff * 100).toFixed(1)}%`;
    sink.error(
      at(at(loc, 'properties'), field),
      'pilot-area-mismatch',
      `the polygon measures ${mu.toFixed(1)} mu (${Math.round(m2).toLocaleString('en')} m²) but ${field} is ${declared} (${pct}; allowed ±2%)`,
      `多边形面积为 ${mu.toFixed(1)} 亩（${Math.round(m2)} 平方米），但 ${field} 为 ${declared}（相差 ${pct}，允许 ±2%）`,
    );
  }
}

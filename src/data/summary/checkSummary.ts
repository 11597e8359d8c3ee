/**
 * Checks a `layers.summary.json` (./summary.ts) before the panels use it: its shape, its format and
 * version, and every feature's id and geometry type against the catalogue — cheap checks, since the
 * summary is written from files `npm run validate` passed. A layer with a broken feature, or one
 * the catalogue names but the summary lacks (the archive was cut before the layer was added), is
 * left out and reported; a file that is not a summary at all makes the caller read the GeoJSON.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Catalogue } from '../../catalogue/catalogue';
import type { LayerSizes } from '../../metrics/metrics';
import type { ZoneIndex } from '../../metrics/zoneIndex';
import { STATUSES } from '../types';
import { parseJsonText } from '../validate';
import { isObject } from '../validate/isObject';
import { type Problem, ProblemSink } from '../validate/problem';
import { SUMMARY_FORMAT, SUMMARY_VERSION } from './summary';

export interface CheckedSummary {
  layers: Array<[string, FeatureCollection]>;
  zones: ZoneIndex | null;
  sizes: LayerSizes | null;
}

const RERUN = { en: 'run `npm run tiles` again', zh: '请重新运行 `npm run tiles`' };

/** The summary's usable part (null: not a summary; read the GeoJSON) and what was wrong with it. */
export function checkSummaryText(
  file: string,
  text: string,
  catalogue: Catalogue,
): { summary: CheckedSummary | null; problems: Problem[] } {
  const sink = new ProblemSink(file);
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    sink.error(
      `line ${parsed.line}, column ${parsed.column}`,
      'json-syntax',
      parsed.message_en,
      parsed.message_zh,
    );
    return { summary: null, problems: sink.finish() };
  }
  const root = parsed.value;
  if (!isObject(root) || root.format !== SUMMARY_FORMAT || !Array.isArray(root.layers)) {
    sink.error(
      '',
      'bad-summary',
      `is not a summary written by \`npm run tiles\` (no "format": "${SUMMARY_FORMAT}"); the layers' GeoJSON files are read instead`,
      `不是 \`npm run tiles\` 生成的汇总文件（缺少 "format": "${SUMMARY_FORMAT}"）；改为读取各图层的 GeoJSON 文件`,
    );
    return { summary: null, problems: sink.finish() };
  }
  if (root.version !== SUMMARY_VERSION) {
    sink.error(
      'version',
      'bad-summary',
      `was written by another version of the app (version ${String(root.version)}, this one reads ${SUMMARY_VERSION}): ${RERUN.en}; the GeoJSON files are read instead`,
      `由其他版本生成（版本 ${String(root.version)}，本版读取 ${SUMMARY_VERSION}）：${RERUN.zh}；改为读取 GeoJSON 文件`,
    );
    return { summary: null, problems: sink.finish() };
  }
  const layers: Array<[string, FeatureCollection]> = [];
  const seen = new Set<string>();
  root.layers.forEach((pair: unknown, i: number) => {
    const at = `layers[${i}]`;
    if (!Array.isArray(pair) || typeof pair[0] !== 'string') {
      sink.error(
        at,
        'bad-summary',
        'must be [layer id, FeatureCollection]',
        '必须是 [图层 id, FeatureCollection]',
      );
      return;
    }
    const [id, fc] = pair as [string, unknown];
    if (!catalogue.get(id)) {
      sink.warn(
        at,
        'unknown-layer',
        `layer "${id}" is not in layers.json; left out`,
        `图层 "${id}" 不在 layers.json 中，已忽略`,
      );
      return;
    }
    if (checkLayer(catalogue, id, fc, `${at}[1]`, sink)) {
      layers.push([id, fc as FeatureCollection]);
      seen.add(id);
    }
  });
  for (const def of catalogue.layers)
    if (!seen.has(def.id) && !root.layers.some((p: unknown) => Array.isArray(p) && p[0] === def.id))
      sink.error(
        'layers',
        'bad-summary',
        `has no layer "${def.id}" (it was added after the tiles were cut): ${RERUN.en}`,
        `缺少图层 "${def.id}"（该图层是在切片之后加入的）：${RERUN.zh}`,
      );
  // The metrics function ignores any zone entry or size list that does not fit the layers.
  const zones =
    Array.isArray(root.zones) && root.zones.every(isObject) ? (root.zones as unknown as ZoneIndex) : null;
  const sizes =
    Array.isArray(root.sizes) && root.sizes.every((s: unknown) => Array.isArray(s) && isObject(s[1]))
      ? (root.sizes as unknown as LayerSizes)
      : null;
  return { summary: { layers, zones, sizes }, problems: sink.finish() };
}

/** Whether one layer's features have what the app reads first: an id, a geometry of the catalogue's types, a status. */
function checkLayer(catalogue: Catalogue, id: string, fc: unknown, at: string, sink: ProblemSink): boolean {
  if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    sink.error(
      at,
      'bad-summary',
      `layer "${id}" is not a FeatureCollection`,
      `图层 "${id}" 不是 FeatureCollection`,
    );
    return false;
  }
  const def = catalogue.get(id);
  const types = def?.geometry === 'any' ? null : new Set<string>(def?.geometry ?? []);
  const statuses = new Set<unknown>(STATUSES);
  const ok = (fc.features as unknown[]).every((f: unknown, i: number) => {
    const where = `${at}.features[${i}]`;
    const feature = f as Feature;
    if (!isObject(f) || !isObject(feature.properties) || typeof feature.properties.id !== 'string') {
      sink.error(where, 'bad-summary', `layer "${id}": a feature without an id`, `图层 "${id}"：要素缺少 id`);
      return false;
    }
    const g = feature.geometry as unknown;
    if (!isObject(g) || (types && !types.has(String(g.type))) || !Array.isArray(g.coordinates)) {
      sink.error(
        where,
        'bad-summary',
        `layer "${id}": a feature's geometry is missing or of the wrong type`,
        `图层 "${id}"：要素的几何缺失或类型不符`,
      );
      return false;
    }
    if (def?.status && !statuses.has(feature.properties.status)) {
      sink.error(
        where,
        'bad-summary',
        `layer "${id}": a feature's status is not one of ${STATUSES.join(', ')}`,
        `图层 "${id}"：要素的 status 不是 ${STATUSES.join('、')} 之一`,
      );
      return false;
    }
    return true;
  });
  return ok;
}

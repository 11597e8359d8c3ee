/**
 * `npm run validate` for files too large to parse whole: the FeatureCollection is read one feature
 * at a time (scripts/import/jsonStream.ts) and validated in batches with the same per-file and
 * cross-file rules (scripts/import/batches.ts), so memory holds one batch. The other files' rules
 * see a skeleton of it (each feature's properties, no geometry): enough for ids and references.
 */
import { type Bounds, checkFarFromDistrict } from '../../src/data/validate/district';
import type { DatasetFile, Problem } from '../../src/data/validate/index';
import { BatchValidator } from '../import/batches';
import { importCatalogue } from '../import/catalogue';
import { JsonStreamError, streamFeatureCollection } from '../import/jsonStream';

/** Files above this size are streamed; below it they are parsed whole (exact messages, less work). */
export const STREAM_ABOVE_BYTES = 32 * 1024 * 1024;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The skeleton of a streamed layer for the other files' cross-file rules; null when unreadable. */
export function skeletonOf(path: string, layerId: string): DatasetFile | null {
  const features: unknown[] = [];
  try {
    for (const it of streamFeatureCollection(path))
      if (it.kind === 'feature' && isObj(it.value))
        features.push({ type: 'Feature', properties: it.value.properties ?? null, geometry: null });
  } catch {
    return null;
  }
  return { path, layerId, data: { type: 'FeatureCollection', features } };
}

/** Validates a large layer file in a stream against `others` (the rest of the data set). */
export function validateStreamed(
  path: string,
  layerId: string,
  others: DatasetFile[],
  bounds: Bounds | null,
): Problem[] {
  const out: Problem[] = [];
  const v = new BatchValidator(path, layerId, others, new Set(), (p) => out.push(p), '.');
  let type: unknown;
  let far: Problem[] = [];
  let farMore = 0;
  try {
    for (const it of streamFeatureCollection(path)) {
      if (it.kind === 'member') {
        if (it.key === 'type') type = it.value;
        continue;
      }
      const id = isObj(it.value) && isObj(it.value.properties) ? it.value.properties.id : undefined;
      v.add(it.text, `features[${it.index}]`, id);
      if (bounds && importCatalogue().get(layerId)?.role !== 'context' && isObj(it.value)) {
        const one = checkFarFromDistrict(path, { features: [it.value] }, bounds);
        for (const p of one) {
          if (far.length < 20) far.push({ ...p, location: `features[${it.index}]` });
          else farMore++;
        }
      }
    }
    v.finish((records) => new Map([...records].map((n) => [n, `features[${n}]`])));
  } catch (e) {
    if (e instanceof JsonStreamError)
      return [
        {
          path,
          location: `line ${e.line}, column ${e.column}`,
          severity: 'error',
          code: 'json-syntax',
          message_en: e.en,
          message_zh: e.zh,
        },
      ];
    throw e;
  }
  if (type !== 'FeatureCollection')
    out.unshift({
      path,
      location: '$',
      severity: 'error',
      code: 'not-geojson',
      message_en: 'not a GeoJSON FeatureCollection ("type" is not "FeatureCollection")',
      message_zh: '不是 GeoJSON FeatureCollection（"type" 不是 "FeatureCollection"）',
    });
  if (farMore > 0)
    far = [
      ...far,
      {
        path,
        location: '$',
        severity: 'warning',
        code: 'far-away',
        message_en: `and ${farMore} more features far from the district`,
        message_zh: `另有 ${farMore} 个要素远离本区`,
      },
    ];
  return [...out, ...far];
}

/**
 * GeoJSON: a FeatureCollection or one Feature. RFC 7946 says WGS84, but QGIS and GDAL write the
 * layer's CRS in an old-style `crs` member (e.g. `urn:ogc:def:crs:EPSG::4543`): it is honoured.
 */
import { readFileSync, statSync } from 'node:fs';
import type { Geometry } from 'geojson';
import { parseJsonText } from '../../../src/data/validate/index';
import { type Crs, parseCrsArg } from '../crs';
import { decode } from '../encoding';
import { JsonStreamError, streamFeatureCollection } from '../jsonStream';
import { ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function crsMember(data: Record<string, unknown>): Crs | null {
  const c = data.crs;
  const name = isObj(c) && isObj(c.properties) ? String(c.properties.name ?? '') : '';
  const m = /EPSG:{1,2}(\d+)$/i.exec(name) ?? (/CRS84$/i.test(name) ? ['', '4326'] : null);
  if (!m) return null;
  const crs = parseCrsArg(`EPSG:${m[1]}`);
  return typeof crs === 'object' && 'kind' in crs ? crs : null;
}

/** Files up to this size are parsed whole (exact syntax messages, a lone Feature accepted). */
const WHOLE_BYTES = 32 * 1024 * 1024;

/** Reads a GeoJSON file: whole when small, else in a stream (a FeatureCollection, one feature at a time). */
export function readGeojson(o: ReadOptions): ReadResult {
  if (statSync(o.path).size > WHOLE_BYTES && (o.encoding ?? 'utf-8') === 'utf-8') return streamed(o);
  const bytes = new Uint8Array(readFileSync(o.path));
  const parsed = parseJsonText(decode(bytes, o.encoding ?? 'utf-8'));
  if (!parsed.ok)
    throw new ImportError(
      `line ${parsed.line}, column ${parsed.column}: ${parsed.message_en}`,
      `第 ${parsed.line} 行第 ${parsed.column} 列：${parsed.message_zh}`,
    );
  const data = parsed.value;
  const features = isObj(data)
    ? data.type === 'FeatureCollection' && Array.isArray(data.features)
      ? data.features
      : data.type === 'Feature'
        ? [data]
        : null
    : null;
  if (!isObj(data) || features === null)
    throw new ImportError(
      'not a GeoJSON FeatureCollection or Feature',
      '不是 GeoJSON FeatureCollection 或 Feature',
    );
  const fields = new Set<string>();
  const records: RawRecord[] = features.map((f, i) => {
    const props = isObj(f) && isObj(f.properties) ? { ...f.properties } : {};
    for (const k of Object.keys(props)) fields.add(k);
    const g = isObj(f) && isObj(f.geometry) ? (f.geometry as unknown as Geometry) : null;
    return { ref: `features[${i}]`, props, geometry: g };
  });
  const declared = crsMember(data);
  return {
    format: 'geojson',
    records: () => records,
    fields: [...fields],
    declared: declared
      ? { crs: declared, source: 'the GeoJSON "crs" member', explicit: true }
      : { crs: { kind: 'wgs84', label: 'WGS84' }, source: 'the GeoJSON standard', explicit: false },
    notes: [],
  };
}

function recordOf(f: unknown, i: number): RawRecord {
  const props = isObj(f) && isObj(f.properties) ? { ...f.properties } : {};
  const g = isObj(f) && isObj(f.geometry) ? (f.geometry as unknown as Geometry) : null;
  return { ref: `features[${i}]`, props, geometry: g };
}

/**
 * A large FeatureCollection, one feature at a time. The `crs` member and the field names are
 * known after the first pass over the records (the importer samples them all before converting).
 */
function streamed(o: ReadOptions): ReadResult {
  const fields = new Set<string>();
  const result: ReadResult = {
    format: 'geojson',
    fields: [],
    notes: [],
    declared: { crs: { kind: 'wgs84', label: 'WGS84' }, source: 'the GeoJSON standard', explicit: false },
    records: function* () {
      let type: unknown;
      try {
        for (const it of streamFeatureCollection(o.path)) {
          if (it.kind === 'member') {
            if (it.key === 'type') type = it.value;
            if (it.key === 'crs' && isObj(it.value)) {
              const c = crsMember({ crs: it.value });
              if (c) result.declared = { crs: c, source: 'the GeoJSON "crs" member', explicit: true };
            }
            continue;
          }
          const r = recordOf(it.value, it.index);
          for (const k of Object.keys(r.props)) if (!fields.has(k)) fields.add(k);
          result.fields = [...fields];
          yield r;
        }
      } catch (e) {
        if (e instanceof JsonStreamError)
          throw new ImportError(
            `line ${e.line}, column ${e.column}: ${e.en}`,
            `第 ${e.line} 行第 ${e.column} 列：${e.zh}`,
          );
        throw e;
      }
      if (type !== 'FeatureCollection')
        throw new ImportError('not a GeoJSON FeatureCollection', '不是 GeoJSON FeatureCollection');
    },
  };
  return result;
}

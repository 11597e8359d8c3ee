/**
 * GeoJSON: a FeatureCollection or one Feature. RFC 7946 says WGS84, but QGIS and GDAL write the
 * layer's CRS in an old-style `crs` member (e.g. `urn:ogc:def:crs:EPSG::4543`): it is honoured.
 */
import type { Geometry } from 'geojson';
import { parseJsonText } from '../../../src/data/validate/index';
import { type Crs, parseCrsArg } from '../crs';
import { decode } from '../encoding';
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

/** Reads a GeoJSON file's bytes. */
export function readGeojson(bytes: Uint8Array, o: ReadOptions): ReadResult {
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
    records,
    fields: [...fields],
    declared: declared
      ? { crs: declared, source: 'the GeoJSON "crs" member', explicit: true }
      : { crs: { kind: 'wgs84', label: 'WGS84' }, source: 'the GeoJSON standard', explicit: false },
    notes: [],
  };
}

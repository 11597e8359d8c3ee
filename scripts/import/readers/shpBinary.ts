/**
 * The binary parts of a Shapefile, read one record at a time from a file descriptor (so memory is
 * proportional to one record): the .shp header and records (points, multipoints, polylines,
 * polygons, with or without Z/M, which are dropped), the .shx index and the .dbf table (dBASE III+).
 * Spec: ESRI Shapefile Technical Description (1998).
 */
import { fstatSync, readSync } from 'node:fs';
import type { Geometry, Position } from 'geojson';
import { inRing } from '../../../src/data/validate/rings';

export function readAt(fd: number, pos: number, len: number): Uint8Array {
  const b = new Uint8Array(len);
  let got = 0;
  while (got < len) {
    const n = readSync(fd, b, got, len - got, pos + got);
    if (n === 0) break;
    got += n;
  }
  return got === len ? b : b.subarray(0, got);
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

export interface ShpHeader {
  /** File length the header declares, in bytes. */
  declaredBytes: number;
  /** Actual size on disk. */
  bytes: number;
  shapeType: number;
}

export function shpHeader(fd: number): ShpHeader {
  const h = readAt(fd, 0, 100);
  if (h.length < 100 || view(h).getInt32(0) !== 9994) throw new Error('not a .shp file (bad header)');
  const v = view(h);
  return { declaredBytes: v.getInt32(24) * 2, bytes: fstatSync(fd).size, shapeType: v.getInt32(32, true) };
}

/**
 * Where each record is: two packed arrays of small integers (offset, content length in bytes), about
 * 16 bytes a record, instead of an object per record.
 */
export interface RecordIndex {
  offsets: number[];
  lengths: number[];
}

/** Offsets of the records from the .shx, or null when unreadable. */
export function shxOffsets(fd: number): RecordIndex | null {
  const size = fstatSync(fd).size;
  if (size < 100) return null;
  const b = readAt(fd, 100, size - 100);
  const v = view(b);
  const out: RecordIndex = { offsets: [], lengths: [] };
  for (let i = 0; i + 8 <= b.length; i += 8) {
    out.offsets.push(v.getInt32(i) * 2);
    out.lengths.push(v.getInt32(i + 4) * 2);
  }
  return out;
}

/** Record positions by walking the .shp from the first record to the end of the file on disk. */
export function walkShp(fd: number, size: number): RecordIndex {
  const out: RecordIndex = { offsets: [], lengths: [] };
  const h = new Uint8Array(8);
  const v = view(h);
  let pos = 100;
  while (pos + 8 <= size) {
    if (readSync(fd, h, 0, 8, pos) < 8) break;
    const length = v.getInt32(4) * 2;
    if (length < 4 || pos + 8 + length > size) break;
    out.offsets.push(pos);
    out.lengths.push(length);
    pos += 8 + length;
  }
  return out;
}

const signedArea = (r: Position[]) => {
  let s = 0;
  for (let i = 0; i + 1 < r.length; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return s / 2;
};

/**
 * Shapefile rings → GeoJSON polygons: clockwise rings are outer rings, counter-clockwise ones holes,
 * each hole given to the smallest outer ring that contains one of its vertices (a hole may touch
 * its shell at a vertex, so one vertex alone is not enough). Writers that wind the other way
 * (all rings counter-clockwise) are read with the roles swapped; an orphan hole becomes a polygon.
 */
export function assemblePolygon(parts: Position[][]): Geometry {
  const rings = parts.filter((r) => r.length > 0);
  const cw = rings.map((r) => signedArea(r) < 0);
  const flip = !cw.some(Boolean);
  const outers = rings.filter((_, i) => cw[i] !== flip);
  const holes = rings.filter((_, i) => cw[i] === flip);
  const polys: Position[][][] = outers.map((o) => [o]);
  for (const h of holes) {
    let best = -1;
    for (let k = 0; k < outers.length; k++) {
      const inside = h.some((p) => inRing(p, outers[k]));
      if (inside && (best < 0 || Math.abs(signedArea(outers[k])) < Math.abs(signedArea(outers[best]))))
        best = k;
    }
    if (best >= 0) polys[best].push(h);
    else polys.push([h]);
  }
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** One .shp record's content (after the 8-byte record header) → geometry; null for a null shape. */
export function parseShape(content: Uint8Array): Geometry | null {
  const v = view(content);
  const type = v.getInt32(0, true);
  if (type === 31) throw new Error('MultiPatch shapes are not supported');
  const base = type % 10;
  const xy = (o: number): Position => [v.getFloat64(o, true), v.getFloat64(o + 8, true)];
  if (type === 0) return null;
  if (base === 1) return { type: 'Point', coordinates: xy(4) };
  if (base === 8) {
    const n = v.getInt32(36, true);
    if (n === 0) return null;
    const pts = Array.from({ length: n }, (_, i) => xy(40 + i * 16));
    return n === 1 ? { type: 'Point', coordinates: pts[0] } : { type: 'MultiPoint', coordinates: pts };
  }
  if (base === 3 || base === 5) {
    const nParts = v.getInt32(36, true);
    const nPoints = v.getInt32(40, true);
    if (nParts === 0 || nPoints === 0) return null;
    const starts = Array.from({ length: nParts }, (_, i) => v.getInt32(44 + i * 4, true));
    const p0 = 44 + nParts * 4;
    const parts = starts.map((s, i) => {
      const end = i + 1 < nParts ? starts[i + 1] : nPoints;
      return Array.from({ length: Math.max(0, end - s) }, (_, k) => xy(p0 + (s + k) * 16));
    });
    if (base === 5) return assemblePolygon(parts);
    return parts.length === 1
      ? { type: 'LineString', coordinates: parts[0] }
      : { type: 'MultiLineString', coordinates: parts };
  }
  throw new Error(`shape type ${type} is not supported (MultiPatch?)`);
}

export interface DbfField {
  name: string;
  type: string;
  length: number;
  decimals: number;
}

export interface DbfHeader {
  records: number;
  headerBytes: number;
  recordBytes: number;
  fields: DbfField[];
  languageDriver: number;
}

export function dbfHeader(fd: number): DbfHeader {
  const h = readAt(fd, 0, 32);
  if (h.length < 32) throw new Error('the .dbf is too short');
  const v = view(h);
  const headerBytes = v.getUint16(8, true);
  const all = readAt(fd, 0, headerBytes);
  const fields: DbfField[] = [];
  for (let o = 32; o + 32 <= all.length && all[o] !== 0x0d; o += 32) {
    let end = o;
    while (end < o + 11 && all[end] !== 0) end++;
    fields.push({
      name: new TextDecoder('latin1').decode(all.subarray(o, end)),
      type: String.fromCharCode(all[o + 11]),
      length: all[o + 16],
      decimals: all[o + 17],
    });
  }
  return {
    records: v.getUint32(4, true),
    headerBytes,
    recordBytes: v.getUint16(10, true),
    fields,
    languageDriver: h[29],
  };
}

/** Field names decoded with the table's encoding. */
export function fieldNames(h: DbfHeader, fd: number, decoder: TextDecoder): string[] {
  const all = readAt(fd, 0, h.headerBytes);
  return h.fields.map((_, k) => {
    const o = 32 + k * 32;
    let end = o;
    while (end < o + 11 && all[end] !== 0) end++;
    return decoder.decode(all.subarray(o, end)).trim();
  });
}

/** One .dbf row: C text, N/F numbers (blank → null), L booleans, D dates as YYYY-MM-DD. */
export function dbfRow(
  h: DbfHeader,
  raw: Uint8Array,
  names: string[],
  decoder: TextDecoder,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  let o = 1;
  h.fields.forEach((f, k) => {
    const cell = raw.subarray(o, o + f.length);
    o += f.length;
    const text = decoder.decode(cell).replace(/\0/g, '').trim();
    let value: unknown = text;
    if (f.type === 'N' || f.type === 'F') value = text === '' || /^\*+$/.test(text) ? null : Number(text);
    else if (f.type === 'L') value = /^[YyTt]$/.test(text) ? true : /^[NnFf]$/.test(text) ? false : null;
    else if (f.type === 'D')
      value = /^\d{8}$/.test(text)
        ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}`
        : text || null;
    row[names[k]] = value;
  });
  return row;
}

/**
 * Shapefiles: a `.zip` holding one layer, or a `.shp` with its `.dbf`, `.prj` and `.cpg` beside it.
 * The `.dbf` text encoding comes from `--encoding`, else the `.cpg`, else the dBASE language driver
 * byte, else UTF-8 when the bytes are valid UTF-8, else GBK (with a note). Records are `FID N`
 * (0-based, as ArcGIS and QGIS number them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import { crsFromPrj } from '../crs';
import { decoderLabel, type Encoding, isUtf8, normalizeEncoding } from '../encoding';
import { fileProblem, ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';

interface ShapeParts {
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: string;
  cpg?: string;
}

/** dBASE language driver ids that mean code page 936 (GBK). */
const LDID_GBK = new Set([0x4d, 0x7a]);

function partsFromZip(bytes: Uint8Array): ShapeParts {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => !f.name.includes('__MACOSX') });
  } catch {
    throw new ImportError('not a readable .zip file', '无法读取 .zip 文件');
  }
  const shps = Object.keys(files).filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length !== 1)
    throw new ImportError(
      shps.length === 0
        ? 'the .zip holds no .shp file'
        : `the .zip holds ${shps.length} layers (${shps.join(', ')}); unzip it and pass one .shp`,
      shps.length === 0 ? '.zip 中没有 .shp 文件' : `.zip 中有 ${shps.length} 个图层；请解压后指定一个 .shp`,
    );
  const stem = shps[0].slice(0, -4).toLowerCase();
  const part = (ext: string) => {
    const name = Object.keys(files).find((n) => n.toLowerCase() === `${stem}.${ext}`);
    return name ? files[name] : undefined;
  };
  const text = (b?: Uint8Array) => (b ? new TextDecoder().decode(b) : undefined);
  return { shp: files[shps[0]], dbf: part('dbf'), prj: text(part('prj')), cpg: text(part('cpg')) };
}

function partsFromShp(path: string): ShapeParts {
  const dir = dirname(path);
  const stem = basename(path, extname(path)).toLowerCase();
  const names = readdirSync(dir);
  const sibling = (ext: string) => {
    const n = names.find((x) => x.toLowerCase() === `${stem}.${ext}`);
    return n && existsSync(join(dir, n)) ? new Uint8Array(readFileSync(join(dir, n))) : undefined;
  };
  const shp = sibling('shp');
  if (!shp) throw new ImportError(`no ${stem}.shp beside ${path}`, `${path} 旁边没有 ${stem}.shp`);
  const text = (b?: Uint8Array) => (b ? new TextDecoder().decode(b) : undefined);
  return { shp, dbf: sibling('dbf'), prj: text(sibling('prj')), cpg: text(sibling('cpg')) };
}

function dbfEncoding(
  dbf: Uint8Array,
  cpg: string | undefined,
  given: Encoding | null,
): { enc: Encoding; how: string | null } {
  if (given) return { enc: given, how: null };
  const fromCpg = cpg ? normalizeEncoding(cpg) : null;
  if (fromCpg) return { enc: fromCpg, how: null };
  if (dbf.length > 29 && LDID_GBK.has(dbf[29])) return { enc: 'gbk', how: null };
  return isUtf8(dbf) ? { enc: 'utf-8', how: null } : { enc: 'gbk', how: 'guessed' };
}

/** Reads a Shapefile (`.zip` bytes, or the `.shp` at `o.path` and its siblings). */
export function readShapefile(bytes: Uint8Array, o: ReadOptions): ReadResult {
  const parts = o.path.toLowerCase().endsWith('.zip') ? partsFromZip(bytes) : partsFromShp(o.path);
  const notes = [];
  let geoms: Array<import('geojson').Geometry | null>;
  try {
    const shp = parts.shp;
    geoms = parseShp(new DataView(shp.buffer, shp.byteOffset, shp.byteLength));
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 100) : 'error';
    throw new ImportError(`cannot read the .shp (${why})`, `无法读取 .shp 文件（${why}）`);
  }
  let rows: Array<Record<string, unknown>> = [];
  if (!parts.dbf)
    notes.push(
      fileProblem(
        o.path,
        'warning',
        'no-dbf',
        'no .dbf beside the .shp: no attributes',
        '缺少 .dbf 文件：没有属性',
      ),
    );
  else {
    if (parts.cpg && !normalizeEncoding(parts.cpg) && !o.encoding)
      notes.push(
        fileProblem(
          o.path,
          'warning',
          'unknown-cpg',
          `the .cpg says "${parts.cpg.trim().slice(0, 30)}", which is not UTF-8 or GBK; pass --encoding`,
          `.cpg 中的编码 "${parts.cpg.trim().slice(0, 30)}" 不是 UTF-8 或 GBK；请用 --encoding 指定`,
        ),
      );
    const { enc, how } = dbfEncoding(parts.dbf, parts.cpg, o.encoding);
    if (how)
      notes.push(
        fileProblem(
          o.path,
          'warning',
          'encoding-guessed',
          'the .dbf has no .cpg and is not UTF-8: read it as GBK; pass --encoding utf8 if names look wrong',
          '.dbf 没有 .cpg 且不是 UTF-8，已按 GBK 读取；如名称乱码，请加 --encoding utf8',
        ),
      );
    try {
      const d = parts.dbf;
      rows = parseDbf(new DataView(d.buffer, d.byteOffset, d.byteLength), decoderLabel(enc));
    } catch (e) {
      const why = e instanceof Error ? e.message.slice(0, 100) : 'error';
      throw new ImportError(`cannot read the .dbf (${why})`, `无法读取 .dbf 文件（${why}）`);
    }
  }
  const n = Math.max(geoms.length, rows.length);
  const records: RawRecord[] = [];
  for (let i = 0; i < n; i++) {
    const geometry = geoms[i] ?? null;
    records.push({
      ref: `FID ${i}`,
      props: rows[i] ?? {},
      geometry,
      noGeometry:
        i >= geoms.length
          ? { en: 'the .shp has fewer shapes than the .dbf has rows', zh: '.shp 中的图形少于 .dbf 中的记录' }
          : undefined,
    });
  }
  const result: ReadResult = {
    format: 'shapefile',
    records,
    fields: rows.length > 0 ? Object.keys(rows[0]) : [],
    notes,
  };
  if (parts.prj) {
    const crs = crsFromPrj(parts.prj);
    if ('kind' in crs) result.declared = { crs, source: 'the .prj', explicit: true };
    else result.declaredError = crs;
  }
  return result;
}

/**
 * Shapefiles: a `.zip` holding one layer (unpacked to a temporary folder in a stream), or a `.shp`
 * with its `.shx`, `.dbf`, `.prj` and `.cpg` beside it. Read one record at a time (shpBinary.ts).
 * The record counts of .shp, .shx and .dbf must agree: a mismatch is one clear error, never a list
 * of phantom records. The `.dbf` text encoding comes from `--encoding`, else the `.cpg` (its first
 * line), else the dBASE language driver byte, else UTF-8 when the rows are valid UTF-8, else GBK
 * (with a note). Records are `FID N` (0-based, as ArcGIS and QGIS number them).
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { crsFromPrj } from '../crs';
import { decoderLabel, type Encoding, isUtf8, normalizeEncoding } from '../encoding';
import { fileProblem, ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';
import { extractZip } from '../zip';
import {
  dbfHeader,
  dbfRow,
  fieldNames,
  parseShape,
  readAt,
  shpHeader,
  shxOffsets,
  walkShp,
} from './shpBinary';

interface Parts {
  shp: string;
  shx?: string;
  dbf?: string;
  prj?: string;
  cpg?: string;
  cleanup?: () => void;
}

/** dBASE language driver ids that mean code page 936 (GBK). */
const LDID_GBK = new Set([0x4d, 0x7a]);

function partsFromZip(path: string): Parts {
  const z = extractZip(path, (n) => /\.(shp|shx|dbf|prj|cpg)$/i.test(n));
  const shps = [...z.files.keys()].filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length !== 1) {
    z.cleanup();
    throw new ImportError(
      shps.length === 0
        ? 'the .zip holds no .shp file'
        : `the .zip holds ${shps.length} layers (${shps.join(', ')}); unzip it and pass one .shp`,
      shps.length === 0 ? '.zip 中没有 .shp 文件' : `.zip 中有 ${shps.length} 个图层；请解压后指定一个 .shp`,
    );
  }
  const stem = shps[0].slice(0, -4).toLowerCase();
  const part = (ext: string) => {
    const name = [...z.files.keys()].find((n) => n.toLowerCase() === `${stem}.${ext}`);
    return name ? z.files.get(name) : undefined;
  };
  return {
    shp: part('shp') as string,
    shx: part('shx'),
    dbf: part('dbf'),
    prj: part('prj'),
    cpg: part('cpg'),
    cleanup: z.cleanup,
  };
}

function partsFromShp(path: string): Parts {
  const dir = dirname(path);
  const stem = basename(path, extname(path)).toLowerCase();
  const names = readdirSync(dir);
  const sibling = (ext: string) => {
    const n = names.find((x) => x.toLowerCase() === `${stem}.${ext}`);
    return n && existsSync(join(dir, n)) ? join(dir, n) : undefined;
  };
  const shp = sibling('shp');
  if (!shp) throw new ImportError(`no ${stem}.shp beside ${path}`, `${path} 旁边没有 ${stem}.shp`);
  return { shp, shx: sibling('shx'), dbf: sibling('dbf'), prj: sibling('prj'), cpg: sibling('cpg') };
}

const text = (p?: string) => (p ? new TextDecoder().decode(readFileSync(p)) : undefined);

/** Reads a Shapefile (a `.zip`, or the `.shp` at `o.path` and its siblings). */
export function readShapefile(o: ReadOptions): ReadResult {
  const parts = o.path.toLowerCase().endsWith('.zip') ? partsFromZip(o.path) : partsFromShp(o.path);
  try {
    return open(parts, o);
  } catch (e) {
    parts.cleanup?.();
    if (e instanceof ImportError) throw e;
    const why = e instanceof Error ? e.message.slice(0, 100) : 'error';
    throw new ImportError(`cannot read the .shp (${why})`, `无法读取 .shp 文件（${why}）`);
  }
}

function open(parts: Parts, o: ReadOptions): ReadResult {
  const notes = [];
  const shpFd = openSync(parts.shp, 'r');
  const head = shpHeader(shpFd);
  const walked = walkShp(shpFd, head.bytes);
  let index = walked;
  let nShx: number | null = null;
  if (parts.shx) {
    const fd = openSync(parts.shx, 'r');
    const offs = shxOffsets(fd);
    closeSync(fd);
    if (offs) {
      nShx = offs.offsets.length;
      if (offs.offsets.every((at, k) => at >= 100 && at + 8 + offs.lengths[k] <= head.bytes)) index = offs;
    }
  }
  const dbfFd = parts.dbf ? openSync(parts.dbf, 'r') : null;
  const dbf = dbfFd !== null ? dbfHeader(dbfFd) : null;
  const counts = [walked.offsets.length, nShx, dbf?.records].filter(
    (n): n is number => n !== null && n !== undefined,
  );
  if (new Set(counts).size > 1) {
    closeSync(shpFd);
    if (dbfFd !== null) closeSync(dbfFd);
    const shx = nShx === null ? '' : `, the .shx indexes ${nShx}`;
    const shxZh = nShx === null ? '' : `，.shx 索引 ${nShx} 条`;
    const d = dbf ? `, the .dbf has ${dbf.records} rows` : '';
    const dZh = dbf ? `，.dbf 有 ${dbf.records} 行` : '';
    throw new ImportError(
      `the parts of the shapefile do not match: the .shp holds ${walked.offsets.length} shapes${shx}${d} (a truncated copy, or files from different exports?); export the layer again`,
      `Shapefile 各部分不一致：.shp 有 ${walked.offsets.length} 个图形${shxZh}${dZh}（文件被截断，或来自不同的导出？）；请重新导出该图层`,
    );
  }
  if (head.declaredBytes !== head.bytes)
    notes.push(
      fileProblem(
        o.path,
        'warning',
        'shp-header',
        `the .shp header gives its length as ${head.declaredBytes} bytes, but the file has ${head.bytes}: read the ${walked.offsets.length} records that are there${nShx !== null || dbf ? ' (the .shx and .dbf agree)' : ''}`,
        `.shp 文件头记录的长度为 ${head.declaredBytes} 字节，实际为 ${head.bytes} 字节：已读取实际存在的 ${walked.offsets.length} 条记录`,
      ),
    );
  if (!dbf)
    notes.push(
      fileProblem(
        o.path,
        'warning',
        'no-dbf',
        'no .dbf beside the .shp: no attributes',
        '缺少 .dbf 文件：没有属性',
      ),
    );
  let decoder = new TextDecoder('utf-8');
  let names: string[] = [];
  if (dbf && dbfFd !== null) {
    const cpg = text(parts.cpg)?.split(/\r?\n/)[0].trim();
    const fromCpg = cpg ? normalizeEncoding(cpg) : null;
    let enc: Encoding;
    let guessed = false;
    if (o.encoding) enc = o.encoding;
    else if (fromCpg) enc = fromCpg;
    else if (LDID_GBK.has(dbf.languageDriver)) enc = 'gbk';
    else {
      const sample = readAt(dbfFd, 0, Math.min(dbf.headerBytes + dbf.recordBytes * dbf.records, 4 << 20));
      // A sample may end inside a character: trim the last record off before testing.
      const cut = sample.length - ((sample.length - dbf.headerBytes) % Math.max(1, dbf.recordBytes));
      enc = isUtf8(sample.subarray(0, cut)) ? 'utf-8' : 'gbk';
      guessed = enc === 'gbk';
    }
    if (cpg && !fromCpg && !o.encoding)
      notes.push(
        fileProblem(
          o.path,
          'warning',
          'unknown-cpg',
          `the .cpg says "${cpg.slice(0, 30)}", which is not UTF-8 or GBK: read the .dbf as ${enc === 'gbk' ? 'GBK' : 'UTF-8'}; pass --encoding if names look wrong`,
          `.cpg 中的编码 "${cpg.slice(0, 30)}" 不是 UTF-8 或 GBK：已按 ${enc === 'gbk' ? 'GBK' : 'UTF-8'} 读取 .dbf；如名称乱码，请用 --encoding 指定`,
        ),
      );
    else if (guessed)
      notes.push(
        fileProblem(
          o.path,
          'warning',
          'encoding-guessed',
          'the .dbf has no .cpg and is not UTF-8: read it as GBK; pass --encoding utf8 if names look wrong',
          '.dbf 没有 .cpg 且不是 UTF-8，已按 GBK 读取；如名称乱码，请加 --encoding utf8',
        ),
      );
    decoder = new TextDecoder(decoderLabel(enc));
    names = fieldNames(dbf, dbfFd, decoder);
  }
  function* records(): Generator<RawRecord> {
    for (let i = 0; i < index.offsets.length; i++) {
      const offset = index.offsets[i];
      const length = index.lengths[i];
      let props: Record<string, unknown> = {};
      if (dbf && dbfFd !== null) {
        const raw = readAt(dbfFd, dbf.headerBytes + i * dbf.recordBytes, dbf.recordBytes);
        props = dbfRow(dbf, raw, names, decoder);
      }
      try {
        const geometry = parseShape(readAt(shpFd, offset + 8, length));
        yield { ref: `FID ${i}`, props, geometry, noGeometry: geometry ? undefined : NULL_SHAPE };
      } catch (e) {
        const why = e instanceof Error ? e.message.slice(0, 80) : 'error';
        yield {
          ref: `FID ${i}`,
          props,
          geometry: null,
          noGeometry: { en: `the shape cannot be read (${why})`, zh: `无法读取该图形（${why}）` },
        };
      }
    }
  }
  const result: ReadResult = {
    format: 'shapefile',
    records,
    fields: names,
    notes,
    close: () => {
      closeSync(shpFd);
      if (dbfFd !== null) closeSync(dbfFd);
      parts.cleanup?.();
    },
  };
  const prj = text(parts.prj);
  if (prj?.trim()) {
    const crs = crsFromPrj(prj);
    if ('kind' in crs) result.declared = { crs, source: 'the .prj', explicit: true };
    else result.declaredError = crs;
  }
  return result;
}

const NULL_SHAPE = {
  en: 'the record has a null shape (no geometry)',
  zh: '该记录的图形为空（没有几何图形）',
};

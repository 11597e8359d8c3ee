/**
 * The import pipeline, file system at the edges only: read (in a stream) → sample the records and
 * decide the CRS → convert, map fields and validate record by record in batches (per-file and
 * cross-file rules, like `npm run validate`) → write, or refuse. Memory holds one record and one
 * validation batch, not the file. Every finding is a validator-style Problem located by the input
 * record (`row 4 "老街一号院"`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Position } from 'geojson';
import {
  type DatasetFile,
  layerIdFromPath,
  type Problem,
  parseJsonText,
} from '../../src/data/validate/index';
import { MAX_FILE_BYTES, tooLarge } from '../../src/data/validate/limits';
import type { ImportOptions } from './args';
import { convertRecords } from './convert';
import { decideFor } from './decide';
import { firstPosition, numericCoords } from './geometry';
import { readCsv } from './readers/csv';
import { readGeojson } from './readers/geojson';
import { readKml } from './readers/kml';
import { readShapefile } from './readers/shapefile';
import { fileProblem, ImportError, type ReadOptions, type ReadResult } from './record';

export interface ImportResult {
  problems: Problem[];
  /** Features converted (also on a dry run). */
  features: number;
  crs: string | null;
  /** The path written, or null (dry run or refused). */
  wrote: string | null;
}

/** Records sampled for the CRS decision (spread over the whole file would need two reads anyway). */
const SAMPLE = 20000;

function read(o: ImportOptions): ReadResult {
  const ro: ReadOptions = { path: o.from, encoding: o.encoding, lon: o.lon, lat: o.lat };
  const ext = o.from.toLowerCase().split('.').pop();
  if (ext === 'zip' || ext === 'shp') return readShapefile(ro);
  if (ext === 'csv' || ext === 'txt') return readCsv(ro);
  if (ext === 'kml' || ext === 'kmz') return readKml(ro);
  if (ext === 'geojson' || ext === 'json') return readGeojson(ro);
  throw new ImportError(
    `unknown file type ".${ext}"; use .zip/.shp (Shapefile), .csv, .kml, .kmz or .geojson`,
    `无法识别的文件类型 ".${ext}"；请用 .zip/.shp（Shapefile）、.csv、.kml、.kmz 或 .geojson`,
  );
}

/** The other data files of the folder, for the cross-file rules. */
function otherFiles(dir: string, layerId: string, outPath: string): DatasetFile[] {
  if (!existsSync(dir)) return [];
  const out: DatasetFile[] = [];
  for (const n of readdirSync(dir).filter((x) => /\.(geo)?json$/i.test(x))) {
    const path = join(dir, n);
    const id = layerIdFromPath(path);
    if (id === layerId || resolve(path) === resolve(outPath)) continue;
    if (statSync(path).size > MAX_FILE_BYTES) continue;
    const parsed = parseJsonText(readFileSync(path, 'utf8'));
    if (parsed.ok) out.push({ path, layerId: id, data: parsed.value });
  }
  return out;
}

/** Runs one import. Never throws for bad input: everything becomes a Problem. */
export function runImport(o: ImportOptions): ImportResult {
  const problems: Problem[] = [];
  const fail = (en: string, zh: string, code = 'import-failed'): ImportResult => ({
    problems: [...problems, fileProblem(o.from, 'error', code, en, zh)],
    features: 0,
    crs: null,
    wrote: null,
  });
  try {
    const size = statSync(o.from).size;
    if (size > MAX_FILE_BYTES) {
      const t = tooLarge(size);
      return fail(t.en, t.zh, 'file-too-large');
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return code === 'ENOENT'
      ? fail('file not found', '文件不存在', 'unreadable-file')
      : fail(
          `cannot read the file (${code ?? 'error'})`,
          `无法读取文件（${code ?? 'error'}）`,
          'unreadable-file',
        );
  }
  let input: ReadResult | null = null;
  try {
    input = read(o);
    return importRecords(o, input, problems, fail);
  } catch (e) {
    if (e instanceof ImportError) return fail(e.en, e.zh);
    const why = e instanceof Error ? e.message.slice(0, 120) : String(e);
    return fail(`cannot read the file (${why})`, `无法读取文件（${why}）`);
  } finally {
    input?.close?.();
  }
}

function importRecords(
  o: ImportOptions,
  input: ReadResult,
  problems: Problem[],
  fail: (en: string, zh: string, code?: string) => ImportResult,
): ImportResult {
  // Pass 1: sample the first position of the records (and learn a streamed file's "crs").
  const firsts: Position[] = [];
  let count = 0;
  for (const r of input.records()) {
    count++;
    if (firsts.length < SAMPLE) {
      const p = firstPosition(numericCoords(r.geometry).geometry);
      if (p) firsts.push(p);
    }
  }
  problems.push(...input.notes);
  const lower = new Set(input.fields.map((f) => f.trim().toLowerCase()));
  const missing = [...o.mapping.map.keys()].filter((k) => !lower.has(k.trim().toLowerCase()));
  if (missing.length > 0 && count > 0) {
    const cols = input.fields.length > 0 ? input.fields.join(', ') : '(none)';
    return fail(
      `--map names ${missing.map((m) => `"${m}"`).join(', ')}, which the file does not have; its columns are: ${cols}`,
      `--map 中的 ${missing.map((m) => `"${m}"`).join('、')} 在文件中不存在；文件的列为：${input.fields.join('、') || '（无）'}`,
      'bad-mapping',
    );
  }
  const d = decideFor(o, input, firsts, problems);
  if ('error' in d) return fail(d.error.en, d.error.zh, 'crs-mismatch');
  const r = convertRecords(o, input, d, otherFiles(o.dir, o.layer, o.out), problems);
  return { ...r, crs: d.label };
}

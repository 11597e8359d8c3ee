/**
 * The import pipeline, file system at the edges only: read → decide the CRS → convert → map
 * fields → validate (per-file and cross-file rules, like `npm run validate`) → write, or refuse.
 * Every finding is a validator-style Problem located by the input record (`row 4 "老街一号院"`).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { distance, point } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import {
  type DatasetFile,
  layerIdFromPath,
  type Problem,
  parseJsonText,
  validateDataset,
  validateLayerText,
} from '../../src/data/validate/index';
import type { ImportOptions } from './args';
import { type Crs, toWgs84 } from './crs';
import { outsideDistrict } from './district';
import { buildProps, displayName } from './fields';
import { convertGeometry, firstPosition } from './geometry';
import { readCsv } from './readers/csv';
import { readGeojson } from './readers/geojson';
import { readKml } from './readers/kml';
import { readShapefile } from './readers/shapefile';
import { fileProblem, ImportError, type ReadOptions, type ReadResult } from './record';
import { type Decision, decideCrs, majorityLook } from './sniff';

export interface ImportResult {
  problems: Problem[];
  /** Features converted (also on a dry run). */
  features: number;
  crs: string | null;
  /** The path written, or null (dry run or refused). */
  wrote: string | null;
}

const MAX_BYTES = 256 * 1024 * 1024;

function read(o: ImportOptions, bytes: Uint8Array): ReadResult {
  const ro: ReadOptions = { path: o.from, encoding: o.encoding, lon: o.lon, lat: o.lat };
  const ext = o.from.toLowerCase().split('.').pop();
  if (ext === 'zip' || ext === 'shp') return readShapefile(bytes, ro);
  if (ext === 'csv' || ext === 'txt') return readCsv(bytes, ro);
  if (ext === 'kml') return readKml(bytes, ro);
  if (ext === 'geojson' || ext === 'json') return readGeojson(bytes, ro);
  throw new ImportError(
    `unknown file type ".${ext}"; use .zip/.shp (Shapefile), .csv, .kml or .geojson`,
    `无法识别的文件类型 ".${ext}"；请用 .zip/.shp（Shapefile）、.csv、.kml 或 .geojson`,
  );
}

/** The other data files of the folder, for the cross-file rules. */
function otherFiles(dir: string, layerId: string, outPath: string): DatasetFile[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir);
  const out: DatasetFile[] = [];
  for (const n of names.filter((x) => /\.(geo)?json$/i.test(x))) {
    const path = join(dir, n);
    const id = layerIdFromPath(path);
    if (id === layerId || resolve(path) === resolve(outPath)) continue;
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
  let bytes: Uint8Array;
  try {
    if (statSync(o.from).size > MAX_BYTES) return fail('file is too large (over 256 MB)', '文件超过 256 MB');
    bytes = new Uint8Array(readFileSync(o.from));
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
  let input: ReadResult;
  try {
    input = read(o, bytes);
  } catch (e) {
    if (e instanceof ImportError) return fail(e.en, e.zh);
    const why = e instanceof Error ? e.message.slice(0, 120) : String(e);
    return fail(`cannot read the file (${why})`, `无法读取文件（${why}）`);
  }
  problems.push(...input.notes);
  const recs = input.records;
  const where = (i: number, props: Record<string, unknown> = {}) => {
    const name = displayName(props, recs[i].props);
    return name ? `${recs[i].ref} ${JSON.stringify(name)}` : recs[i].ref;
  };

  // The CRS: what the file declares, or --crs; both given must agree (or --ignore-prj).
  const firsts = recs.map((r) => firstPosition(r.geometry));
  const maj = majorityLook(firsts.filter((p): p is Position => p !== null));
  const district = o.site;
  let toWgs: ((p: [number, number]) => [number, number]) | null = null;
  let crsLabel: string | null = null;
  let swap = false;
  if (o.crs === null && input.declaredError) return fail(input.declaredError.en, input.declaredError.zh);
  if (o.crs !== null && input.declaredError && !o.ignorePrj)
    problems.push(
      fileProblem(
        o.from,
        'warning',
        'crs-check',
        `${input.declaredError.en}: used --crs`,
        `${input.declaredError.zh}：已按 --crs 处理`,
      ),
    );
  if (maj) {
    const lon = district ? (district[0] + district[2]) / 2 : null;
    const fileSays = input.declared && (o.crs === null || (input.declared.explicit && !o.ignorePrj));
    const d = o.crs !== null ? decideCrs(o.crs, '--crs', maj.look, maj.sample, lon) : null;
    const f =
      fileSays && input.declared
        ? decideCrs(input.declared.crs, input.declared.source, maj.look, maj.sample, lon)
        : null;
    const chosen = d ?? f ?? decideCrs(null, 'the file', maj.look, maj.sample, lon);
    if (d && f && input.declared && !d.error) {
      const clash = contradiction(d, f, maj.sample);
      if (clash !== null) {
        const said = input.declared.crs.label;
        const how = f.error ? f.error.en : `the same coordinates land ${clash} apart`;
        const howZh = f.error ? f.error.zh : `同一坐标换算后相差 ${clash}`;
        return fail(
          `--crs says ${d.crs?.label} but ${input.declared.source} says ${said} (${how}); drop --crs to use ${input.declared.source}, or add --ignore-prj to use --crs`,
          `--crs 为 ${d.crs?.label}，但${input.declared.source}声明为 ${said}（${howZh}）；去掉 --crs 即按文件声明，或加 --ignore-prj 按 --crs 处理`,
          'crs-mismatch',
        );
      }
    }
    for (const w of chosen.warnings) problems.push(fileProblem(o.from, 'warning', 'crs-check', w.en, w.zh));
    if (chosen.error || !chosen.crs)
      return fail(chosen.error?.en ?? 'unknown CRS', chosen.error?.zh ?? '坐标系未知', 'crs-mismatch');
    toWgs = toWgs84(chosen.crs);
    crsLabel = chosen.crs.label;
    swap = chosen.swap;
  }

  const features: Feature[] = [];
  recs.forEach((r, i) => {
    const props = buildProps(r.props, i + 1, o.layer, o.mapping, o.areaIds);
    let geometry: Geometry | null = null;
    if (r.geometry && toWgs) {
      const fp = firsts[i];
      if (fp && maj && fp !== null && lookDiffers(fp, maj.look))
        problems.push(
          recordProblem(
            o.from,
            where(i, props),
            'error',
            'crs-mismatch',
            `coordinates [${fp.join(', ')}] do not look like the rest of the file`,
            `坐标 [${fp.join(', ')}] 与文件中其他记录的坐标类型不一致`,
          ),
        );
      else {
        const conv = toWgs;
        const fn = swap ? (p: [number, number]) => conv([p[1], p[0]]) : conv;
        try {
          geometry = convertGeometry(r.geometry, fn, o.layer);
        } catch {
          problems.push(
            recordProblem(
              o.from,
              where(i, props),
              'error',
              'bad-coordinate',
              'coordinates could not be converted to WGS84',
              '坐标无法转换为 WGS84',
            ),
          );
        }
      }
    } else if (!r.geometry) {
      const why = r.noGeometry ?? { en: 'the record has no geometry', zh: '该记录没有几何图形' };
      problems.push(
        recordProblem(
          o.from,
          where(i, props),
          'error',
          'missing-geometry',
          `${why.en}; fix or remove the record`,
          `${why.zh}；请补全或删除该记录`,
        ),
      );
    }
    features.push({ type: 'Feature', properties: props, geometry: geometry as Geometry });
  });

  if (district) {
    const far = outsideDistrict(features, district);
    for (const { index, km } of far.slice(0, 20))
      problems.push(
        recordProblem(
          o.from,
          where(index, features[index].properties ?? {}),
          'warning',
          'far-away',
          `lies ${km.toFixed(1)} km from the district: wrong CRS or zone?`,
          `距本区 ${km.toFixed(1)} 公里：坐标系或带号是否有误？`,
        ),
      );
    if (far.length > 20)
      problems.push(
        fileProblem(
          o.from,
          'warning',
          'far-away',
          `and ${far.length - 20} more far from the district`,
          `另有 ${far.length - 20} 条记录远离本区`,
        ),
      );
  }

  const text = `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
  // Records that failed above are already reported: don't let the validator repeat them.
  const reported = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.location));
  const v = validateLayerText(o.out, text, o.layer);
  const own = v.problems;
  const cross =
    v.data === null
      ? []
      : validateDataset([
          ...otherFiles(o.dir, o.layer, o.out),
          { path: o.out, layerId: o.layer, data: v.data },
        ]).filter((p) => p.path === o.out);
  for (const p of [...own, ...cross]) {
    const m = /^features\[(\d+)\](\.(.*))?$/.exec(p.location);
    if (m) {
      const i = Number(m[1]);
      const loc = where(i, features[i]?.properties ?? {});
      if (p.code === 'missing-geometry' && reported.has(loc)) continue;
      if (reported.has(loc) && p.location.includes('.geometry')) continue;
      problems.push({
        ...p,
        path: o.from,
        location: m[3] ? `${loc}: ${m[3]}` : loc,
        message_en: refs(p.message_en, recs),
        message_zh: refs(p.message_zh, recs),
      });
    } else problems.push({ ...p, path: o.from });
  }
  const errors = problems.some((p) => p.severity === 'error');
  if (errors || o.dryRun) return { problems, features: features.length, crs: crsLabel, wrote: null };
  writeFileSync(o.out, text);
  return { problems, features: features.length, crs: crsLabel, wrote: relative('.', o.out) || o.out };
}

/** `features[3]` in a validator message → the record's own reference. */
function refs(msg: string, recs: ReadResult['records']): string {
  return msg.replace(/features\[(\d+)\]/g, (s, n) => recs[Number(n)]?.ref ?? s);
}

/** Null when two decisions put the sample within 1 m of each other; else how far apart ("12.3 km"). */
function contradiction(a: Decision, b: Decision, sample: Position): string | null {
  if (!a.crs) return null;
  if (!b.crs) return '?';
  const at = (d: Decision, crs: Crs) => {
    try {
      const p: [number, number] = d.swap ? [sample[1], sample[0]] : [sample[0], sample[1]];
      return toWgs84(crs)(p);
    } catch {
      return null;
    }
  };
  const pa = at(a, a.crs);
  const pb = at(b, b.crs);
  if (!pa || !pb || !pa.every(Number.isFinite) || !pb.every(Number.isFinite)) return '?';
  const m = distance(point(pa), point(pb), { units: 'meters' });
  if (m <= 1) return null;
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${m.toFixed(1)} m`;
}

function lookDiffers(p: Position, look: string): boolean {
  const l = majorityLookOf(p);
  return l !== look && !(look === 'lonlat' && l === 'degrees');
}

function majorityLookOf(p: Position): string {
  return majorityLook([p])?.look ?? 'unknown';
}

function recordProblem(
  path: string,
  location: string,
  severity: 'error' | 'warning',
  code: string,
  en: string,
  zh: string,
): Problem {
  return { path, location, severity, code, message_en: en, message_zh: zh };
}

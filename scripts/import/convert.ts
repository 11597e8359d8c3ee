/**
 * Pass 2 of an import: each record converted to WGS84, its fields mapped, checked against the
 * district (per vertex) and handed to the writer and the batch validator; nothing is kept per
 * record but its id and number (for duplicates across batches) and the problems found.
 */
import { relative } from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { farProblem, farthestVertex } from '../../src/data/validate/district';
import { type DatasetFile, MAX_PROBLEMS_PER_FILE, type Problem } from '../../src/data/validate/index';
import { MAX_FILE_BYTES, tooLarge } from '../../src/data/validate/limits';
import type { ImportOptions } from './args';
import { BatchValidator, LayerWriter } from './batches';
import type { Decided } from './decide';
import { buildProps, displayName } from './fields';
import { convertGeometry, firstPosition, isEmptyGeometry, numericCoords } from './geometry';
import { fileProblem, type RawRecord, type ReadResult } from './record';
import { lookOf } from './sniff';

const MAX_FAR = 20;
/** The report stops after this many lines (a wrong CRS or mapping gives one line per record). */
export const MAX_IMPORT_PROBLEMS = 5 * MAX_PROBLEMS_PER_FILE;

export function convertRecords(
  o: ImportOptions,
  input: ReadResult,
  d: Decided,
  others: DatasetFile[],
  problems: Problem[],
): { problems: Problem[]; features: number; wrote: string | null } {
  let dropped = 0;
  const emit = (p: Problem) => {
    if (problems.length < MAX_IMPORT_PROBLEMS) problems.push(p);
    else dropped++;
  };
  const recordProblem = (
    loc: string,
    code: string,
    en: string,
    zh: string,
    severity: 'error' | 'warning' = 'error',
  ) => emit({ path: o.from, location: loc, severity, code, message_en: en, message_zh: zh });
  const reported = new Set<string>();
  const writer = new LayerWriter(o.out, o.dryRun);
  const validator = new BatchValidator(o.out, o.layer, others, reported, (p) =>
    emit({ ...p, path: p.path === o.out ? o.from : p.path }),
  );
  let n = 0;
  let far = 0;
  let textCoords = 0;
  let textSample: string | null = null;
  let errors = problems.some((p) => p.severity === 'error');
  const fn =
    d.toWgs && d.swap
      ? (
          (conv) => (p: [number, number]) =>
            conv([p[1], p[0]])
        )(d.toWgs)
      : d.toWgs;
  const locate = (r: RawRecord, i: number) => {
    const props = buildProps(r.props, i + 1, o.layer, o.mapping, o.areaIds);
    const name = displayName(props, r.props);
    return { props, loc: name ? `${r.ref} ${JSON.stringify(name)}` : r.ref };
  };
  for (const r of input.records()) {
    const i = n++;
    const { props, loc } = locate(r, i);
    const fail = (code: string, en: string, zh: string) => {
      recordProblem(loc, code, en, zh);
      reported.add(loc);
      errors = true;
    };
    const norm = numericCoords(r.geometry);
    textCoords += norm.text;
    textSample ??= norm.sample;
    let geometry: Geometry | null = null;
    const src = norm.geometry;
    if (norm.bad)
      fail(
        'bad-coordinate',
        `${norm.bad.at}: coordinate ${norm.bad.value} is not a number`,
        `${norm.bad.at}：坐标值 ${norm.bad.value} 不是数字`,
      );
    else if (src && isEmptyGeometry(src))
      fail(
        'missing-geometry',
        `the ${src.type} is empty (no coordinates); fix or remove the record`,
        `${src.type} 为空（没有坐标）；请补全或删除该记录`,
      );
    else if (src && fn) {
      const fp = firstPosition(src);
      const look = fp ? lookOf(fp) : null;
      if (fp && d.look && look !== d.look && !(d.look === 'lonlat' && look === 'degrees'))
        fail(
          'crs-mismatch',
          `coordinates [${fp.join(', ')}] do not look like the rest of the file`,
          `坐标 [${fp.join(', ')}] 与文件中其他记录的坐标类型不一致`,
        );
      else
        try {
          geometry = convertGeometry(src, fn, o.layer);
        } catch {
          fail('bad-coordinate', 'coordinates could not be converted to WGS84', '坐标无法转换为 WGS84');
        }
    } else if (!src) {
      const why = r.noGeometry ?? { en: 'the record has no geometry', zh: '该记录没有几何图形' };
      fail('missing-geometry', `${why.en}; fix or remove the record`, `${why.zh}；请补全或删除该记录`);
    }
    if (geometry && o.site) {
      const f = farthestVertex(geometry, o.site);
      if (f && far++ < MAX_FAR) emit({ ...farProblem(o.from, loc, f) });
    }
    const feature: Feature = { type: 'Feature', properties: props, geometry: geometry as Geometry };
    const text = JSON.stringify(feature);
    writer.add(text);
    validator.add(text, loc, props.id);
  }
  // The first records of ids used twice are read again to name them (nothing is kept per record).
  validator.finish((wanted) => {
    const where = new Map<number, string>();
    const last = Math.max(...wanted);
    let i = 0;
    for (const r of input.records()) {
      if (wanted.has(i)) where.set(i, locate(r, i).loc);
      if (++i > last) break;
    }
    return where;
  });
  if (far > MAX_FAR)
    emit(
      fileProblem(
        o.from,
        'warning',
        'far-away',
        `and ${far - MAX_FAR} more far from the district`,
        `另有 ${far - MAX_FAR} 条记录远离本区`,
      ),
    );
  if (textCoords > 0)
    problems.unshift(
      fileProblem(
        o.from,
        'warning',
        'text-coordinates',
        `${textCoords} coordinates are text, not numbers (e.g. "${textSample}"): read them as numbers`,
        `有 ${textCoords} 个坐标值是文本而不是数字（如 "${textSample}"）：已按数字读取`,
      ),
    );
  if (writer.bytes > MAX_FILE_BYTES) {
    const t = tooLarge(writer.bytes, 'the layer written');
    emit(fileProblem(o.from, 'error', 'file-too-large', t.en, t.zh));
  }
  if (dropped > 0)
    problems.push(
      fileProblem(
        o.from,
        'error',
        'too-many-problems',
        `and ${dropped} more problems not shown; fix the ones above first`,
        `另有 ${dropped} 个问题未列出；请先修正以上问题`,
      ),
    );
  errors = errors || problems.some((p) => p.severity === 'error');
  if (errors || o.dryRun) {
    writer.abort();
    return { problems, features: n, wrote: null };
  }
  writer.commit();
  return { problems, features: n, wrote: relative('.', o.out) || o.out };
}

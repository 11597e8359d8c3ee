/**
 * The data validator CLI: `npm run validate -- [--layer ID] [--json] [--dir DIR] [PATH ...]`
 *
 * - No PATH: validates every data file of `public/geo` (or `--dir DIR`): layers.json (the layer
 *   catalogue every other file is read through), site.json, targets.json,
 *   tour.json (if present) and each `*.geojson`, then the cross-file rules over all of them.
 * - With PATHs: validates those files (a directory PATH stands for its data files). A file's layer
 *   is its base name (`communities.geojson` → `communities`) unless `--layer ID` says otherwise
 *   (applies to every PATH). The cross-file rules then run with the given files standing in for
 *   their layers and the other layers taken from `public/geo` (or `--dir`), so a communities file
 *   is checked against `public/geo/areas.geojson`; only problems in the given files are printed.
 * - Output: one line per problem, `PATH: LOCATION: message_en / message_zh` (`warning: ` before
 *   the message for warnings), or with `--json` one object `{ ok, problems: [...] }`. A summary
 *   line goes to stderr. Exit 1 if any error, 0 otherwise; 2 for a bad command line.
 * The rules themselves are in src/data/validate (shared with the app).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type Bounds, checkFarFromDistrict } from '../src/data/validate/district';
import {
  type DatasetFile,
  formatProblem,
  layerIdFromPath,
  type Problem,
  parseJsonText,
  validateDataset,
  validateLayerText,
} from '../src/data/validate/index';
import { MAX_FILE_BYTES, tooLarge } from '../src/data/validate/limits';
import { readCatalogue } from './catalogue';
import { setCatalogueDir } from './import/catalogue';
import { STREAM_ABOVE_BYTES, skeletonOf, validateStreamed } from './validate/stream';

const USAGE = `usage: npm run validate -- [--layer ID] [--json] [--dir DIR] [PATH ...]
  PATH        files (or folders) to check; default: every data file in public/geo
  --layer ID  validate the PATHs as layer ID (e.g. communities, site, targets, tour)
  --json      print {"ok": bool, "problems": [...]} instead of lines
  --dir DIR   the data folder (default public/geo) for the default run and cross-file checks
用法：npm run validate -- [--layer 图层ID] [--json] [--dir 目录] [文件 ...]`;

interface Options {
  layer: string | null;
  json: boolean;
  dir: string;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  const o: Options = { layer: null, json: false, dir: 'public/geo', paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--layer' || a === '--dir') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) return `${a} needs a value`;
      if (a === '--layer') o.layer = v;
      else o.dir = v;
    } else if (a.startsWith('--layer=')) o.layer = a.slice(8);
    else if (a.startsWith('--dir=')) o.dir = a.slice(6);
    else if (a === '--help' || a === '-h') return '';
    else if (a === '--') {
      o.paths.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else o.paths.push(a);
  }
  return o;
}

/** The data files of a folder, in a stable order: site, targets, tour, then layers by name. */
function dataFilesIn(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => /\.(geo)?json$/i.test(n));
  const rank = (n: string) => ['layers.json', 'site.json', 'targets.json', 'tour.json'].indexOf(n);
  const configs = names.filter((n) => rank(n) >= 0).sort((a, b) => rank(a) - rank(b));
  const layers = names.filter((n) => /\.geojson$/i.test(n)).sort();
  return [...configs, ...layers].map((n) => join(dir, n));
}

function fileProblem(path: string, code: string, en: string, zh: string): Problem {
  return { path, location: '$', severity: 'error', code, message_en: en, message_zh: zh };
}

function readText(path: string): { text: string } | { problem: Problem } | { stream: true } {
  try {
    const st = statSync(path);
    if (!st.isFile()) return { problem: fileProblem(path, 'unreadable-file', 'not a file', '不是文件') };
    if (st.size > MAX_FILE_BYTES) {
      const t = tooLarge(st.size);
      return { problem: fileProblem(path, 'file-too-large', t.en, t.zh) };
    }
    if (st.size > STREAM_ABOVE_BYTES) return { stream: true };
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'error'})`;
    const whyZh = code === 'ENOENT' ? '文件不存在' : `无法读取文件（${code ?? 'error'}）`;
    return { problem: fileProblem(path, 'unreadable-file', why, whyZh) };
  }
}

function run(o: Options): { problems: Problem[]; files: number } {
  const explicit = o.paths.length > 0;
  let paths: string[];
  if (explicit) {
    paths = o.paths.flatMap((p) => {
      try {
        return statSync(p).isDirectory() ? dataFilesIn(p) : [p];
      } catch {
        return [p];
      }
    });
  } else if (!existsSync(o.dir)) {
    return {
      problems: [fileProblem(o.dir, 'unreadable-file', 'data folder not found', '数据目录不存在')],
      files: 0,
    };
  } else paths = dataFilesIn(o.dir);

  const problems: Problem[] = [];
  const given: DatasetFile[] = [];
  const streamed: Array<{ path: string; layerId: string }> = [];
  // Every file is read through the layer catalogue: a layers.json given on the command line, else
  // the data folder's. Without a usable one nothing else can be checked.
  const ownCatalogue = paths.find((p) => layerIdFromPath(p) === 'layers' && o.layer === null);
  const { catalogue, problems: catalogueProblems } = readCatalogue(
    ownCatalogue ?? join(o.dir, 'layers.json'),
  );
  if (ownCatalogue || !catalogue) problems.push(...catalogueProblems);
  if (!catalogue) return { problems, files: paths.length };
  setCatalogueDir(ownCatalogue ? dirname(ownCatalogue) : o.dir);
  for (const path of paths) {
    const layerId = o.layer ?? layerIdFromPath(path);
    if (layerId === 'layers' && path === ownCatalogue) continue;
    const read = readText(path);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    if ('stream' in read) {
      streamed.push({ path, layerId });
      const sk = skeletonOf(path, layerId);
      if (sk) given.push(sk);
      continue;
    }
    const r = validateLayerText(path, read.text, layerId, catalogue);
    problems.push(...r.problems);
    if (r.data !== null) given.push({ path, layerId, data: r.data });
  }

  // Cross-file rules: with explicit PATHs, the other layers come from the data folder.
  const supplement: DatasetFile[] = [];
  if (explicit && existsSync(o.dir)) {
    const givenLayers = new Set(given.map((f) => f.layerId));
    const givenPaths = new Set(paths.map((p) => relative('.', p)));
    for (const path of dataFilesIn(o.dir)) {
      const layerId = layerIdFromPath(path);
      if (layerId === 'layers' || givenLayers.has(layerId) || givenPaths.has(relative('.', path))) continue;
      const read = readText(path);
      if (!('text' in read)) continue;
      const parsed = parseJsonText(read.text);
      if (parsed.ok) supplement.push({ path, layerId, data: parsed.value });
    }
  }
  // Supplementary files first, so a duplicate id is reported on the given file.
  const reportOn = new Set(given.map((f) => f.path));
  const streamedPaths = new Set(streamed.map((f) => f.path));
  for (const p of validateDataset([...supplement, ...given], catalogue))
    if (reportOn.has(p.path) && !streamedPaths.has(p.path)) problems.push(p);
  // Large files: their own rules and cross-file rules, one batch at a time.
  const bounds = siteBoundsOf([...supplement, ...given]);
  for (const f of streamed) {
    const others = [...supplement, ...given].filter((g) => g.path !== f.path);
    problems.push(...validateStreamed(f.path, f.layerId, others, bounds));
  }
  // Far from the district (site.json bounds), per vertex; the context layer may reach further.
  if (bounds)
    for (const f of given)
      if (
        !streamedPaths.has(f.path) &&
        catalogue.has(f.layerId) &&
        catalogue.get(f.layerId)?.role !== 'context'
      )
        problems.push(...checkFarFromDistrict(f.path, f.data, bounds));
  return { problems, files: paths.length };
}

function siteBoundsOf(files: DatasetFile[]): Bounds | null {
  const site = files.find((f) => f.layerId === 'site')?.data as { bounds?: unknown } | undefined;
  const b = site?.bounds;
  return Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number') ? (b as Bounds) : null;
}

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'string') {
    if (o) process.stderr.write(`validate: ${o}\n`);
    process.stderr.write(`${USAGE}\n`);
    return o ? 2 : 0;
  }
  const { problems, files } = run(o);
  // Stable order: by file (in the order checked), then as found.
  const order = new Map<string, number>();
  for (const p of problems) if (!order.has(p.path)) order.set(p.path, order.size);
  const sorted = problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (order.get(a.p.path) ?? 0) - (order.get(b.p.path) ?? 0) || a.i - b.i)
    .map((x) => x.p);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const warnings = sorted.length - errors;
  if (o.json) {
    process.stdout.write(
      `${JSON.stringify(
        {
          ok: errors === 0,
          problems: sorted.map(({ path, location, severity, code, message_en, message_zh }) => ({
            path,
            location,
            severity,
            code,
            message_en,
            message_zh,
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else if (sorted.length > 0) process.stdout.write(`${sorted.map(formatProblem).join('\n')}\n`);
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  process.stderr.write(
    `${plural(files, 'file')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}\n`,
  );
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  // Only on a bug in this script: one line, never a stack trace.
  process.stderr.write(`validate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}

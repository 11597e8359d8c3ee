/**
 * Reads and checks the data set's files, with no DOM and no map: run in a Web Worker
 * (./check.worker.ts), or on the main thread where a worker cannot start. The catalogue
 * (`layers.json`) and `site.json` first — without either there is no map at all, with both the map
 * can start — then every file the catalogue names, in parallel. Each runs through the same rules as
 * `npm run validate`; a file with an error is left out and reported by name.
 * What it hands back is plain data (structured-cloneable): the caller makes the catalogue and the
 * metrics from it.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../../catalogue/catalogue';
import { checkCatalogue } from '../../catalogue/check';
import { type LayerSizes, Metrics } from '../../metrics/metrics';
import { type ZoneIndex, zoneIndexOf } from '../../metrics/zoneIndex';
import { checkSummaryText } from '../summary/checkSummary';
import type { LayerId, SiteConfig, TargetsConfig, TourConfig } from '../types';
import { type Problem, parseJsonText, validateDataset, validateLayerText } from '../validate';
import { ProblemSink } from '../validate/problem';

export interface DataError {
  /** the file as the person knows it, e.g. `communities.geojson` */
  file: string;
  problems: Problem[];
}

export type FetchText = (file: string) => Promise<{ text: string } | { error: string; missing?: boolean }>;

/** What the checks found: every message from the checker to its caller. */
export type CheckMessage =
  /** The catalogue (as parsed JSON, checked) and site.json: the map can start. */
  | { type: 'start'; catalogue: unknown; site: SiteConfig }
  /** Every file in and checked, alone and against the others. */
  | {
      type: 'done';
      layers: Array<[LayerId, FeatureCollection]>;
      targets: TargetsConfig | null;
      tour: TourConfig | null;
      errors: DataError[];
      /** each feature's length and area, when a summary had them (src/data/summary/) */
      sizes?: LayerSizes | null;
    }
  /**
   * After `done`: which features lie in which zone (the metrics' costly part), so the page's
   * metrics start with it; null if it could not be worked out (the page then does it on use).
   */
  | { type: 'zones'; index: ZoneIndex | null }
  /** The catalogue or site.json is missing or broken: there is no map. */
  | { type: 'fatal'; file: string; detail: string };

/** Fetches `file` relative to the data folder's URL. */
export const fetcherFor =
  (base: string): FetchText =>
  async (file) => {
    try {
      const res = await fetch(new URL(file, base), { cache: 'no-cache' });
      if (!res.ok) return { error: `HTTP ${res.status}`, missing: res.status === 404 };
      return { text: await res.text() };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };

const fetchProblem = (file: string, error: string): Problem => ({
  path: file,
  location: '$',
  severity: 'error',
  code: 'fetch-failed',
  message_en: `could not be loaded (${error})`,
  message_zh: `无法加载（${error}）`,
});

const firstError = (problems: Problem[]) => problems.find((p) => p.severity === 'error');

class Fatal extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const fatal = (file: string, problems: Problem[]) => {
  const p = firstError(problems);
  return new Fatal(file, p ? `${p.location}: ${p.message_en} / ${p.message_zh}` : 'unreadable');
};

type Loaded<T> = { data: T | null; problems: Problem[] };

/** Runs every check, telling `post` what it found as soon as it knows. */
export async function checkFiles(fetchText: FetchText, post: (m: CheckMessage) => void): Promise<void> {
  const loadConfig = async <T>(
    file: string,
    layerId: string,
    catalogue: Promise<Catalogue>,
    optional = false,
  ): Promise<Loaded<T>> => {
    const got = await fetchText(file);
    const cat = await catalogue;
    if ('error' in got)
      return { data: null, problems: optional && got.missing ? [] : [fetchProblem(file, got.error)] };
    const { data, problems } = validateLayerText(file, got.text, layerId, cat);
    return { data: firstError(problems) ? null : (data as T), problems };
  };
  try {
    // The catalogue, site.json, targets.json and tour.json are requested at once; the layer files
    // as soon as the catalogue names them.
    const catalogueP = loadCatalogue(fetchText);
    const sitePending = loadConfig<SiteConfig>(
      'site.json',
      'site',
      catalogueP.then((c) => c.catalogue),
    );
    const cat = catalogueP.then((c) => c.catalogue);
    const targetsPending = loadConfig<TargetsConfig>('targets.json', 'targets', cat);
    const tourPending = loadConfig<TourConfig>('tour.json', 'tour', cat, true);
    // A rejected catalogue is reported once, below; these must not become unhandled rejections.
    for (const p of [sitePending, targetsPending, tourPending, cat]) p.catch(() => undefined);
    const { catalogue, raw } = await catalogueP;
    const site = await sitePending;
    if (!site.data) throw fatal('site.json', site.problems);
    post({ type: 'start', catalogue: raw, site: site.data });
    // Drawn from PMTiles with a summary: the panels read that one file instead of every layer's.
    const summaryFile = site.data.layers_pmtiles ? site.data.layers_summary : undefined;
    const summary = summaryFile ? await loadSummary(fetchText, summaryFile, catalogue) : null;
    const layers =
      summary?.layers ??
      (await Promise.all(
        catalogue.layers.map(async (def) => ({
          def: { id: def.id, file: `${def.id}.geojson` },
          ...(await loadConfig<FeatureCollection>(`${def.id}.geojson`, def.id, cat)),
        })),
      ));
    const done = crossCheck(
      catalogue,
      await targetsPending,
      await tourPending,
      layers,
      summary?.problems ?? [],
    );
    // The map draws as soon as `done` is out; the zones are worked out meanwhile (or were, in a summary).
    post(done.type === 'done' && summary?.layers ? { ...done, sizes: summary.sizes } : done);
    post({ type: 'zones', index: summary?.zones ?? zonesOf(catalogue, done) });
  } catch (e) {
    post(
      e instanceof Fatal
        ? { type: 'fatal', file: e.file, detail: e.detail }
        : { type: 'fatal', file: 'site.json', detail: String(e) },
    );
  }
}

type LayerResult = Loaded<FeatureCollection> & { def: { id: LayerId; file: string } };

/**
 * The summary site.json names, checked: its layers as if read from their files, with its zones and
 * sizes. The layers are null when it is not a summary at all (the GeoJSON files are read instead);
 * its problems are reported under its own name either way.
 */
async function loadSummary(
  fetchText: FetchText,
  file: string,
  catalogue: Catalogue,
): Promise<{
  layers: LayerResult[] | null;
  zones: ZoneIndex | null;
  sizes: LayerSizes | null;
  problems: DataError[];
}> {
  const got = await fetchText(file);
  if ('error' in got)
    return {
      layers: null,
      zones: null,
      sizes: null,
      problems: [{ file, problems: [fetchProblem(file, got.error)] }],
    };
  const { summary, problems } = checkSummaryText(file, got.text, catalogue);
  const layers = summary?.layers.map(([id, data]) => ({
    def: { id, file: `${id}.geojson` },
    data,
    problems: [],
  }));
  return {
    layers: layers ?? null,
    zones: summary?.zones ?? null,
    sizes: summary?.sizes ?? null,
    problems: problems.length ? [{ file, problems }] : [],
  };
}

function zonesOf(catalogue: Catalogue, done: CheckMessage): ZoneIndex | null {
  if (done.type !== 'done') return null;
  try {
    return zoneIndexOf(new Metrics(catalogue, new Map(done.layers)));
  } catch {
    return null;
  }
}

/** `layers.json`, checked; a broken or missing catalogue is fatal (every other file is read through it). */
async function loadCatalogue(fetchText: FetchText): Promise<{ catalogue: Catalogue; raw: unknown }> {
  const got = await fetchText('layers.json');
  if ('error' in got) throw fatal('layers.json', [fetchProblem('layers.json', got.error)]);
  const parsed = parseJsonText(got.text);
  if (!parsed.ok)
    throw new Fatal(
      'layers.json',
      `line ${parsed.line}, column ${parsed.column}: ${parsed.message_en} / ${parsed.message_zh}`,
    );
  const sink = new ProblemSink('layers.json');
  const catalogue = checkCatalogue(parsed.value, sink);
  if (!catalogue) throw fatal('layers.json', sink.finish());
  return { catalogue, raw: parsed.value };
}

/** The files checked against each other (references, ids across files); what passes is kept. */
function crossCheck(
  catalogue: Catalogue,
  targetsResult: Loaded<TargetsConfig>,
  tourResult: Loaded<TourConfig>,
  layerResults: LayerResult[],
  earlier: DataError[],
): CheckMessage {
  const problemsByFile = new Map<string, Problem[]>();
  const add = (file: string, ps: Problem[]) => {
    if (ps.length) problemsByFile.set(file, [...(problemsByFile.get(file) ?? []), ...ps]);
  };
  for (const e of earlier) add(e.file, e.problems);
  add('targets.json', targetsResult.problems);
  add('tour.json', tourResult.problems);
  for (const r of layerResults) add(r.def.file, r.problems);

  const usable = layerResults.filter((r) => r.data !== null);
  // targets.json and tour.json name features and layers: check those references too.
  const configs = [
    { path: 'targets.json', layerId: 'targets', data: targetsResult.data as unknown },
    { path: 'tour.json', layerId: 'tour', data: tourResult.data as unknown },
  ].filter((c) => c.data !== null);
  const layerFiles = usable.map((r) => ({ path: r.def.file, layerId: r.def.id, data: r.data as unknown }));
  for (const p of validateDataset([...layerFiles, ...configs], catalogue)) add(p.path, [p]);

  const ok = (file: string) => !firstError(problemsByFile.get(file) ?? []);
  return {
    type: 'done',
    layers: usable.filter((r) => ok(r.def.file)).map((r) => [r.def.id, r.data as FeatureCollection]),
    targets: ok('targets.json') ? targetsResult.data : null,
    tour: ok('tour.json') ? tourResult.data : null,
    errors: [...problemsByFile].map(([file, problems]) => ({ file, problems })),
  };
}

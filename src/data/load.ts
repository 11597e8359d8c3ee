/**
 * Loads the data set: the layer catalogue (`layers.json`) and `site.json` first — without either
 * there is no map at all, and with both the map can start — then every file the catalogue names,
 * in parallel. Each layer runs through the same validation rules as `npm run validate`; a layer
 * with an error is left out and reported by name, and every other layer still draws.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../catalogue/catalogue';
import { checkCatalogue } from '../catalogue/check';
import { Metrics } from '../metrics/metrics';
import type { LayerId, SiteConfig, TargetsConfig, TourConfig } from './types';
import { type Problem, parseJsonText, validateDataset, validateLayerText } from './validate';
import { ProblemSink } from './validate/problem';

export interface DataError {
  /** the file as the person knows it, e.g. `communities.geojson` */
  file: string;
  problems: Problem[];
}

/** What the map needs to start (camera, base map, its layers' styles) before any layer file is in. */
export interface MapStart {
  /** The layer catalogue: which layers there are, in draw order, and everything about each. */
  catalogue: Catalogue;
  site: SiteConfig;
}

export interface Dataset extends MapStart {
  /** The one metrics function over this data set (every figure on screen comes from it). */
  metrics: Metrics;
  targets: TargetsConfig | null;
  /** The presenter's tour, or null when there is none or it is broken. */
  tour: TourConfig | null;
  layers: Map<LayerId, FeatureCollection>;
  errors: DataError[];
}

/** Thrown when the data set cannot be shown at all (site.json missing or broken). */
export class FatalDataError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/**
 * The data folder a page's query asks for (`?data=city/`), or null when it asks for none or for
 * anything but a relative folder of the same site: plain path segments ending in `/`, no `..`, no
 * scheme, no leading slash, so a link can never point the app at another site's data.
 */
export function dataBaseFromQuery(search: string): string | null {
  const v = new URLSearchParams(search).get('data');
  return v && /^([A-Za-z0-9_][A-Za-z0-9_-]*\/)+$/.test(v) ? v : null;
}

/** Folder of the data files, relative to the page: `?data=DIR/`, else the build's (VITE_DATA_BASE). */
export const DATA_BASE: string =
  (typeof location === 'undefined' ? null : dataBaseFromQuery(location.search)) ??
  import.meta.env.VITE_DATA_BASE ??
  'geo/';

async function fetchText(file: string): Promise<{ text: string } | { error: string; missing?: boolean }> {
  try {
    const res = await fetch(new URL(file, new URL(DATA_BASE, document.baseURI)), { cache: 'no-cache' });
    if (!res.ok) return { error: `HTTP ${res.status}`, missing: res.status === 404 };
    return { text: await res.text() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const fetchProblem = (file: string, error: string): Problem => ({
  path: file,
  location: '$',
  severity: 'error',
  code: 'fetch-failed',
  message_en: `could not be loaded (${error})`,
  message_zh: `无法加载（${error}）`,
});

const firstError = (problems: Problem[]) => problems.find((p) => p.severity === 'error');

async function loadConfig<T>(
  file: string,
  layerId: string,
  catalogue: Catalogue | Promise<Catalogue>,
  optional = false,
): Promise<{ data: T | null; problems: Problem[] }> {
  const got = await fetchText(file);
  const cat = await catalogue;
  if ('error' in got)
    return { data: null, problems: optional && got.missing ? [] : [fetchProblem(file, got.error)] };
  const { data, problems } = validateLayerText(file, got.text, layerId, cat);
  return { data: firstError(problems) ? null : (data as T), problems };
}

const fatal = (file: string, problems: Problem[]) => {
  const p = firstError(problems);
  return new FatalDataError(file, p ? `${p.location}: ${p.message_en} / ${p.message_zh}` : 'unreadable');
};

/** `layers.json`, checked; a broken or missing catalogue is fatal (every other file is read through it). */
export async function loadCatalogue(): Promise<Catalogue> {
  const got = await fetchText('layers.json');
  if ('error' in got) throw fatal('layers.json', [fetchProblem('layers.json', got.error)]);
  const parsed = parseJsonText(got.text);
  if (!parsed.ok)
    throw new FatalDataError(
      'layers.json',
      `line ${parsed.line}, column ${parsed.column}: ${parsed.message_en} / ${parsed.message_zh}`,
    );
  const sink = new ProblemSink('layers.json');
  const catalogue = checkCatalogue(parsed.value, sink);
  if (!catalogue) throw fatal('layers.json', sink.finish());
  return catalogue;
}

export interface Loading {
  /** The catalogue and site.json, checked: the map starts with them. Rejects with a FatalDataError. */
  start: Promise<MapStart>;
  /** Everything, every file validated on its own and against the others. */
  dataset: Promise<Dataset>;
}

/** Starts loading the data set; the map can start on `start` while the layer files still arrive. */
export function startLoading(): Loading {
  // The catalogue, site.json, targets.json and tour.json are requested at once; the layer files as
  // soon as the catalogue names them.
  const catalogueP = loadCatalogue();
  const sitePending = loadConfig<SiteConfig>('site.json', 'site', catalogueP);
  const targetsPending = loadConfig<TargetsConfig>('targets.json', 'targets', catalogueP);
  const tourPending = loadConfig<TourConfig>('tour.json', 'tour', catalogueP, true);
  // A rejected catalogue is reported through `start`; these must not turn into unhandled rejections.
  for (const p of [sitePending, targetsPending, tourPending]) p.catch(() => undefined);
  const start = (async () => {
    const catalogue = await catalogueP;
    const siteResult = await sitePending;
    if (!siteResult.data) throw fatal('site.json', siteResult.problems);
    return { catalogue, site: siteResult.data };
  })();
  const dataset = (async () => {
    const catalogue = await catalogueP;
    const layersPending = Promise.all(
      catalogue.layers.map(async (def) => ({
        def: { id: def.id, file: `${def.id}.geojson` },
        ...(await loadConfig<FeatureCollection>(`${def.id}.geojson`, def.id, catalogue)),
      })),
    );
    const { site } = await start;
    return assemble(catalogue, site, await targetsPending, await tourPending, await layersPending);
  })();
  // `dataset` rejects too when `start` does; whoever shows the fatal error listens to `start`.
  dataset.catch(() => undefined);
  return { start, dataset };
}

type Loaded<T> = { data: T | null; problems: Problem[] };

/** The files checked against each other (references, ids across files), and the metrics over them. */
function assemble(
  catalogue: Catalogue,
  site: SiteConfig,
  targetsResult: Loaded<TargetsConfig>,
  tourResult: Loaded<TourConfig>,
  layerResults: Array<Loaded<FeatureCollection> & { def: { id: LayerId; file: string } }>,
): Dataset {
  const problemsByFile = new Map<string, Problem[]>();
  const add = (file: string, ps: Problem[]) => {
    if (ps.length) problemsByFile.set(file, [...(problemsByFile.get(file) ?? []), ...ps]);
  };
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
  for (const p of validateDataset([...layerFiles, ...configs], catalogue)) {
    add(p.path, [p]);
  }

  const layers = new Map<LayerId, FeatureCollection>();
  for (const r of usable) {
    if (!firstError(problemsByFile.get(r.def.file) ?? [])) layers.set(r.def.id, r.data as FeatureCollection);
  }
  const errors = [...problemsByFile].map(([file, problems]) => ({ file, problems }));
  const okOrNull = <T>(file: string, data: T | null) =>
    firstError(problemsByFile.get(file) ?? []) ? null : data;
  return {
    catalogue,
    metrics: new Metrics(catalogue, layers),
    site,
    targets: okOrNull('targets.json', targetsResult.data),
    tour: okOrNull('tour.json', tourResult.data),
    layers,
    errors,
  };
}

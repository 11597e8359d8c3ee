/**
 * Loads the data set for the app: the files are read and checked by ./check/checkFiles.ts in a Web
 * Worker; this side makes the catalogue and the metrics from what passed. The catalogue and
 * site.json come first (`start`: the map can start), the whole checked data set after (`dataset`);
 * a layer with an error is left out and reported by name, and every other layer still draws.
 */
import type { FeatureCollection } from 'geojson';
import type { Catalogue } from '../catalogue/catalogue';
import { checkCatalogue } from '../catalogue/check';
import { Metrics } from '../metrics/metrics';
import type { CheckMessage, DataError } from './check/checkFiles';
import type { LayerId, SiteConfig, TargetsConfig, TourConfig } from './types';
import { ProblemSink } from './validate/problem';
import { checkSiteConfig } from './validate/siteConfig';

export type { DataError };

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

/** A promise with its resolve and reject, for answers that arrive as messages. */
function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The catalogue and site.json fetched and checked here, not in the worker: both are small, and the
 * map can start on them while the worker's script still loads (on a slow machine that is most of a
 * second). Null when either is missing, not JSON or has an error: then the worker's answer (with the
 * file, line and message) is what the page shows.
 */
async function startHere(base: string): Promise<MapStart | null> {
  try {
    const [raw, site] = await Promise.all(
      ['layers.json', 'site.json'].map(async (file) => {
        const res = await fetch(new URL(file, base), { cache: 'no-cache' });
        return res.ok ? ((await res.json()) as unknown) : null;
      }),
    );
    if (raw === null || site === null) return null;
    const catalogue = checkCatalogue(raw, new ProblemSink('layers.json'));
    const sink = new ProblemSink('site.json');
    checkSiteConfig(site, sink);
    if (!catalogue || sink.finish().some((p) => p.severity === 'error')) return null;
    return { catalogue, site: site as SiteConfig };
  } catch {
    return null;
  }
}

export interface Loading {
  /** The catalogue and site.json, checked: the map starts with them. Rejects with a FatalDataError. */
  start: Promise<MapStart>;
  /** Everything, every file validated on its own and against the others, with its metrics. */
  dataset: Promise<Dataset>;
}

/**
 * Starts loading the data set. The files are fetched and checked in a Web Worker, so the main
 * thread is free to start and draw the map; where a worker cannot start, the same checks run here.
 * The map can start on `start` while the layer files still arrive.
 */
export function startLoading(): Loading {
  const base = new URL(DATA_BASE, document.baseURI).href;
  const start = deferred<MapStart>();
  const data = deferred<Dataset>();
  // `dataset` rejects too when `start` does; whoever shows the fatal error listens to `start`.
  data.promise.catch(() => undefined);
  const reject = (e: FatalDataError) => {
    start.reject(e);
    data.reject(e);
  };
  let done: Extract<CheckMessage, { type: 'done' }> | null = null;
  let started: MapStart | null = null;
  const begin = (s: MapStart) => {
    started = s;
    start.resolve(s);
  };
  void startHere(base).then((s) => {
    if (s && !started) begin(s);
  });
  const receive = (m: CheckMessage) => {
    if (m.type === 'fatal') reject(new FatalDataError(m.file, m.detail));
    else if (m.type === 'start') {
      if (started) return;
      // The catalogue was checked in the worker; a class does not cross, so it is made again here.
      const catalogue = checkCatalogue(m.catalogue, new ProblemSink('layers.json'));
      if (!catalogue) return reject(new FatalDataError('layers.json', 'unreadable'));
      begin({ catalogue, site: m.site });
    } else if (m.type === 'done') done = m;
    else if (started && done) {
      const layers = new Map(done.layers);
      data.resolve({
        ...started,
        metrics: new Metrics(started.catalogue, layers, m.index, done.sizes),
        targets: done.targets,
        tour: done.tour,
        layers,
        errors: done.errors,
      });
    }
  };
  // Without a worker the checks run here; their code loads only then (it is the worker's otherwise).
  const here = () => void import('./check/checkFiles').then((m) => m.checkFiles(m.fetcherFor(base), receive));
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./check/check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    here();
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<CheckMessage>) => {
      receive(e.data);
      if (e.data.type === 'zones' || e.data.type === 'fatal') worker?.terminate();
    };
    // The worker's script could not load (an old browser, a blocked file): check here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      worker?.terminate();
      // The map may have started on this side's own reading of the catalogue; the layers have not.
      if (!done) here();
    };
    worker.postMessage({ base });
  }
  return { start: start.promise, dataset: data.promise };
}

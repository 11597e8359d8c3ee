/**
 * `npm run bench -- [--runs N] [--stress-runs N] [--dist DIR] [--port N] [--cache DIR]`
 *
 * Builds the app and the bare MapLibre page (bench/bare.html) into their own folders, serves them
 * and the generated data sets on loopback, and measures in headless Chromium, alternating app and
 * bare page: time to the first idle map (shipped data, city data), frame times during the
 * presenter's flight at 1920×1080, GeoJSON vs PMTiles on the stress set, the near-me query
 * (scripts/bench-nearme.ts) and bundle sizes. Prints one table, writes bench/results.json.
 * Not part of `npm test`. `--dist DIR` measures an existing build (bundle split then unknown).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FLIGHT_MS } from '../src/modes/presenter/tourCamera';
import { appFlight, bareFlight, launch, type PageKind, timeToIdle } from './bench/browser';
import { buildApp, buildBare, type ChunkInfo } from './bench/build';
import { bundleSizes } from './bench/bundle';
import { prepareData } from './bench/data';
import { printTable, type Results } from './bench/report';
import { serve } from './bench/server';
import { summarize } from './bench/stats';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const RUNS = Math.max(1, Number(arg('runs', '5')));
const STRESS_RUNS = Math.max(1, Number(arg('stress-runs', '3')));
const STRESS_SCALE = 10;
const PORT = Number(arg('port', '4307'));
const CACHE = resolve(arg('cache', join(tmpdir(), 'otr-bench-data')));
const givenDist = process.argv.includes('--dist') ? resolve(arg('dist', 'dist')) : null;
const dist = givenDist ?? join(tmpdir(), 'otr-bench-dist');
const bareDist = join(tmpdir(), 'otr-bench-bare');
const started = Date.now();
const loadAtStart = loadavg();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

let chunks: ChunkInfo[] | null = null;
if (!givenDist) {
  log(`building the app into ${dist}`);
  chunks = await buildApp(dist);
}
log('building the bare page');
await buildBare(bareDist);
const data = await prepareData(CACHE, STRESS_SCALE);
const server = await serve(
  {
    '/': dist,
    '/bare/': bareDist,
    '/data/city/': data.city,
    '/data/stress/': data.stress,
    '/data/stress-tiles/': data.stressTiles,
  },
  PORT,
);
const base = `http://127.0.0.1:${PORT}/`;
const appUrl = (folder?: string) => (folder ? `${base}?data=data/${folder}/` : base);
const bareUrl = (folder: string) => `${base}bare/bare.html?data=/${folder}/`;
const browser = await launch();

/** Runs `a` and `b` `n` times each, alternating which goes first to cancel drift. */
async function alternate(n: number, a: () => Promise<number>, b: () => Promise<number>) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      xs.push(await a());
      ys.push(await b());
    } else {
      ys.push(await b());
      xs.push(await a());
    }
  }
  return [summarize(xs), summarize(ys)];
}

/** The near-me bench's headline number (its summary line has changed wording once). */
const nearMeFrom = (out: string) =>
  Number(
    /(?:worst median over random places|median at random places[^:]*): ([\d.]+) ms/.exec(out)?.[1] ??
      Number.NaN,
  );

/** Long tasks (> 200 ms) before the first idle map, per run on the shipped data (app, bare page). */
const longTasks: number[] = [];
const longTasksBare: number[] = [];
const idle =
  (url: string, kind: PageKind, onLong?: (n: number) => void, onData?: (ms: number) => void) => () =>
    timeToIdle(browser, url, kind, onLong, undefined, onData);
/** When the stress runs' panels had their data (GeoJSON, PMTiles with its summary). */
const stressData = { geojson: [] as number[], pmtiles: [] as number[] };

try {
  log(`time to idle, shipped data: ${RUNS} runs each`);
  const [shippedApp, shippedBare] = await alternate(
    RUNS,
    idle(appUrl(), 'app', (n) => longTasks.push(n)),
    idle(bareUrl('geo'), 'bare', (n) => longTasksBare.push(n)),
  );
  log(`time to idle, city data: ${RUNS} runs each`);
  const [cityApp, cityBare] = await alternate(
    RUNS,
    idle(appUrl('city'), 'app'),
    idle(bareUrl('data/city'), 'bare'),
  );
  log(`time to idle, stress ×${STRESS_SCALE}: GeoJSON vs PMTiles, ${STRESS_RUNS} runs each`);
  const [stressGeojson, stressTiles] = await alternate(
    STRESS_RUNS,
    idle(appUrl('stress'), 'app', undefined, (ms) => stressData.geojson.push(ms)),
    idle(appUrl('stress-tiles'), 'app', undefined, (ms) => stressData.pmtiles.push(ms)),
  );
  const stressBare = summarize([await idle(bareUrl('data/stress'), 'bare')()]);
  const stressBareTiles = summarize([await idle(`${bareUrl('data/stress-tiles')}&tiles=1`, 'bare')()]);

  log(`presenter flight at 1920×1080 (${FLIGHT_MS} ms): ${RUNS} runs each`);
  const appMedians: number[] = [];
  const appP95s: number[] = [];
  const bareMedians: number[] = [];
  const bareP95s: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { frames, flight } = await appFlight(browser, base, FLIGHT_MS);
    const bare = await bareFlight(browser, bareUrl('geo'), flight);
    const a = summarize(frames);
    const b = summarize(bare);
    appMedians.push(a.median);
    appP95s.push(a.p95);
    bareMedians.push(b.median);
    bareP95s.push(b.p95);
  }

  log('near-me over 50,000 features (scripts/bench-nearme.ts)');
  let nearMeMs: number | null = null;
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/bench-nearme.ts', '--runs', '500'], {
      encoding: 'utf8',
    });
    nearMeMs = nearMeFrom(out);
  } catch (e) {
    // The script exits 1 when its goal is missed; its output still holds the number.
    const out = String((e as { stdout?: string }).stdout ?? '');
    nearMeMs = nearMeFrom(out);
  }

  const results: Results = {
    date: new Date().toISOString(),
    loadavg: loadAtStart,
    loadavgEnd: loadavg(),
    cpus: cpus().length,
    chromium: browser.version(),
    runs: RUNS,
    stressRuns: STRESS_RUNS,
    stressScale: STRESS_SCALE,
    flightMs: FLIGHT_MS,
    timeToIdle: {
      shipped: { app: shippedApp, bare: shippedBare },
      city: { app: cityApp, bare: cityBare },
      stress: {
        geojson: stressGeojson,
        pmtiles: stressTiles,
        bare: stressBare,
        bareTiles: stressBareTiles,
        geojsonData: summarize(stressData.geojson),
        pmtilesData: summarize(stressData.pmtiles),
      },
    },
    frames: {
      app: { median: summarize(appMedians), p95: summarize(appP95s) },
      bare: { median: summarize(bareMedians), p95: summarize(bareP95s) },
    },
    nearMeMs,
    longTasks: summarize(longTasks),
    longTasksBare: summarize(longTasksBare),
    bundle: bundleSizes(dist, chunks),
    seconds: (Date.now() - started) / 1000,
  };
  printTable(results);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  log('wrote bench/results.json');
} finally {
  await browser.close();
  server.close();
}

/**
 * Bench of the resident's near-me query on a city's worth of data: 50,000 synthetic site features
 * in the data set's schema (seeded, so every run measures the same city), denser around the old
 * core as a real city is. Reports the index build time and, per radius, the query's median and
 * p95 over many places (each run a different place drawn from where the features are, plus the
 * densest spot, the core itself). Usage: `npx tsx scripts/bench-nearme.ts [--features N] [--runs N]`
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { buildNearMeIndex, nearMe } from '../src/data/nearMe';
import type { LayerId, Status } from '../src/data/types';
import { DEFAULT_RADIUS, RADII } from '../src/state/url';
import { loadCatalogue } from './catalogue';

const CORE: [number, number] = [101.7264, 26.5816];
/** Features thin out from the core with this standard deviation (metres): most within ~10 km. */
const SPREAD_M = 5000;
const M_PER_DEG_LAT = 111_195;
const M_PER_DEG_LON = M_PER_DEG_LAT * Math.cos((CORE[1] * Math.PI) / 180);

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const FEATURES = arg('features', 50_000);
const RUNS = arg('runs', 2000);

/** mulberry32: a small seeded generator, so the city is the same on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20250930);
const range = (lo: number, hi: number) => lo + (hi - lo) * rand();
const gauss = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
/** A place near the core, Gaussian in metres. */
const somewhere = (): Position => [
  CORE[0] + (gauss() * SPREAD_M) / M_PER_DEG_LON,
  CORE[1] + (gauss() * SPREAD_M) / M_PER_DEG_LAT,
];
const offset = ([lon, lat]: Position, dx: number, dy: number): Position => [
  lon + dx / M_PER_DEG_LON,
  lat + dy / M_PER_DEG_LAT,
];

/** An irregular closed ring of `n` vertices and about `radius` metres, counter-clockwise. */
function blob(c: Position, radius: number, n: number): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < n; k++) {
    const a = (2 * Math.PI * k) / n;
    const r = radius * range(0.7, 1.1);
    ring.push(offset(c, r * Math.cos(a), r * Math.sin(a)));
  }
  ring.push(ring[0]);
  return ring;
}

function polyline(c: Position, length: number, n: number): Position[] {
  const line: Position[] = [c];
  let heading = range(0, 2 * Math.PI);
  for (let k = 1; k < n; k++) {
    heading += range(-0.5, 0.5);
    line.push(
      offset(line[k - 1], (length / (n - 1)) * Math.cos(heading), (length / (n - 1)) * Math.sin(heading)),
    );
  }
  return line;
}

/** Shares of the layers, roughly as in the default data set. */
const MIX: Array<[LayerId, number, () => Geometry]> = [
  ['communities', 0.3, () => ({ type: 'Polygon', coordinates: [blob(somewhere(), range(50, 120), 10)] })],
  ['pocket-parks', 0.12, () => ({ type: 'Polygon', coordinates: [blob(somewhere(), range(12, 45), 7)] })],
  ['elevators', 0.33, () => ({ type: 'Point', coordinates: somewhere() })],
  ['pipelines', 0.2, () => ({ type: 'LineString', coordinates: polyline(somewhere(), range(150, 900), 6) })],
  ['riverside', 0.04, () => ({ type: 'Polygon', coordinates: [blob(somewhere(), range(100, 300), 14)] })],
  ['areas', 0.01, () => ({ type: 'Polygon', coordinates: [blob(somewhere(), range(400, 900), 24)] })],
];
const STATUSES: Status[] = ['planned', 'under_construction', 'completed'];

function syntheticCity(total: number): Map<LayerId, FeatureCollection> {
  const layers = new Map<LayerId, FeatureCollection>();
  let n = 0;
  for (const [layer, share, shape] of MIX) {
    const features: Feature[] = [];
    const count = layer === 'areas' ? total - n : Math.round(total * share);
    for (let k = 0; k < count; k++, n++) {
      const status = STATUSES[Math.floor(rand() * 3)];
      features.push({
        type: 'Feature',
        properties: {
          id: `${layer}-${k}`,
          name: `${layer} ${k}`,
          area: null,
          status,
          year: 2022 + Math.floor(rand() * 6),
          summary: '示意',
          summary_en: 'synthetic',
          investment_wan: null,
        },
        geometry: shape(),
      });
    }
    layers.set(layer, { type: 'FeatureCollection', features });
  }
  return layers;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const ms = (x: number) => x.toFixed(3).padStart(8);

const layers = syntheticCity(FEATURES);
const count = [...layers.values()].reduce((s, f) => s + f.features.length, 0);
const t0 = performance.now();
const ix = buildNearMeIndex(layers, loadCatalogue());
const buildMs = performance.now() - t0;

console.log(
  `near-me bench: ${count} features around [${CORE}], σ ${SPREAD_M / 1000} km, ${RUNS} runs per row`,
);
console.log(`index build: ${buildMs.toFixed(1)} ms (once per data set)\n`);
console.log('places          radius   median ms   p95 ms   mean found');
// The goal is judged where a person starts: random places at the default (10-minute) radius.
let goalMedian = Number.NaN;
for (const where of ['random', 'core'] as const) {
  for (const r of RADII) {
    const places = Array.from(
      { length: RUNS },
      () => (where === 'core' ? CORE : somewhere()) as [number, number],
    );
    for (let k = 0; k < 200; k++) nearMe(ix, places[k % places.length], r); // warm the JIT
    const times: number[] = [];
    let found = 0;
    for (const at of places) {
      const s = performance.now();
      found += nearMe(ix, at, r).items.length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const median = quantile(times, 0.5);
    if (where === 'random' && r === DEFAULT_RADIUS) goalMedian = median;
    console.log(
      `${where.padEnd(14)} ${`${r} m`.padStart(7)} ${ms(median)}    ${ms(quantile(times, 0.95))} ${(found / RUNS).toFixed(0).padStart(10)}`,
    );
  }
}
console.log(`\nmedian at random places, ${DEFAULT_RADIUS} m: ${goalMedian.toFixed(3)} ms (goal < 5 ms)`);
process.exitCode = goalMedian < 5 ? 0 : 1;

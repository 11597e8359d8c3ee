/** The bench's one table: every measurement, the app/bare ratios and the budgets (met or by how much missed). */
import type { BundleSizes } from './bundle';
import { type Budget, judge, type Summary, type Verdict } from './stats';

export interface Results {
  date: string;
  /** 1, 5 and 15-minute load averages when the bench started, and when it ended */
  loadavg: number[];
  loadavgEnd: number[];
  cpus: number;
  chromium: string;
  runs: number;
  stressRuns: number;
  stressScale: number;
  flightMs: number;
  timeToIdle: {
    shipped: { app: Summary; bare: Summary };
    city: { app: Summary; bare: Summary };
    stress: {
      geojson: Summary;
      pmtiles: Summary;
      bare: Summary;
      /** bare MapLibre drawing the same archive (the floor of the PMTiles runs) */
      bareTiles?: Summary;
      /** when the panels had their data (PMTiles: read from the archive's summary) */
      geojsonData?: Summary;
      pmtilesData?: Summary;
    };
  };
  /** per run: the median and the p95 of that run's frame deltas */
  frames: { app: { median: Summary; p95: Summary }; bare: { median: Summary; p95: Summary } };
  nearMeMs: number | null;
  /** main-thread tasks over 200 ms before the first idle map, per run (app, shipped data) */
  longTasks?: Summary;
  /** the same on the bare page: what MapLibre and software WebGL cost by themselves */
  longTasksBare?: Summary;
  bundle: BundleSizes;
  seconds: number;
  verdicts?: Verdict[];
}

const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–');
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const mmm = (s: Summary, f = f0) => `${f(s.min)} / ${f(s.median)} / ${f(s.max)}`;
const ratio = (a: Summary, b: Summary) => a.median / b.median;

/** The budgets of issue 17, each a ratio or a size measured in this one run. */
export function budgets(r: Results): Budget[] {
  const t = r.timeToIdle;
  return [
    {
      name: 'time to idle app/bare, shipped data',
      value: ratio(t.shipped.app, t.shipped.bare),
      limit: 1.1,
      unit: '×',
    },
    {
      name: 'time to idle app/bare, city data',
      value: ratio(t.city.app, t.city.bare),
      limit: 1.1,
      unit: '×',
    },
    {
      name: `stress ×${r.stressScale} with PMTiles / shipped, app`,
      value: ratio(t.stress.pmtiles, t.shipped.app),
      limit: 1.2,
      unit: '×',
    },
    { name: 'initial JS', value: r.bundle.initialJs, limit: 380, unit: 'KB gz' },
    { name: "the app's own JS in the first chunk", value: r.bundle.appOwnJs, limit: 40, unit: 'KB gz' },
    {
      name: 'flight frame-time p95 app/bare',
      value: ratio(r.frames.app.p95, r.frames.bare.p95),
      limit: 1.15,
      unit: '×',
    },
    { name: 'near-me over 50,000 features, median', value: r.nearMeMs, limit: 1, unit: 'ms' },
    {
      name: 'main-thread long tasks > 200 ms during load (median per run)',
      value: r.longTasks ? r.longTasks.median : null,
      limit: 0,
      unit: '',
    },
  ];
}

export function printTable(r: Results): void {
  const t = r.timeToIdle;
  const rows: string[][] = [
    ['measure (min / median / max)', 'app', 'bare MapLibre', 'app/bare'],
    [
      'time to idle, shipped (ms)',
      mmm(t.shipped.app),
      mmm(t.shipped.bare),
      `${f1(ratio(t.shipped.app, t.shipped.bare) * 100)}%`,
    ],
    [
      'time to idle, city ×1 (ms)',
      mmm(t.city.app),
      mmm(t.city.bare),
      `${f1(ratio(t.city.app, t.city.bare) * 100)}%`,
    ],
    [
      `flight frame median (ms)`,
      mmm(r.frames.app.median, f1),
      mmm(r.frames.bare.median, f1),
      `${f1(ratio(r.frames.app.median, r.frames.bare.median) * 100)}%`,
    ],
    [
      `flight frame p95 (ms)`,
      mmm(r.frames.app.p95, f1),
      mmm(r.frames.bare.p95, f1),
      `${f1(ratio(r.frames.app.p95, r.frames.bare.p95) * 100)}%`,
    ],
    [
      `stress ×${r.stressScale} idle (ms)`,
      `GeoJSON ${mmm(t.stress.geojson)}`,
      `PMTiles ${mmm(t.stress.pmtiles)}`,
      `${f1(ratio(t.stress.pmtiles, t.stress.geojson) * 100)}% (PMTiles/GeoJSON)`,
    ],
    [`stress ×${r.stressScale} idle, bare GeoJSON (ms, 1 run)`, '', f0(t.stress.bare.median), ''],
    ...(t.stress.bareTiles
      ? [
          [
            `stress ×${r.stressScale} idle, bare PMTiles (ms, 1 run)`,
            `app PMTiles ${f0(t.stress.pmtiles.median)}`,
            f0(t.stress.bareTiles.median),
            `${f1(ratio(t.stress.pmtiles, t.stress.bareTiles) * 100)}%`,
          ],
        ]
      : []),
    ...(r.longTasks && r.longTasksBare
      ? [['long tasks > 200 ms before idle, shipped', mmm(r.longTasks), mmm(r.longTasksBare), '']]
      : []),
    ...(t.stress.geojsonData && t.stress.pmtilesData
      ? [
          [
            `stress ×${r.stressScale} panels' data in (ms)`,
            `GeoJSON ${mmm(t.stress.geojsonData)}`,
            `summary ${mmm(t.stress.pmtilesData)}`,
            `${f1(ratio(t.stress.pmtilesData, t.stress.geojsonData) * 100)}% (summary/GeoJSON)`,
          ],
        ]
      : []),
  ];
  const b = r.bundle;
  const kb = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} KB`);
  const sizes = `bundle (gzip): initial JS ${kb(b.initialJs)} = MapLibre ${kb(b.maplibreJs)} + React ${kb(b.reactJs)} + app's own ${kb(b.appOwnJs)}; worker ${kb(b.worker)}; CSS ${kb(b.css)}; data ${kb(b.data)}`;
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) => row.map((c, i) => c.padEnd(widths[i])).join('  ');
  const la = `${r.loadavg.map((x) => x.toFixed(2)).join(' ')} at start, ${r.loadavgEnd.map((x) => x.toFixed(2)).join(' ')} at end`;
  console.log(
    `\nbench ${r.date} · load average ${la} · ${r.cpus} CPUs · Chromium ${r.chromium} · ${r.runs} runs (stress ${r.stressRuns}) · ${r.seconds.toFixed(0)} s`,
  );
  console.log(line(rows[0]));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log(`near-me over 50,000 features: worst median ${r.nearMeMs?.toFixed(3) ?? '–'} ms`);
  console.log(sizes);
  if (b.heaviest.length)
    console.log(
      `app's own initial modules (KB gz each): ${b.heaviest.map((m) => `${m.module} ${m.kb}`).join(', ')}`,
    );
  r.verdicts = budgets(r).map(judge);
  console.log('\nbudgets:');
  for (const v of r.verdicts)
    console.log(
      `  ${v.met === true ? 'met   ' : v.met === false ? 'MISSED' : 'n/a   '} ${v.name}: ${v.value === null ? '–' : v.value.toFixed(2)} ${v.unit} (≤ ${v.limit}) ${v.met === false ? `— ${v.note}` : ''}`,
    );
  if (Math.max(r.loadavg[0], r.loadavgEnd[0]) > 3)
    console.log(`\nnote: load average above 3 while measuring: ratios are noisy; re-run on a quiet machine.`);
}

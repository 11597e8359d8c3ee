/**
 * The panels' summary of a PMTiles data set (src/data/summary/): written with the metrics code, it
 * must give every figure the GeoJSON gives; the data worker reads it instead of the layer files;
 * and a broken, foreign or stale summary is reported by name, never trusted.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type CheckMessage, checkFiles, type FetchText } from '../../src/data/check/checkFiles';
import { checkSummaryText } from '../../src/data/summary/checkSummary';
import { buildSummary, type Summary } from '../../src/data/summary/summary';
import { ProblemSink } from '../../src/data/validate/problem';
import { checkSiteConfig } from '../../src/data/validate/siteConfig';
import { Metrics } from '../../src/metrics/metrics';
import { shippedCatalogue, shippedLayers } from './helpers/catalogue';

const catalogue = shippedCatalogue();
const layers = shippedLayers();
const summary = () => JSON.parse(JSON.stringify(buildSummary(catalogue, layers))) as Summary;
const FILE = 'layers.summary.json';

/** Every measure of every layer in the district and every zone, in two years. */
function everyFigure(m: Metrics): Map<string, number> {
  const out = new Map<string, number>();
  for (const def of catalogue.layers)
    for (const zone of ['district', ...m.zones.keys()])
      for (const measure of def.measures)
        for (const year of [null, 2026]) {
          const v = m.value({ layer: def.id, measure: measure.id, zone, year });
          for (const k of ['total', 'planned', 'under_construction', 'completed', 'features'] as const)
            out.set(`${def.id}/${measure.id}/${zone}/${year}/${k}`, v?.[k] ?? Number.NaN);
        }
  return out;
}

const metricsOf = (s: Summary | null) => {
  const checked = checkSummaryText(FILE, JSON.stringify(s), catalogue).summary;
  if (!checked) throw new Error('summary refused');
  return new Metrics(catalogue, new Map(checked.layers), checked.zones, checked.sizes);
};

describe('summary', () => {
  it('gives every figure the GeoJSON gives, in every zone and year', () => {
    const fromGeojson = everyFigure(new Metrics(catalogue, layers));
    const fromSummary = everyFigure(metricsOf(summary()));
    expect(fromSummary.size).toBe(fromGeojson.size);
    expect(fromGeojson.get('pipelines/km/district/null/total')).toBeGreaterThan(1);
    for (const [k, v] of fromGeojson) expect(fromSummary.get(k), k).toBeCloseTo(v, 5);
  });

  it('the figures come from its sizes, not from measuring the geometry again', () => {
    const s = summary();
    const pipes = s.sizes.find(([id]) => id === 'pipelines')?.[1];
    if (!pipes?.km) throw new Error('no pipeline sizes');
    pipes.km = pipes.km.map(() => 2);
    const m = metricsOf(s);
    const n = layers.get('pipelines')?.features.length ?? 0;
    expect(m.value({ layer: 'pipelines', measure: 'km' })?.total).toBeCloseTo(2 * n, 6);
  });

  it('a size list that does not fit its layer is ignored (the geometry is measured instead)', () => {
    const s = summary();
    const pipes = s.sizes.find(([id]) => id === 'pipelines')?.[1];
    if (!pipes?.km) throw new Error('no pipeline sizes');
    pipes.km = pipes.km.slice(1).map(() => 2);
    const truth = new Metrics(catalogue, layers).value({ layer: 'pipelines', measure: 'km' })?.total;
    expect(metricsOf(s).value({ layer: 'pipelines', measure: 'km' })?.total).toBeCloseTo(truth ?? -1, 6);
  });
});

describe('checkSummaryText', () => {
  const check = (text: string) => checkSummaryText(FILE, text, catalogue);

  it('not JSON: the line is named and the summary is not used', () => {
    const r = check('{\n  "format": ');
    expect(r.summary).toBeNull();
    expect(r.problems[0]).toMatchObject({ path: FILE, code: 'json-syntax', location: 'line 2, column 13' });
  });

  it('another file, or another version: refused with what to do', () => {
    const other = check(JSON.stringify({ type: 'FeatureCollection', features: [] }));
    expect(other.summary).toBeNull();
    expect(other.problems[0].message_en).toContain('npm run tiles');
    const old = check(JSON.stringify({ ...summary(), version: 99 }));
    expect(old.summary).toBeNull();
    expect(old.problems[0]).toMatchObject({ location: 'version', severity: 'error' });
    expect(old.problems[0].message_zh).toContain('npm run tiles');
  });

  it('a layer the catalogue has but the summary lacks is reported by name; the rest is used', () => {
    const s = summary();
    s.layers = s.layers.filter(([id]) => id !== 'pocket-parks');
    const r = check(JSON.stringify(s));
    expect(r.summary?.layers.map(([id]) => id)).not.toContain('pocket-parks');
    expect(r.summary?.layers.map(([id]) => id)).toContain('communities');
    expect(r.problems.some((p) => p.severity === 'error' && p.message_en.includes('"pocket-parks"'))).toBe(
      true,
    );
  });

  it('a feature without an id, or with an unknown status, leaves its layer out', () => {
    const s = summary();
    const elevators = s.layers.find(([id]) => id === 'elevators')?.[1];
    const parks = s.layers.find(([id]) => id === 'pocket-parks')?.[1];
    if (!elevators || !parks) throw new Error('layers missing');
    delete (elevators.features[3].properties as Record<string, unknown>).id;
    (parks.features[0].properties as Record<string, unknown>).status = 'done';
    const r = check(JSON.stringify(s));
    const kept = r.summary?.layers.map(([id]) => id) ?? [];
    expect(kept).not.toContain('elevators');
    expect(kept).not.toContain('pocket-parks');
    expect(kept).toContain('pipelines');
    const i = s.layers.findIndex(([id]) => id === 'elevators');
    expect(r.problems.map((p) => p.location)).toContain(`layers[${i}][1].features[3]`);
  });
});

const fromDir =
  (dir: string, override: Record<string, string>, asked: string[]): FetchText =>
  async (file) => {
    asked.push(file);
    if (file in override) return { text: override[file] };
    try {
      return { text: await readFile(`${dir}/${file}`, 'utf8') };
    } catch {
      return { error: 'HTTP 404', missing: true };
    }
  };

async function run(override: Record<string, string>) {
  const site = JSON.parse(await readFile('public/geo/site.json', 'utf8'));
  const withSummary = JSON.stringify({ ...site, layers_pmtiles: 'layers.pmtiles', layers_summary: FILE });
  const asked: string[] = [];
  const out: CheckMessage[] = [];
  await checkFiles(fromDir('public/geo', { 'site.json': withSummary, ...override }, asked), (m) =>
    out.push(m),
  );
  return { asked, out };
}

describe('checkFiles with a summary', () => {
  it('reads the summary instead of the layer files, and hands on its zones and sizes', async () => {
    const s = buildSummary(catalogue, layers);
    const { asked, out } = await run({ [FILE]: JSON.stringify(s) });
    expect(asked).toContain(FILE);
    expect(asked.filter((f) => f.endsWith('.geojson'))).toEqual([]);
    expect(out.map((m) => m.type)).toEqual(['start', 'done', 'zones']);
    const [, done, zones] = out;
    if (done.type !== 'done' || zones.type !== 'zones') throw new Error('messages');
    expect(done.errors).toEqual([]);
    expect(done.layers.map(([id]) => id)).toEqual(catalogue.layers.map((d) => d.id));
    expect(done.sizes).toEqual(JSON.parse(JSON.stringify(s.sizes)));
    expect(zones.index).toEqual(JSON.parse(JSON.stringify(s.zones)));
  });

  it('a broken summary is reported under its name and the GeoJSON files are read instead', async () => {
    const { asked, out } = await run({ [FILE]: '<html>not found</html>' });
    expect(asked).toContain('pipelines.geojson');
    const done = out.find((m) => m.type === 'done');
    if (done?.type !== 'done') throw new Error('no done');
    expect(done.layers.map(([id]) => id)).toContain('pipelines');
    expect(done.errors.map((e) => e.file)).toEqual([FILE]);
    expect(done.sizes).toBeUndefined();
  });
});

describe('site.json layers_summary', () => {
  const problems = (extra: Record<string, unknown>) => {
    const sink = new ProblemSink('site.json');
    checkSiteConfig({ ...JSON.parse(readFileSync('public/geo/site.json', 'utf8')), ...extra }, sink);
    return sink.finish().filter((p) => p.severity === 'error');
  };
  it('needs layers_pmtiles, and names a file inside the data folder', () => {
    expect(problems({ layers_pmtiles: 'layers.pmtiles', layers_summary: FILE })).toEqual([]);
    expect(problems({ layers_summary: FILE }).map((p) => p.location)).toEqual(['layers_summary']);
    expect(problems({ layers_pmtiles: 'layers.pmtiles', layers_summary: '../x.json' })[0]?.location).toBe(
      'layers_summary',
    );
    expect(problems({ layers_pmtiles: 'https://x.org/a.pmtiles' })[0]?.location).toBe('layers_pmtiles');
  });
});

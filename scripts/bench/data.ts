/**
 * The bench's data folders: the city set (×1), the stress set (×10) as GeoJSON, and the same stress
 * set drawn from PMTiles, its panels reading the archive's summary (site.json with `layers_pmtiles`
 * and `layers_summary`). They are generated once into a cache
 * folder and reused while the generator, the tiler and public/geo are unchanged (a stamp of their
 * text), since cutting the stress set's tiles takes about a minute on two cores.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { formatProblem } from '../../src/data/validate/problem';
import { buildCity, COPIED_FILES } from '../generate-city/build';
import { DEFAULT_SEED } from '../generate-data/random';
import { summaryName, tileFolder } from '../tiles/tileFolder';

export interface BenchData {
  city: string;
  stress: string;
  stressTiles: string;
}

const SOURCES = ['scripts/generate-city', 'scripts/tiles', 'public/geo', 'src/data/summary', 'src/metrics'];

function stamp(scale: number): string {
  const h = createHash('sha1').update(`scale ${scale} seed ${DEFAULT_SEED}`);
  for (const dir of SOURCES)
    for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

function writeCity(dir: string, scale: number, shipped: Record<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files } = buildCity({ seed: DEFAULT_SEED, scale, shipped });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/** Generates (or reuses) the data folders under `cache`; logs what it does. */
export async function prepareData(cache: string, stressScale: number): Promise<BenchData> {
  const out: BenchData = {
    city: resolve(cache, 'city'),
    stress: resolve(cache, `stress-${stressScale}`),
    stressTiles: resolve(cache, `stress-${stressScale}-tiles`),
  };
  const want = stamp(stressScale);
  const stampFile = join(cache, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want && existsSync(out.stressTiles)) {
    console.log(`data: reusing ${cache}`);
    return out;
  }
  const shipped = Object.fromEntries(
    ['site.json', ...COPIED_FILES].map((f) => [f, readFileSync(join('public/geo', f), 'utf8')]),
  );
  console.log(`data: generating the city (×1) and stress (×${stressScale}) sets into ${cache}`);
  writeCity(out.city, 1, shipped);
  writeCity(out.stress, stressScale, shipped);

  const t0 = performance.now();
  const cut = await tileFolder(out.stress);
  if (!cut.ok) throw new Error(`${out.stress}: ${cut.problems.map(formatProblem).join('\n')}`);
  writeFileSync(join(out.stress, 'layers.pmtiles'), cut.archive);
  writeFileSync(join(out.stress, summaryName('layers.pmtiles')), cut.summary);
  console.log(
    `data: ${cut.tiles} tiles and the summary in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );

  // The PMTiles variant: the same files (linked), and a site.json that names the archive and summary.
  rmSync(out.stressTiles, { recursive: true, force: true });
  mkdirSync(out.stressTiles);
  for (const f of readdirSync(out.stress))
    if (f !== 'site.json') symlinkSync(join(out.stress, f), join(out.stressTiles, f));
  const site = JSON.parse(readFileSync(join(out.stress, 'site.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(out.stressTiles, 'site.json'),
    `${JSON.stringify({ ...site, layers_pmtiles: 'layers.pmtiles', layers_summary: summaryName('layers.pmtiles') }, null, 2)}\n`,
  );
  writeFileSync(stampFile, want);
  return out;
}

/**
 * `npm run generate:city -- --out DIR [--scale N] [--seed N]`: the city's 2027 programme in the
 * data set's schema (scripts/generate-city/build.ts), written to DIR. `--scale 10` is the stress
 * set. Point the app at it by serving DIR next to the built app and opening `?data=DIR/`
 * (docs/performance.md).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCity, COPIED_FILES } from './generate-city/build';
import { DEFAULT_SEED } from './generate-data/random';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const out = arg('out');
const scale = Number(arg('scale') ?? 1);
const seed = Number(arg('seed') ?? DEFAULT_SEED);
if (!out || !Number.isInteger(scale) || scale < 1 || scale > 100 || !Number.isFinite(seed)) {
  console.error('usage: npm run generate:city -- --out DIR [--scale 1..100] [--seed N]');
  process.exit(2);
}
const shipped = Object.fromEntries(
  ['site.json', ...COPIED_FILES].map((f) => [f, readFileSync(join('public/geo', f), 'utf8')]),
);
const { files, counts } = buildCity({ seed, scale, shipped });
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
const mb = Object.values(files).reduce((s, t) => s + Buffer.byteLength(t), 0) / 1024 / 1024;
console.log(
  `${out}: ×${scale}: ${counts.communities} communities, ${counts.parks} pocket parks, ${counts.elevators} elevators, ` +
    `${counts.pipelines} pipeline segments (${counts.pipelineKm.toFixed(0)} km), ${mb.toFixed(1)} MB`,
);

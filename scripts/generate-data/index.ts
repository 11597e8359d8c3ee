/**
 * Writes the default data set to public/geo/ (`npm run generate:data`).
 * Same seed → byte-identical files. Usage: npx tsx scripts/generate-data/index.ts [seed]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './build';
import { DEFAULT_SEED } from './random';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = join(root, 'public/geo');
const seed = process.argv[2] ? Number(process.argv[2]) : DEFAULT_SEED;

mkdirSync(outDir, { recursive: true });
const { files } = buildDataset(seed);
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
  console.log(`public/geo/${name}  ${(text.length / 1024).toFixed(1)} KB`);
}

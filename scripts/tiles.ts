/**
 * `npm run tiles -- [--dir DIR] [--out FILE.pmtiles]`: the layers of a data folder (default
 * public/geo) as one PMTiles v3 archive of vector tiles (default DIR/layers.pmtiles), one tile
 * layer per data layer. To draw the map from it, add `"layers_pmtiles": "layers.pmtiles"` to the
 * folder's site.json (docs/performance.md says when that is worth it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { loadCatalogue } from './catalogue';
import { buildPmtiles } from './tiles/buildTiles';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const dir = arg('dir') ?? 'public/geo';
const out = arg('out') ?? join(dir, 'layers.pmtiles');
const layers = new Map<string, FeatureCollection>();
for (const id of loadCatalogue(dir).ids) {
  const file = join(dir, `${id}.geojson`);
  if (existsSync(file)) layers.set(id, JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection);
}
if (layers.size === 0) {
  console.error(`no layer files in ${dir} / ${dir} 中没有图层文件`);
  process.exit(2);
}
const t0 = performance.now();
const { bytes, tiles } = buildPmtiles(layers);
writeFileSync(out, bytes);
console.log(
  `${out}: ${tiles} tiles, ${(bytes.length / 1024).toFixed(0)} KB, ${layers.size} layers, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

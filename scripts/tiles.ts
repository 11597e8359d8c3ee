/**
 * `npm run tiles -- [--dir DIR] [--out FILE.pmtiles]`: the layers of a data folder (default
 * public/geo) as one PMTiles v3 archive of vector tiles (default DIR/layers.pmtiles), one tile
 * layer per data layer (and `<id>-labels` for the zones' label points), and next to it the panels'
 * summary (`layers.summary.json`: the layers with their zones and sizes worked out, see
 * src/data/summary/). The folder is checked first by the app's own rules; with an error nothing is
 * written. To use them, add `"layers_pmtiles": "layers.pmtiles"` and
 * `"layers_summary": "layers.summary.json"` to the folder's site.json (README, "PMTiles").
 */
import { writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatProblem } from '../src/data/validate/problem';
import { summaryName, tileFolder } from './tiles/tileFolder';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const dir = arg('dir') ?? 'public/geo';
const out = arg('out') ?? join(dir, 'layers.pmtiles');
if (!out.endsWith('.pmtiles')) {
  console.error(`--out must end in .pmtiles / --out 必须以 .pmtiles 结尾: ${out}`);
  process.exit(2);
}
const t0 = performance.now();
const result = await tileFolder(dir);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`${dir}: not cut, fix the errors above first / 未切片：请先修正以上错误`);
  process.exit(1);
}
for (const p of result.warnings) console.warn(formatProblem(p));
const summary = summaryName(out);
writeFileSync(out, result.archive);
writeFileSync(summary, result.summary);
console.log(
  `${out}: ${result.tiles} tiles, ${(result.archive.length / 1024).toFixed(0)} KB, ${result.layers} layers; ` +
    `${summary}: ${(result.summary.length / 1024).toFixed(0)} KB; ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(
  `site.json: "layers_pmtiles": "${basename(out)}", "layers_summary": "${basename(summary)}" (paths relative to the data folder)`,
);

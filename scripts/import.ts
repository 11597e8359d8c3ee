/**
 * The import CLI: `npm run import -- --layer ID --from FILE [--crs ...] [--map FIELD=PROP ...]`.
 * Reads a Shapefile, CSV, KML or GeoJSON in a Chinese CRS, converts it to our WGS84 schema,
 * validates it like `npm run validate` (with the other layers of public/geo) and writes
 * public/geo/ID.geojson, or refuses and names the bad records. Exit 0 written (or a clean dry
 * run), 1 refused, 2 bad command line. Never a stack trace. See docs/import.md.
 */
import { formatProblem } from '../src/data/validate/index';
import { parseArgs, USAGE } from './import/args';
import { runImport } from './import/run';

function main(): number {
  const o = parseArgs(process.argv.slice(2));
  if (typeof o === 'string') {
    if (o) process.stderr.write(`import: ${o}\n`);
    process.stderr.write(`${USAGE}\n`);
    return o ? 2 : 0;
  }
  const r = runImport(o);
  if (r.problems.length > 0) process.stdout.write(`${r.problems.map(formatProblem).join('\n')}\n`);
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  const warnings = r.problems.length - errors;
  const from = r.crs ? ` from ${r.crs}` : '';
  const head = `${r.features} features${from}, ${errors} errors, ${warnings} warnings`;
  if (errors > 0)
    process.stderr.write(
      `${head}\nnothing written: fix the records above and run again / 未写入：请修正以上记录后重新导入\n`,
    );
  else if (r.wrote) process.stderr.write(`${head}\nwrote ${r.wrote} / 已写入 ${r.wrote}\n`);
  else process.stderr.write(`${head}\ndry run: nothing written / 试运行：未写入文件\n`);
  return errors > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (e) {
  // Only on a bug in this script: one line, never a stack trace.
  process.stderr.write(`import: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}

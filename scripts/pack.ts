/**
 * `npm run pack`: one zip in release/ with the built site and the start scripts of scripts/pack/
 * (Windows, macOS, Linux), so that a presenter can run the map on a laptop with no network.
 *
 *   npx tsx scripts/pack.ts [--dist dist] [--out release]
 *
 * The zip holds one folder, `<name>-<version>/`, with `site/` (the build) beside the scripts.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { type ZipAttributes, type Zippable, zipSync } from 'fflate';

const PACK_DIR = 'scripts/pack';
/** Files run by a Unix shell: executable in the zip, so Finder and file managers can start them. */
const EXECUTABLE = new Set(['start-linux.sh', 'start-macos.command']);
/** Files read by Windows tools: CRLF line ends; a BOM so PowerShell 5.1 and Notepad read UTF-8. */
const WINDOWS_TEXT = new Set(['start-windows.cmd', 'start.ps1', 'README.txt']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Turns a start script's text into the bytes the target system expects. */
export function scriptBytes(name: string, text: string): Uint8Array {
  if (!WINDOWS_TEXT.has(name)) return new TextEncoder().encode(text);
  const crlf = text.replace(/\r?\n/g, '\r\n');
  const withBom = name === 'start-windows.cmd' ? crlf : `\uFEFF${crlf}`;
  return new TextEncoder().encode(withBom);
}

/** Unix mode bits in the zip's external attributes (made-by = Unix). */
export function zipAttributes(name: string): ZipAttributes {
  const mode = EXECUTABLE.has(name) ? 0o100755 : 0o100644;
  return { os: 3, attrs: mode << 16 };
}

/**
 * The zip's tree: `<folder>/site/**` from the build and `<folder>/<script>` from the pack folder.
 * Throws when the build is missing, so a pack never ships without a site.
 */
export function packTree(distDir: string, packDir: string, folder: string): Zippable {
  if (!statSync(join(distDir, 'index.html'), { throwIfNoEntry: false })) {
    throw new Error(`${distDir}/index.html is missing: run vite build first`);
  }
  const tree: Zippable = {};
  for (const file of filesUnder(distDir)) {
    const rel = relative(distDir, file).split('\\').join('/');
    tree[`${folder}/site/${rel}`] = [readFileSync(file), zipAttributes(rel)];
  }
  for (const name of readdirSync(packDir)) {
    const text = readFileSync(join(packDir, name), 'utf8');
    tree[`${folder}/${name}`] = [scriptBytes(name, text), zipAttributes(name)];
  }
  return tree;
}

function main() {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'release' } },
  });
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  const folder = `${pkg.name}-${pkg.version}`;
  const zip = zipSync(packTree(values.dist, PACK_DIR, folder), { level: 6 });
  mkdirSync(values.out, { recursive: true });
  const target = join(values.out, `${folder}.zip`);
  writeFileSync(target, zip);
  console.log(`${target}: ${(zip.length / 1024 / 1024).toFixed(1)} MB`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('\\').join('/'))) main();

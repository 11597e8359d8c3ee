/**
 * Bundle sizes in KB gzip (level 6, what a static server sends): the initial JS (entry chunk and
 * everything it imports statically), the app's own share of it (every module but maplibre-gl,
 * react, react-dom and scheduler), the MapLibre worker, CSS, and the data files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ChunkInfo } from './build';

export interface BundleSizes {
  initialJs: number;
  /** null when the build's module list is not known (`--dist`) */
  appOwnJs: number | null;
  maplibreJs: number | null;
  reactJs: number | null;
  worker: number;
  css: number;
  data: number;
  /** the app's own modules in the initial load, heaviest first (KB gzip, each alone) */
  heaviest: Array<{ module: string; kb: number }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const gz = (b: Uint8Array | string) => gzipSync(b).length;

export type Group = 'maplibre' | 'react' | 'app';

/** Which budget group a module id belongs to. */
export function groupOf(id: string): Group {
  if (/[\\/]node_modules[\\/]maplibre-gl[\\/]/.test(id)) return 'maplibre';
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
  return 'app';
}

/** The chunks loaded at start: the entries and, recursively, their static imports. */
export function initialChunks(chunks: ChunkInfo[]): ChunkInfo[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of byName.get(name)?.imports ?? []) visit(i);
  };
  for (const c of chunks) if (c.isEntry) visit(c.fileName);
  return [...seen].flatMap((n) => byName.get(n) ?? []);
}

/** A short name for a module: `src/…` or the npm package's name. */
export function shortName(id: string): string {
  const nm = /node_modules[\\/]((@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (nm) return nm[1].replace(/\\/g, '/');
  const src = /[\\/](src[\\/].*)$/.exec(id);
  return (src ? src[1] : id).replace(/\\/g, '/').replace(/\?.*$/, '');
}

const filesIn = (dir: string, re: RegExp): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => re.test(f)) : [];

/** Sizes of a built app in `dist`; `chunks` from the build gives the split by module. */
export function bundleSizes(dist: string, chunks: ChunkInfo[] | null): BundleSizes {
  const read = (f: string) => readFileSync(join(dist, f));
  const worker = filesIn(dist, /maplibre-gl-worker.*\.m?js$/).reduce((s, f) => s + gz(read(f)), 0);
  const css = filesIn(dist, /\.css$/).reduce((s, f) => s + gz(read(f)), 0);
  const data = filesIn(join(dist, 'geo'), /\.(geojson|json)$/).reduce(
    (s, f) => s + gz(readFileSync(join(dist, 'geo', f))),
    0,
  );
  let initialFiles: string[];
  if (chunks) initialFiles = initialChunks(chunks).map((c) => c.fileName);
  else {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    initialFiles = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.m?js)"/g)].map((m) => m[1]);
  }
  const initialJs = initialFiles.reduce((s, f) => s + gz(read(f)), 0);
  if (!chunks)
    return {
      initialJs: kb(initialJs),
      appOwnJs: null,
      maplibreJs: null,
      reactJs: null,
      worker: kb(worker),
      css: kb(css),
      data: kb(data),
      heaviest: [],
    };
  const code: Record<Group, string[]> = { maplibre: [], react: [], app: [] };
  const perModule = new Map<string, string>();
  for (const c of initialChunks(chunks))
    for (const [id, text] of Object.entries(c.modules)) {
      code[groupOf(id)].push(text);
      if (groupOf(id) === 'app') {
        const name = shortName(id);
        perModule.set(name, (perModule.get(name) ?? '') + text);
      }
    }
  const heaviest = [...perModule]
    .map(([module, text]) => ({ module, kb: kb(gz(text)) }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 12);
  return {
    initialJs: kb(initialJs),
    appOwnJs: kb(gz(code.app.join('\n'))),
    maplibreJs: kb(gz(code.maplibre.join('\n'))),
    reactJs: kb(gz(code.react.join('\n'))),
    worker: kb(worker),
    css: kb(css),
    data: kb(data),
    heaviest,
  };
}

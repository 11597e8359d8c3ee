/**
 * Builds the app (with the project's vite.config.ts) and the bare page into the bench's own
 * folders, and records which modules went into which chunk, so bundle sizes can be split into
 * MapLibre, React and the app's own code.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  /** chunks this one imports statically (loaded with it) */
  imports: string[];
  dynamicImports: string[];
  /** module id → its rendered code */
  modules: Record<string, string>;
}

/** A Vite plugin that keeps each output chunk's modules and imports. */
function collectChunks(into: ChunkInfo[]): Plugin {
  return {
    name: 'bench-collect-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        into.push({
          fileName: out.fileName,
          isEntry: out.isEntry,
          imports: [...out.imports],
          dynamicImports: [...out.dynamicImports],
          modules: Object.fromEntries(Object.entries(out.modules).map(([id, m]) => [id, m.code ?? ''])),
        });
      }
    },
  };
}

/** `vite build` of the app into `outDir`; returns the app's chunks (not the service worker's). */
export async function buildApp(outDir: string): Promise<ChunkInfo[]> {
  const chunks: ChunkInfo[] = [];
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
    plugins: [collectChunks(chunks)],
  });
  // The service worker is bundled by its own Rollup run and ends up in the list too.
  return chunks.filter((c) => !/(^|\/)sw\.js$/.test(c.fileName));
}

/** The bare MapLibre page (bench/bare.html) into `outDir`. */
export async function buildBare(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('bench'),
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: resolve('bench/bare.html') },
    },
  });
}

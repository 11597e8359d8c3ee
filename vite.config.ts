import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './scripts/vite-csp';

// `base: './'` keeps every URL relative, so the built site runs from any folder of any static
// host (an intranet path, a zip opened on a laptop) without rebuilding.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    // The Content-Security-Policy meta of index.html, with site.json's base map hosts.
    cspPlugin(),
    // Offline after the first visit: src/pwa/sw.ts (Workbox) precaches the app shell and keeps the
    // data files stale-while-revalidate. Registered from src/pwa/register.ts, not injected.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'sw.ts',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // geo/ data are listed so the worker can fetch them at install; it keeps them out of the
        // precache (see splitManifest). Large base maps (.pmtiles) are never cached.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,woff2,json,geojson}'],
        globIgnores: ['**/*.pmtiles', 'sw.js'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  // jsPDF (the print layout) imports these lazily for its html() and SVG features, which are not
  // used: a stub keeps them out of the build and the offline precache (README, Dependencies).
  resolve: {
    alias: Object.fromEntries(
      ['html2canvas', 'dompurify', 'canvg'].map((m) => [
        m,
        fileURLToPath(new URL('./src/modes/planner/print/notBundled.ts', import.meta.url)),
      ]),
    ),
  },
  // MapLibre's worker goes through the worker bundler (src/map/worker.ts: `?worker&url`), so
  // build.target lowers it too; as an ES module (MapLibre starts it with type: 'module'), keeping the
  // .mjs name that deploy/nginx.conf and the presentation pack's servers already type as JavaScript.
  worker: {
    format: 'es',
    rolldownOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
  },
  build: {
    // es2022 plus Safari 15: Oxc lowers class static blocks (MapLibre has them; Safari and iOS
    // before 16.4 cannot parse them) and the app's own class fields; about 0.3 KB gzip (README, 旧手机).
    target: ['es2022', 'safari15'],
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // What the first screen runs goes in one chunk beside MapLibre's (kept apart so a new
        // release does not make browsers fetch MapLibre again): ~20 small shared chunks were
        // ~5 KB gzip more and as many requests. Lazy chunks (modes, drawer, export) stay split.
        codeSplitting: {
          groups: [
            { name: 'maplibre-gl', test: /[\\/]node_modules[\\/]maplibre-gl[\\/]/, priority: 2 },
            // index.html's module and main.tsx stay the entry chunk (an empty entry would be dropped).
            {
              name: 'app',
              tags: ['$initial'],
              test: (id) => !/(index\.html|[\\/]src[\\/]main\.tsx)$/.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});

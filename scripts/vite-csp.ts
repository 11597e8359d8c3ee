/**
 * The Content-Security-Policy of the built site, as a `<meta http-equiv>` in index.html, with the
 * base map's hosts taken from public/geo/site.json at build time. deploy/nginx.conf sends the same
 * policy as a header plus `frame-ancestors` (which a meta element cannot carry: Chromium ignores it
 * there and logs an error); tests/unit/csp.test.ts keeps the two equal.
 *
 * Why each directive: the app is one module script and one stylesheet from its own origin; MapLibre's
 * worker is a same-origin file (src/map/worker.ts), so no blob: worker; MapLibre and React set
 * styles through the DOM, which CSP allows without 'unsafe-inline'; img-src keeps data: (the empty
 * favicon) and blob: (MapLibre's image fallback). The dev server is left without a policy: it needs
 * an inline React-refresh preamble and a websocket.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Directives in the order both the meta and the nginx header write them. */
export const BASE_POLICY: ReadonlyArray<[string, string[]]> = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['worker-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['connect-src', ["'self'"]],
  ['font-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

/** Directives only an HTTP header can carry; the nginx header adds them. */
export const HEADER_ONLY: ReadonlyArray<[string, string[]]> = [['frame-ancestors', ["'self'"]]];

interface BaseMapLike {
  type?: string;
  tiles?: unknown;
  overlay?: unknown;
  url?: unknown;
}

/**
 * The origins a base map config fetches from: tile templates, a style URL or an absolute PMTiles
 * URL. Relative URLs are the site's own. Placeholders (`{z}`, `{tk}`) are dropped before parsing.
 */
export function basemapOrigins(basemap: BaseMapLike | undefined): string[] {
  if (!basemap || basemap.type === 'none') return [];
  const urls = [basemap.tiles, basemap.overlay, basemap.url].flatMap((v) =>
    Array.isArray(v) ? v : typeof v === 'string' ? [v] : [],
  );
  const origins = new Set<string>();
  for (const u of urls) {
    if (typeof u !== 'string' || !/^https?:\/\//i.test(u)) continue;
    try {
      origins.add(new URL(u.replace(/\{[^}]*\}/g, '0')).origin);
    } catch {
      // A malformed URL is the validator's business; it gets no CSP exception.
    }
  }
  return [...origins].sort();
}

/** The policy text: the base directives, base map origins added to connect-src and img-src. */
export function cspPolicy(
  origins: readonly string[] = [],
  extra: ReadonlyArray<[string, string[]]> = [],
): string {
  return [...BASE_POLICY, ...extra]
    .map(([name, values]) => {
      const more = name === 'connect-src' || name === 'img-src' ? origins : [];
      return `${name} ${[...values, ...more].join(' ')}`;
    })
    .join('; ');
}

/** The meta policy for a site.json file. */
export function cspForSiteFile(siteJsonPath: string): string {
  let basemap: BaseMapLike | undefined;
  try {
    basemap = (
      JSON.parse(readFileSync(siteJsonPath, 'utf8').replace(/^\uFEFF/, '')) as { basemap?: BaseMapLike }
    ).basemap;
  } catch {
    basemap = undefined;
  }
  return cspPolicy(basemapOrigins(basemap));
}

/** The CSP meta element of index.html (its content is the default policy, kept equal by a test). */
export const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

/**
 * In the production build, sets the meta policy of index.html to the one for site.json's base map
 * (the same text as index.html for the default, no base map). In the dev server it removes it.
 */
export function cspPlugin(siteJsonPath = 'public/geo/site.json'): Plugin {
  let building = false;
  return {
    name: 'renewal-csp',
    configResolved(config) {
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!CSP_META.test(html)) throw new Error('index.html has no Content-Security-Policy meta element');
        if (!building) return html.replace(CSP_META, '');
        // The policy holds only quotes, letters, colons, slashes and dots: no attribute escaping needed.
        const policy = cspForSiteFile(siteJsonPath);
        return html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}

/**
 * Serves the production build (dist/) on a loopback port, unchanged but for one thing: index.html
 * gets the test's error collector as its first script. WebKitWebDriver has no init scripts and
 * reports no console events, so the page must collect its own errors; both engines get the same
 * collector, a same-origin file (the Content-Security-Policy allows it as it allows the app).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** The build to serve: dist/, or E2E_DIST (as for the Playwright suite) to test another build. */
const DIST = resolve(process.env.E2E_DIST ?? 'dist');
export const COLLECTOR_PATH = '__engine-smoke/collect.js';
/** An empty page of the site's origin, where the suite asks the engine for WebGL2 before the app runs. */
export const BLANK_PATH = '__engine-smoke/blank.html';

/**
 * Runs in the page before any of the app's scripts: console.error, uncaught errors (and resources
 * that fail to load), unhandled rejections and CSP violations go into window.__engineSmoke.errors.
 */
const COLLECTOR = `(() => {
  const errors = [];
  window.__engineSmoke = { errors };
  // Firefox's and WebKit's stacks do not repeat the message: name and message first.
  const text = (v) => (v instanceof Error ? v.name + ': ' + v.message : typeof v === 'string' ? v : JSON.stringify(v));
  const original = console.error;
  console.error = function (...args) {
    errors.push('console.error: ' + args.map(text).join(' '));
    return original.apply(this, args);
  };
  addEventListener('error', (e) => {
    if (e.target && e.target !== window) {
      errors.push('failed to load: <' + e.target.localName + '> ' + (e.target.src || e.target.href || ''));
    } else {
      errors.push('page error: ' + (e.error ? text(e.error) : e.message) + ' at ' + e.filename + ':' + e.lineno);
    }
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + text(e.reason)));
  document.addEventListener('securitypolicyviolation', (e) =>
    errors.push('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' in ' + e.sourceFile + ':' + e.lineNumber));
})();
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
  '.pmtiles': 'application/octet-stream',
};

function indexHtml(): string {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const withCollector = html.replace(
    /<head[^>]*>/i,
    (head) => `${head}<script src="./${COLLECTOR_PATH}"></script>`,
  );
  if (withCollector === html)
    throw new Error(`${DIST}/index.html has no <head>: cannot add the error collector`);
  return withCollector;
}

/** Starts the server; resolves once it listens on 127.0.0.1:port (fails if the port is taken). */
export async function serveDist(port: number): Promise<Server> {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `no production build in ${DIST}: run \`npx vite build\` first (npm run test:engines does)`,
    );
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      res.end(body);
    };
    if (path === COLLECTOR_PATH) return send(200, TYPES['.js'], COLLECTOR);
    if (path === BLANK_PATH) return send(200, TYPES['.html'], '<!doctype html><title>WebGL2?</title>');
    if (path === '' || path === 'index.html') return send(200, TYPES['.html'], indexHtml());
    const file = resolve(DIST, path);
    if (!file.startsWith(`${DIST}${sep}`) || !existsSync(file)) return send(404, 'text/plain', 'not found');
    try {
      send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
    } catch {
      send(404, 'text/plain', 'not a file');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => reject(new Error(`cannot serve ${DIST} on 127.0.0.1:${port}: ${e.message}`)));
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return server;
}

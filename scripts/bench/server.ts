/**
 * The bench's static server on loopback: the built app at `/`, the bare page at `/bare/`, and
 * generated data folders at `/data/NAME/`, with HTTP Range (PMTiles reads its archive by ranges,
 * as from any static host or CDN). Nothing is cached between runs: each run is a fresh context.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pmtiles': 'application/octet-stream',
};

/** URL prefix → folder; the longest matching prefix wins. */
export type Mounts = Record<string, string>;

export function resolvePath(mounts: Mounts, urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const prefix = Object.keys(mounts)
    .filter((p) => path.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  if (prefix === undefined) return null;
  const root = resolve(mounts[prefix]);
  const file = resolve(join(root, normalize(path.slice(prefix.length))));
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

export function serve(mounts: Mounts, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const file = resolvePath(mounts, req.url ?? '/');
    if (!file || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const size = statSync(file).size;
    const headers = {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
    };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : size - Number(range[2]);
      const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end || start >= size) {
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      res.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
      });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': size });
    createReadStream(file).pipe(res);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

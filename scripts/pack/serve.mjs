// Serves the map from ./site on this computer only (127.0.0.1) and opens it in presenter mode.
// Node 18+ built-ins only. Sends the right MIME types, answers HTTP Range requests (PMTiles base
// maps) and tries the next port when one is taken.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pmtiles': 'application/octet-stream',
};

const root = join(dirname(fileURLToPath(import.meta.url)), 'site');
if (!existsSync(join(root, 'index.html'))) {
  console.error('site/index.html is missing: extract the whole zip first. / 请先解压整个压缩包。');
  process.exit(1);
}

function fileFor(urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  if (!file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function handle(req, res) {
  const file = fileFor(req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  const size = statSync(file).size;
  const headers = {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
  };
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range) {
    const [, first, last] = range;
    if (first) {
      start = Number(first);
      end = last ? Math.min(Number(last), size - 1) : size - 1;
    } else {
      start = Math.max(size - Number(last || 0), 0);
    }
    if (start > end) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  headers['Content-Length'] = end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file, { start, end }).pipe(res);
}

function openBrowser(url) {
  const [cmd, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  spawn(cmd, args, { stdio: 'ignore', detached: true })
    .on('error', () => {})
    .unref();
}

function listen(port, triesLeft) {
  const server = createServer(handle);
  server.once('error', (err) => {
    if (err.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else {
      console.error(`No free port (${err.code}). / 端口均被占用。`);
      process.exit(1);
    }
  });
  server.listen(port, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${port}/#mode=present`;
    console.log(`Serving ${url}`);
    console.log('地图已启动，关闭此窗口即停止。 / The map is running; close this window to stop.');
    if (process.env.NO_BROWSER !== '1') openBrowser(url);
  });
}

listen(Number(process.env.PORT ?? 8765), 19);

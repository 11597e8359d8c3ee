/**
 * Measures the importer's peak memory on a generated Shapefile of about 150 MB (polygons in CGCS2000
 * GK CM 102°E, 40 vertices each, a GBK .dbf), as README's import section reports:
 *
 *   npx tsx scripts/import/measureRss.ts [MB]
 *   HEAP_MB=96 npx tsx scripts/import/measureRss.ts 150   # the same with V8's heap capped
 *
 * Writes the files to a temp folder in a stream, runs `npm run import -- --dry-run` on them in a
 * child process and prints the child's peak RSS (from /proc's VmHWM, Linux).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import proj4 from 'proj4';

const MB = Number(process.argv[2] ?? 150);
const VERTS = 40;
const REC = 8 + 44 + 4 + VERTS * 16;
const n = Math.round((MB * 1048576 - 100) / REC);
const dir = mkdtempSync(join(tmpdir(), 'import-rss-'));
const gk = proj4('WGS84', '+proj=tmerc +lat_0=0 +lon_0=102 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m');

function header(fileBytes: number, type: number): Buffer {
  const h = Buffer.alloc(100);
  h.writeInt32BE(9994, 0);
  h.writeInt32BE(fileBytes / 2, 24);
  h.writeInt32LE(1000, 28);
  h.writeInt32LE(type, 32);
  return h;
}

const shp = openSync(join(dir, 'big.shp'), 'w');
const shx = openSync(join(dir, 'big.shx'), 'w');
const dbf = openSync(join(dir, 'big.dbf'), 'w');
writeSync(shp, header(100 + n * REC, 5));
writeSync(shx, header(100 + n * 8, 5));
const fields = [
  ['NAME', 'C', 20],
  ['YEAR', 'N', 6],
];
const recBytes = 1 + 20 + 6;
const dh = Buffer.alloc(32 + 32 * fields.length + 1);
dh[0] = 3;
dh.writeUInt32LE(n, 4);
dh.writeUInt16LE(dh.length, 8);
dh.writeUInt16LE(recBytes, 10);
dh[29] = 0x4d;
fields.forEach(([name, type, len], k) => {
  dh.write(String(name), 32 + k * 32, 'latin1');
  dh.write(String(type), 32 + k * 32 + 11, 'latin1');
  dh[32 + k * 32 + 16] = Number(len);
});
dh[dh.length - 1] = 0x0d;
writeSync(dbf, dh);
const BATCH = 2000;
for (let start = 0; start < n; start += BATCH) {
  const m = Math.min(BATCH, n - start);
  const s = Buffer.alloc(m * REC);
  const x = Buffer.alloc(m * 8);
  const d = Buffer.alloc(m * recBytes);
  for (let k = 0; k < m; k++) {
    const i = start + k;
    const o = k * REC;
    const lon = 101.6 + (i % 500) * 0.0005;
    const lat = 26.5 + Math.floor(i / 500) * 0.0002;
    const ring: number[][] = [];
    for (let v = 0; v < VERTS - 1; v++) {
      const a = (-2 * Math.PI * v) / (VERTS - 1); // clockwise
      ring.push(gk.forward([lon + 0.0002 * Math.cos(a), lat + 0.00008 * Math.sin(a)]));
    }
    ring.push(ring[0]);
    s.writeInt32BE(i + 1, o);
    s.writeInt32BE((REC - 8) / 2, o + 4);
    s.writeInt32LE(5, o + 8);
    s.writeInt32LE(1, o + 44);
    s.writeInt32LE(VERTS, o + 48);
    s.writeInt32LE(0, o + 52);
    ring.forEach((p, v) => {
      s.writeDoubleLE(p[0], o + 56 + v * 16);
      s.writeDoubleLE(p[1], o + 64 + v * 16);
    });
    x.writeInt32BE((100 + i * REC) / 2, k * 8);
    x.writeInt32BE((REC - 8) / 2, k * 8 + 4);
    d[k * recBytes] = 0x20;
    d.write(`p${i}`.padEnd(20), k * recBytes + 1, 'latin1');
    d.write(String(2024 + (i % 3)).padStart(6), k * recBytes + 21, 'latin1');
  }
  writeSync(shp, s);
  writeSync(shx, x);
  writeSync(dbf, d);
}
for (const fd of [shp, shx, dbf]) closeSync(fd);
const size =
  statSync(join(dir, 'big.shp')).size +
  statSync(join(dir, 'big.dbf')).size +
  statSync(join(dir, 'big.shx')).size;
console.log(`${n} polygons, ${(size / 1048576).toFixed(0)} MB (.shp+.shx+.dbf) in ${dir}`);

const args = ['--import', 'tsx', 'scripts/import.ts', '--layer', 'context', '--from', join(dir, 'big.shp')];
const heap = process.env.HEAP_MB ? [`--max-old-space-size=${Number(process.env.HEAP_MB)}`] : [];
const child = spawn(
  process.execPath,
  [...heap, ...args, '--crs', 'EPSG:4543', '--defaults', 'kind=landmark', '--dry-run'],
  {
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
let peak = 0;
const t0 = Date.now();
const timer = setInterval(() => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) peak = Math.max(peak, Number(m[1]));
  } catch {
    // the child has exited
  }
}, 200);
child.on('exit', (code) => {
  clearInterval(timer);
  console.log(
    `exit ${code}, ${((Date.now() - t0) / 1000).toFixed(0)} s, peak RSS ${(peak / 1024).toFixed(0)} MB`,
  );
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Extracts chosen entries of a .zip (a zipped Shapefile, a KMZ) to a temporary folder in a stream
 * (fflate's Unzip), so a large archive never sits in memory; other entries (images, __MACOSX) are
 * skipped without inflating. Each entry is held to the size limit (a zip bomb stops there).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import { MAX_FILE_BYTES } from '../../src/data/validate/limits';
import { ImportError } from './record';

export interface Extracted {
  dir: string;
  /** Entry name in the zip → path on disk. */
  files: Map<string, string>;
  /** Every entry name (for messages). */
  names: string[];
  cleanup: () => void;
}

export function extractZip(path: string, want: (name: string) => boolean): Extracted {
  const dir = mkdtempSync(join(tmpdir(), 'import-zip-'));
  const files = new Map<string, string>();
  const names: string[] = [];
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const open = new Map<string, number>();
  let tooBig: string | null = null;
  const uz = new Unzip((f) => {
    names.push(f.name);
    if (f.name.includes('__MACOSX') || f.name.endsWith('/') || !want(f.name)) return;
    const out = join(dir, `${files.size}-${f.name.replace(/[\\/]/g, '_')}`);
    const fd = openSync(out, 'w');
    open.set(f.name, fd);
    files.set(f.name, out);
    let size = 0;
    f.ondata = (err, data, final) => {
      if (err) throw err;
      size += data.length;
      if (size > MAX_FILE_BYTES) tooBig = f.name;
      else writeSync(fd, data);
      if (final) {
        closeSync(fd);
        open.delete(f.name);
      }
    };
    f.start();
  });
  uz.register(UnzipInflate);
  const fd = openSync(path, 'r');
  const buf = new Uint8Array(1 << 20);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      uz.push(buf.slice(0, n), n === 0);
      if (tooBig) break;
      if (n === 0) break;
    }
  } catch (e) {
    cleanup();
    const why = e instanceof Error ? e.message.slice(0, 80) : 'error';
    throw new ImportError(`not a readable .zip file (${why})`, `无法读取 .zip 文件（${why}）`);
  } finally {
    closeSync(fd);
    for (const f of open.values()) closeSync(f);
  }
  if (tooBig) {
    cleanup();
    throw new ImportError(
      `${tooBig} in the .zip unpacks to more than ${MAX_FILE_BYTES / 1048576} MB, the size limit`,
      `.zip 中的 ${tooBig} 解压后超过 ${MAX_FILE_BYTES / 1048576} MB 上限`,
    );
  }
  return { dir, files, names, cleanup };
}

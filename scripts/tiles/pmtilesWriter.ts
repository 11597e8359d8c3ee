/**
 * A small PMTiles v3 writer (the `pmtiles` package only reads): header, root directory, leaf
 * directories, JSON metadata and tile data, laid out as in the spec
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md). Tiles are written in tile-id
 * order (a "clustered" archive), identical tiles are stored once, and the root directory is kept
 * within the first 16 KiB so a reader needs one request for header + root.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** Header + root directory must fit in the first 16,384 bytes. */
const ROOT_LIMIT = 16_384 - HEADER_BYTES;

/** Compression codes of the spec. */
export const COMPRESSION = { none: 1, gzip: 2 } as const;
/** Tile type codes of the spec. */
export const TILE_TYPE = { mvt: 1, png: 2 } as const;

export interface DirEntry {
  tileId: number;
  offset: number;
  length: number;
  /** 0 for an entry that points to a leaf directory */
  runLength: number;
}

export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  /** the tile's bytes, already compressed as `tileCompression` says */
  data: Uint8Array;
}

export interface ArchiveOptions {
  tiles: ArchiveTile[];
  metadata: Record<string, unknown>;
  tileType: number;
  tileCompression: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
  center: [number, number, number];
}

function writeVarint(out: number[], value: number): void {
  // Tile ids exceed 2^32 at high zooms: split with arithmetic, not bit operators.
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A directory's bytes before compression: count, then delta ids, run lengths, lengths, offsets. */
export function serializeDirectory(entries: DirEntry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let last = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    // 0 means "right after the previous entry", which a clustered archive makes the common case.
    if (i > 0 && prev && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  });
  return Uint8Array.from(out);
}

const gzip = (b: Uint8Array): Uint8Array => new Uint8Array(gzipSync(b));

/** Splits entries into a root and leaf directories until the root fits in the first 16 KiB. */
export function buildDirectories(entries: DirEntry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: DirEntry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const r = gzip(serializeDirectory(rootEntries));
    if (r.length <= ROOT_LIMIT) return { root: r, leaves: concat(leafParts) };
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Writes the whole archive into one buffer. */
export function writeArchive(o: ArchiveOptions): Uint8Array {
  const sorted = o.tiles
    .map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.id - b.id);
  const entries: DirEntry[] = [];
  const parts: Uint8Array[] = [];
  const seen = new Map<string, { offset: number; length: number }>();
  let offset = 0;
  for (const t of sorted) {
    const key = createHash('sha1').update(t.data).digest('hex');
    let at = seen.get(key);
    if (!at) {
      at = { offset, length: t.data.length };
      seen.set(key, at);
      parts.push(t.data);
      offset += t.data.length;
    }
    const prev = entries[entries.length - 1];
    // Consecutive ids with the same bytes (e.g. empty ocean) become one run.
    if (prev && prev.tileId + prev.runLength === t.id && prev.offset === at.offset) prev.runLength += 1;
    else entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
  }
  const tileData = concat(parts);
  const { root, leaves } = buildDirectories(entries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(o.metadata)));

  const rootOffset = HEADER_BYTES;
  const metaOffset = rootOffset + root.length;
  const leafOffset = metaOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  const u64 = (at: number, v: number) => header.setBigUint64(at, BigInt(v), true);
  const e7 = (v: number) => Math.round(v * 1e7);
  for (let i = 0; i < 7; i++) header.setUint8(i, 'PMTiles'.charCodeAt(i));
  header.setUint8(7, 3);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, tileData.length);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, parts.length);
  header.setUint8(96, 1);
  header.setUint8(97, COMPRESSION.gzip);
  header.setUint8(98, o.tileCompression);
  header.setUint8(99, o.tileType);
  header.setUint8(100, o.minZoom);
  header.setUint8(101, o.maxZoom);
  header.setInt32(102, e7(o.bounds[0]), true);
  header.setInt32(106, e7(o.bounds[1]), true);
  header.setInt32(110, e7(o.bounds[2]), true);
  header.setInt32(114, e7(o.bounds[3]), true);
  header.setUint8(118, o.center[2]);
  header.setInt32(119, e7(o.center[0]), true);
  header.setInt32(123, e7(o.center[1]), true);
  return concat([new Uint8Array(header.buffer), root, metadata, leaves, tileData]);
}

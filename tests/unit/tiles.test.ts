import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildPmtiles } from '../../scripts/tiles/buildTiles';
import { type DirEntry, serializeDirectory, writeArchive } from '../../scripts/tiles/pmtilesWriter';
import { tileFolder } from '../../scripts/tiles/tileFolder';
import { checkSummaryText } from '../../src/data/summary/checkSummary';
import { shippedCatalogue } from './helpers/catalogue';

/** Serves an in-memory archive to the `pmtiles` reader, as an HTTP Range server would. */
class BufferSource implements Source {
  readonly ranges: Array<[number, number]> = [];
  constructor(private readonly bytes: Uint8Array) {}
  async getBytes(offset: number, length: number) {
    this.ranges.push([offset, length]);
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
  getKey() {
    return 'memory';
  }
}

const open = (bytes: Uint8Array) => new PMTiles(new BufferSource(bytes));
const text = (b: ArrayBuffer) => new TextDecoder().decode(new Uint8Array(b));

describe('PMTiles writer', () => {
  it('writes a directory the spec way: count, delta ids, run lengths, lengths, offsets', () => {
    const entries: DirEntry[] = [
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
      { tileId: 7, offset: 10, length: 300, runLength: 2 },
      { tileId: 9, offset: 0, length: 10, runLength: 1 },
    ];
    // 300 is a two-byte varint (0xac 0x02); offset 10 follows the first entry, so it is written as 0.
    expect([...serializeDirectory(entries)]).toEqual([3, 5, 2, 2, 1, 2, 1, 10, 0xac, 0x02, 10, 1, 0, 1]);
  });

  it('round-trips header, metadata and tiles through the pmtiles reader', async () => {
    const tiles = [
      { z: 0, x: 0, y: 0, data: Uint8Array.from([1, 2, 3]) },
      { z: 3, x: 6, y: 3, data: Uint8Array.from([4, 5]) },
      { z: 3, x: 5, y: 3, data: Uint8Array.from([1, 2, 3]) },
    ];
    const bytes = writeArchive({
      tiles,
      metadata: { name: 'test', vector_layers: [{ id: 'a' }] },
      tileType: 1,
      tileCompression: 1,
      minZoom: 0,
      maxZoom: 3,
      bounds: [101.7, 26.5, 101.8, 26.6],
      center: [101.75, 26.55, 2],
    });
    const p = open(bytes);
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect([h.minZoom, h.maxZoom, h.tileType, h.clustered]).toEqual([0, 3, 1, true]);
    expect(h.minLon).toBeCloseTo(101.7, 6);
    expect(h.maxLat).toBeCloseTo(26.6, 6);
    expect(h.centerZoom).toBe(2);
    expect([h.numAddressedTiles, h.numTileContents]).toEqual([3, 2]);
    expect(await p.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'a' }] });
    for (const t of tiles) {
      const got = await p.getZxy(t.z, t.x, t.y);
      expect(got && [...new Uint8Array(got.data)]).toEqual([...t.data]);
    }
    expect(await p.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('moves entries to leaf directories when the root would not fit in 16 KiB', async () => {
    // 65,536 tiles of irregular lengths: a directory that no longer compresses into 16 KiB.
    let seed = 7;
    const tiles = [];
    for (let x = 0; x < 256; x++)
      for (let y = 0; y < 256; y++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        const data = new Uint8Array(4 + (seed % 61));
        new DataView(data.buffer).setUint32(0, x * 1000 + y, true);
        tiles.push({ z: 8, x, y, data });
      }
    const bytes = writeArchive({
      tiles,
      metadata: {},
      tileType: 1,
      tileCompression: 1,
      minZoom: 8,
      maxZoom: 8,
      bounds: [-180, -85, 180, 85],
      center: [0, 0, 8],
    });
    const source = new BufferSource(bytes);
    const p = new PMTiles(source);
    const h = await p.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const [x, y] of [
      [0, 0],
      [255, 255],
      [64, 3],
    ]) {
      const got = await p.getZxy(8, x, y);
      expect(got && new DataView(got.data).getUint32(0, true)).toBe(x * 1000 + y);
    }
  });
});

describe('npm run tiles', () => {
  const square = (id: string, lon: number, lat: number): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id, status: 'planned', year: 2026, measures: ['a'], investment_wan: null },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [lon, lat],
              [lon + 0.002, lat],
              [lon + 0.002, lat + 0.002],
              [lon, lat + 0.002],
              [lon, lat],
            ],
          ],
        },
      },
    ],
  });

  it('puts each data layer in the tiles as a layer named by its id, with flat properties', async () => {
    const layers = new Map([
      ['communities', square('c-1', 101.72, 26.58)],
      ['pocket-parks', square('p-1', 101.73, 26.59)],
    ]);
    const { bytes, tiles } = buildPmtiles(layers, { minZoom: 10, maxZoom: 14 });
    expect(tiles).toBeGreaterThanOrEqual(5);
    const p = open(bytes);
    const h = await p.getHeader();
    expect([h.minZoom, h.maxZoom, h.tileCompression]).toEqual([10, 14, 2]);
    const meta = (await p.getMetadata()) as { vector_layers: Array<{ id: string }> };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['communities', 'pocket-parks']);
    // The z10 tile holding both squares (101.72°E 26.58°N → x 801, y 433).
    const got = await p.getZxy(10, 801, 433);
    expect(got).toBeDefined();
    // The reader un-gzips tiles itself, as the header says they are gzipped.
    const pbf = text(got?.data ?? new ArrayBuffer(0));
    for (const s of ['communities', 'pocket-parks', 'c-1', 'p-1', 'planned']) expect(pbf).toContain(s);
    // null and arrays are left out of tiles.
    expect(pbf).not.toContain('investment_wan');
    expect(pbf).not.toContain('measures');
    expect(await p.getZxy(10, 0, 0)).toBeUndefined();
  });
});

describe('tileFolder (npm run tiles on a data folder)', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiles-'));
    cpSync('public/geo', dir, { recursive: true });
    return dir;
  };

  it("cuts the layers and the zones' label points, and writes a summary the app accepts", async () => {
    const dir = copy();
    const r = await tileFolder(dir);
    rmSync(dir, { recursive: true, force: true });
    if (!r.ok) throw new Error(r.problems.map((p) => p.message_en).join('; '));
    const meta = (await open(r.archive).getMetadata()) as { vector_layers: Array<{ id: string }> };
    const ids = meta.vector_layers.map((l) => l.id);
    expect(ids).toEqual(
      expect.arrayContaining(['communities', 'areas', 'areas-labels', 'pilot-zone-labels']),
    );
    // The pilot zone's label carries its area worked out from the geometry, as the GeoJSON map's does.
    const z5 = await open(r.archive).getZxy(5, 25, 13);
    expect(text(z5?.data ?? new ArrayBuffer(0))).toMatch(/约 \d+ 亩/);
    const checked = checkSummaryText('layers.summary.json', r.summary, shippedCatalogue());
    expect(checked.problems).toEqual([]);
    expect(checked.summary?.layers).toHaveLength(shippedCatalogue().layers.length);
  });

  it('a folder with a broken file is not cut: the problem names the file', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'pocket-parks.geojson'), '{"type": "FeatureCollection", "features": [');
    const r = await tileFolder(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ path: 'pocket-parks.geojson', severity: 'error' });
  });
});

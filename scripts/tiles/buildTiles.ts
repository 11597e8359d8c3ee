/**
 * Cuts a data folder's layers into vector tiles (one MVT layer per data layer, named by its id)
 * and packs them into one PMTiles archive. Pure apart from the `layers` it is given: no file I/O.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { type ArchiveTile, TILE_TYPE, writeArchive, COMPRESSION as Z } from './pmtilesWriter';

export interface TileOptions {
  minZoom: number;
  /** tiles are cut down to this zoom; MapLibre over-zooms them beyond it */
  maxZoom: number;
}

export const DEFAULT_TILE_OPTIONS: TileOptions = { minZoom: 5, maxZoom: 15 };
const EXTENT = 4096;

type Box = [number, number, number, number];

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};

/** The bounding box of every position of the layers. */
export function boundsOfLayers(layers: Map<string, FeatureCollection>): Box {
  const b: Box = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]);
      b[1] = Math.min(b[1], c[1] as number);
      b[2] = Math.max(b[2], c[0]);
      b[3] = Math.max(b[3], c[1] as number);
    } else if (Array.isArray(c)) for (const x of c) visit(x);
  };
  for (const fc of layers.values())
    for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return b;
}

/**
 * Nulls and nested values dropped: MVT has no null, and arrays would become JSON strings the
 * styles never read (the app reads full properties from its GeoJSON, not from tiles).
 */
function flatProps(f: Feature): Feature {
  const props: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(f.properties ?? {}))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') props[k] = v;
  return { ...f, properties: props };
}

/** All tiles of all zooms that hold at least one feature, gzipped MVT. */
export function cutTiles(layers: Map<string, FeatureCollection>, o: TileOptions): ArchiveTile[] {
  const indexes = [...layers].map(([id, fc]) => ({
    id,
    index: new GeoJSONVT(
      { type: 'FeatureCollection', features: fc.features.map(flatProps) },
      { maxZoom: o.maxZoom, indexMaxZoom: 5, extent: EXTENT, buffer: 64, tolerance: 3 },
    ),
  }));
  const [w, s, e, n] = boundsOfLayers(layers);
  const tiles: ArchiveTile[] = [];
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    for (let x = lonToX(w, z); x <= lonToX(e, z); x++) {
      for (let y = latToY(n, z); y <= latToY(s, z); y++) {
        const parts: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const { id, index } of indexes) {
          const t = index.getTile(z, x, y);
          if (t && t.features.length > 0) parts[id] = t;
        }
        if (Object.keys(parts).length === 0) continue;
        const pbf = fromGeojsonVt(parts, { version: 2, extent: EXTENT });
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(pbf)) });
      }
    }
  }
  return tiles;
}

/** One PMTiles archive of the layers, with TileJSON-style `vector_layers` metadata. */
export function buildPmtiles(
  layers: Map<string, FeatureCollection>,
  o: TileOptions = DEFAULT_TILE_OPTIONS,
): { bytes: Uint8Array; tiles: number } {
  const tiles = cutTiles(layers, o);
  const bounds = boundsOfLayers(layers);
  const bytes = writeArchive({
    tiles,
    tileType: TILE_TYPE.mvt,
    tileCompression: Z.gzip,
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, Math.min(o.maxZoom, 13)],
    metadata: {
      name: 'layers',
      format: 'pbf',
      vector_layers: [...layers.keys()].map((id) => ({
        id,
        fields: {},
        minzoom: o.minZoom,
        maxzoom: o.maxZoom,
      })),
    },
  });
  return { bytes, tiles: tiles.length };
}

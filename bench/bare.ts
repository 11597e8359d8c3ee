/**
 * The bench's floor: MapLibre alone drawing the same data files as the app, with nothing else —
 * no React, no validation, no labels, no global state, no feature state. Every `*.geojson` layer
 * of the data folder's layers.json (`?data=/geo/`, default `/geo/`) becomes one GeoJSON source; polygons get a
 * plain `fill` and a `line`, lines a `line`, points a `circle`. The camera starts at site.json's
 * bounds (24 px padding, as the app). `window.bench` tells scripts/bench when the map is first
 * idle, and moves the camera for the flight bench. With `&tiles=1` the layers come from the folder's
 * `layers.pmtiles` instead (one vector source, a tile layer per id), as the app draws them when
 * site.json names the archive: the floor for the app's PMTiles runs.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import {
  addProtocol,
  type FilterSpecification,
  type LayerSpecification,
  Map as MapLibreMap,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);

const COLORS = ['#8a8a8a', '#d9534f', '#c2185b', '#e08a3c', '#3c9a5f', '#2f6db5', '#7a55b3', '#1f9aa8'];

interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

interface Bench {
  /** performance.now() at the first `idle`, once every layer is added */
  idleAt: number | null;
  camera(): Camera;
  jump(c: Camera): Promise<void>;
  /** flies to `c` in `ms` (the bench records the frames itself, as on the app's page) */
  fly(c: Camera, ms: number): void;
}

declare global {
  interface Window {
    bench: Bench;
  }
}

const query = new URLSearchParams(location.search);
const base = query.get('data') ?? '/geo/';
const tiled = query.get('tiles') === '1';
const site = (await (await fetch(`${base}site.json`)).json()) as { bounds: [number, number, number, number] };

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
  },
  bounds: site.bounds,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
});

window.bench = {
  idleAt: null,
  camera: () => ({
    center: map.getCenter().toArray() as [number, number],
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    pitch: map.getPitch(),
  }),
  jump: async (c) => {
    const idle = map.once('idle');
    map.jumpTo(c);
    map.triggerRepaint();
    await idle;
  },
  fly: (c, ms) => {
    map.flyTo({ ...c, duration: ms, essential: true });
  },
};

function specsFor(id: string, color: string, kind: string): LayerSpecification[] {
  if (kind === 'Point' || kind === 'MultiPoint')
    return [{ id, type: 'circle', source: id, paint: { 'circle-color': color, 'circle-radius': 4 } }];
  const line: LayerSpecification = {
    id: `${id}-line`,
    type: 'line',
    source: id,
    paint: { 'line-color': color, 'line-width': 2 },
  };
  if (kind === 'Polygon' || kind === 'MultiPolygon')
    return [
      { id: `${id}-fill`, type: 'fill', source: id, paint: { 'fill-color': color, 'fill-opacity': 0.3 } },
      line,
    ];
  return [line];
}

const byKind = (g: string): FilterSpecification => [
  'in',
  ['geometry-type'],
  ['literal', g === 'Line' ? ['LineString', 'MultiLineString'] : [g, `Multi${g}`]],
];

/** Every layer of the archive, each drawn as fill + line + circle by geometry type. */
async function addTiled(ids: string[]) {
  const { Protocol } = await import('pmtiles');
  addProtocol('pmtiles', new Protocol().tile);
  map.addSource('tiles', {
    type: 'vector',
    url: `pmtiles://${new URL(`${base}layers.pmtiles`, location.href)}`,
  });
  ids.forEach((id, i) => {
    for (const g of ['Polygon', 'Line', 'Point'])
      for (const spec of specsFor(`${id}-${g}`, COLORS[i], g))
        map.addLayer({
          ...spec,
          source: 'tiles',
          'source-layer': id,
          filter: byKind(g),
        } as LayerSpecification);
  });
}

map.once('load', async () => {
  // The layers of the data folder's catalogue, in the app's drawing order (the app reads it too).
  const catalogue = (await (await fetch(`${base}layers.json`)).json()) as { layers: Array<{ id: string }> };
  if (tiled) {
    await addTiled(catalogue.layers.map((l) => l.id));
    map.once('idle', () => {
      window.bench.idleAt = performance.now();
    });
    return;
  }
  const files = await Promise.all(
    catalogue.layers.map(async ({ id }) => {
      const res = await fetch(`${base}${id}.geojson`);
      return res.ok ? { id, data: (await res.json()) as FeatureCollection } : null;
    }),
  );
  files.forEach((f, i) => {
    if (!f) return;
    map.addSource(f.id, { type: 'geojson', data: f.data });
    // A layer of mixed geometry (context) gets a layer per kind it holds.
    const kinds = new Set(f.data.features.map((x) => x.geometry?.type ?? ''));
    const groups = new Set(
      [...kinds].map((k) => (k.includes('Polygon') ? 'Polygon' : k.includes('Point') ? 'Point' : 'Line')),
    );
    for (const g of groups)
      for (const spec of specsFor(`${f.id}-${g}`, COLORS[i], g))
        map.addLayer({
          ...spec,
          source: f.id,
          filter: byKind(g),
        } as LayerSpecification);
  });
  map.once('idle', () => {
    window.bench.idleAt = performance.now();
  });
});

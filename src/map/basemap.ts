/**
 * The optional base map of `site.json`: none (the default: the district's own context layer),
 * raster tiles (e.g. 天地图 with its key in `{tk}`), a MapLibre style URL, or a PMTiles file.
 */
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BaseMapConfig } from '../data/types';
import { BASE } from './style/colors';

export interface BaseMapPart {
  /** a style URL to start from, or null to start from an empty style */
  styleUrl: string | null;
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  /** attribution text for the base map, shown as text */
  attribution: string | null;
  /** whether the pmtiles:// protocol must be registered */
  needsPmtiles: boolean;
}

const withKey = (urls: string[], key?: string) =>
  urls.map((u) => (key ? u.replaceAll('{tk}', encodeURIComponent(key)) : u));

export function baseMapPart(cfg: BaseMapConfig | undefined, dark: boolean): BaseMapPart {
  const background: LayerSpecification = {
    id: 'background',
    type: 'background',
    paint: { 'background-color': dark ? BASE.backgroundDark : BASE.background },
  };
  const none: BaseMapPart = {
    styleUrl: null,
    sources: {},
    layers: [background],
    attribution: null,
    needsPmtiles: false,
  };
  if (!cfg || cfg.type === 'none') return none;
  if (cfg.type === 'raster') {
    const common = { type: 'raster' as const, tileSize: cfg.tileSize ?? 256, maxzoom: cfg.maxzoom ?? 18 };
    const sources: Record<string, SourceSpecification> = {
      basemap: { ...common, tiles: withKey(cfg.tiles, cfg.key) },
    };
    const layers: LayerSpecification[] = [background, { id: 'basemap', type: 'raster', source: 'basemap' }];
    if (cfg.overlay?.length) {
      sources['basemap-overlay'] = { ...common, tiles: withKey(cfg.overlay, cfg.key) };
      layers.push({ id: 'basemap-overlay', type: 'raster', source: 'basemap-overlay' });
    }
    return { styleUrl: null, sources, layers, attribution: cfg.attribution ?? null, needsPmtiles: false };
  }
  if (cfg.type === 'style') return { ...none, layers: [], styleUrl: cfg.url };
  // PMTiles raster or vector archive: drawn as a raster base when it holds images; vector PMTiles
  // are better given as a `style` whose sources use the pmtiles:// URL.
  return {
    styleUrl: null,
    sources: {
      basemap: { type: 'raster', url: `pmtiles://${new URL(cfg.url, document.baseURI).href}`, tileSize: 256 },
    },
    layers: [background, { id: 'basemap', type: 'raster', source: 'basemap' }],
    attribution: cfg.attribution ?? null,
    needsPmtiles: true,
  };
}

/** An empty style with our sources and layers on it, without `glyphs` (labels use local fonts). */
export function emptyStyle(part: BaseMapPart, globalState: StyleSpecification['state']): StyleSpecification {
  return { version: 8, sources: part.sources, layers: part.layers, state: globalState };
}

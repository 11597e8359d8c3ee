/**
 * Layers drawn from one PMTiles archive instead of GeoJSON (site.json `layers_pmtiles`, made by
 * `npm run tiles`): one vector source holds every layer as a tile layer named by the layer id, so
 * the registry's specs only change source (and gain `source-layer`). Large data sets then load
 * only the tiles in view, by HTTP Range from any static host.
 */
import type { LayerSpecification, Map as MapLibreMap, VectorSourceSpecification } from 'maplibre-gl';
import type { LayerEntry } from '../catalogue/types';
import { hasLabelPoints, labelSource } from '../data/derive';
import { DATA_BASE, type DataError } from '../data/load';
import type { SiteConfig } from '../data/types';

export const TILED_SOURCE = 'layers-pmtiles';

/** The vector source of the archive site.json names, or null when it names none. */
export function tiledSource(site: SiteConfig, baseURI: string): VectorSourceSpecification | null {
  if (!site.layers_pmtiles) return null;
  const url = new URL(site.layers_pmtiles, new URL(DATA_BASE, baseURI)).href;
  return { type: 'vector', url: `pmtiles://${url}`, promoteId: 'id' };
}

/** A registry spec reading `layerIds`' GeoJSON sources, rewritten to read the archive instead. */
export function tiledSpec(spec: LayerSpecification, layerIds: ReadonlySet<string>): LayerSpecification {
  if (!('source' in spec) || typeof spec.source !== 'string' || !layerIds.has(spec.source)) return spec;
  return { ...spec, source: TILED_SOURCE, 'source-layer': spec.source } as LayerSpecification;
}

/** The tile layers the archive must hold for these entries: each layer, and the zones' label points. */
export function tileLayerIds(entries: readonly LayerEntry[]): string[] {
  return entries.flatMap((d) => (hasLabelPoints(d) ? [d.id, labelSource(d.id)] : [d.id]));
}

/**
 * Names the archive on screen (`report`) when it cannot be read, or when its metadata lack a tile
 * layer the catalogue draws — an archive cut by an older `npm run tiles` (no zone label points) or
 * from other data: the map would draw without those layers and say nothing.
 */
export function watchArchive(
  map: MapLibreMap,
  file: string,
  expected: readonly string[],
  report: (e: DataError) => void,
): void {
  const problem = (code: string, en: string, zh: string): DataError => ({
    file,
    problems: [{ path: file, location: '$', severity: 'error', code, message_en: en, message_zh: zh }],
  });
  const onData = (e: { sourceId?: string; sourceDataType?: string }) => {
    if (e.sourceId !== TILED_SOURCE || e.sourceDataType !== 'metadata') return;
    // Read once; a tile that fails later is MapLibre's to retry, not a broken archive.
    map.off('sourcedata', onData);
    map.off('error', onError);
    const has = new Set(
      (map.getSource(TILED_SOURCE) as { vectorLayerIds?: string[] } | undefined)?.vectorLayerIds,
    );
    const missing = expected.filter((id) => !has.has(id));
    if (missing.length)
      report(
        problem(
          'archive-layers',
          `no tile layer ${missing.map((m) => `"${m}"`).join(', ')}: cut by an older \`npm run tiles\` or from other data — run \`npm run tiles\` on this folder again`,
          `缺少瓦片图层 ${missing.map((m) => `"${m}"`).join('、')}：由旧版 \`npm run tiles\` 生成或来自其他数据，请对该数据文件夹重新运行 \`npm run tiles\``,
        ),
      );
  };
  map.on('sourcedata', onData);
  const onError = (event: object) => {
    const e = event as { sourceId?: string; error?: Error };
    if (e.sourceId !== TILED_SOURCE) return;
    map.off('error', onError);
    map.off('sourcedata', onData);
    const why = e.error?.message ?? String(e.error);
    report(
      problem(
        'unreadable-file',
        `the PMTiles archive could not be read (${why}); the works are not drawn`,
        `无法读取 PMTiles 瓦片包（${why}），各类项目未能绘制`,
      ),
    );
  };
  map.on('error', onError);
}

/**
 * The catalogue's layers on one MapLibre map: sources and style layers built per entry (shapes in
 * catalogue order, then every label on top, highest rank placed first), shown or hidden with
 * `visibility` (never removed), re-derived for a new language or scale by applying only the
 * layout and paint properties that differ.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Catalogue } from '../catalogue/catalogue';
import type { LayerEntry } from '../catalogue/types';
import { hasLabelPoints, labelPointsOf } from '../data/derive';
import type { LayerId } from '../data/types';
import type { MapLabel } from './adapter';
import { withSharedProgram } from './sharedPrograms';
import { buildEntry, labelRank, labelSource } from './style/draw';
import type { StyleContext } from './style/styles';
import { tiledSpec, tileLayerIds } from './tiledLayers';

const propsOf = (spec: LayerSpecification, kind: 'layout' | 'paint'): Record<string, unknown> =>
  (spec as unknown as Record<string, Record<string, unknown> | undefined>)[kind] ?? {};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export class CatalogueLayers {
  private specs = new Map<LayerId, LayerSpecification[]>();
  readonly featureById = new Map<string, { layer: LayerId; feature: Feature }>();
  readonly entries: readonly LayerEntry[];
  /** The layers' data once they are in (the map starts without them); null until then. */
  private data: ReadonlyMap<LayerId, FeatureCollection> | null = null;
  private added = false;

  constructor(
    private readonly map: MapLibreMap,
    catalogue: Catalogue,
  ) {
    this.entries = catalogue.layers;
  }

  private labelData(def: LayerEntry, data: FeatureCollection | undefined): FeatureCollection {
    return (data && labelPointsOf(def, data)) ?? EMPTY;
  }

  /**
   * The layers' data, checked: indexed by id, and drawn (into the sources when they exist, else
   * when `add` makes them). A layer that is not in the map stays empty.
   */
  setData(layers: ReadonlyMap<LayerId, FeatureCollection>, tiled: boolean) {
    this.data = layers;
    this.featureById.clear();
    for (const def of this.entries) {
      const data = layers.get(def.id);
      for (const f of data?.features ?? []) {
        const id = f.properties?.id;
        if (typeof id === 'string') this.featureById.set(id, { layer: def.id, feature: f });
      }
      // Drawn from PMTiles, the shapes and the zones' label points are all in the archive.
      if (!this.added || tiled) continue;
      (this.map.getSource(def.id) as GeoJSONSource | undefined)?.setData(data ?? EMPTY);
      if (hasLabelPoints(def))
        (this.map.getSource(labelSource(def.id)) as GeoJSONSource | undefined)?.setData(
          this.labelData(def, data),
        );
    }
  }

  /** Adds every source and layer; returns the id of the lowest label layer (overlays go below it). */
  add(ctx: StyleContext, visible: ReadonlySet<LayerId>, tiled: boolean): string | undefined {
    const { map } = this;
    this.added = true;
    for (const def of this.entries) {
      const data = this.data?.get(def.id);
      if (tiled) continue;
      map.addSource(def.id, { type: 'geojson', data: data ?? EMPTY, promoteId: 'id' });
      if (hasLabelPoints(def))
        map.addSource(labelSource(def.id), { type: 'geojson', data: this.labelData(def, data) });
    }
    const all = this.entries.flatMap((def) => this.build(def, ctx).map((spec) => ({ def, spec })));
    const shapes = all.filter((x) => x.spec.type !== 'symbol');
    const labels = all
      .filter((x) => x.spec.type === 'symbol')
      .sort((a, b) => labelRank(a.def) - labelRank(b.def));
    const tiledIds = new Set<string>(tiled ? tileLayerIds(this.entries) : []);
    for (const { def, spec: built } of [...shapes, ...labels]) {
      const spec = tiledSpec(built, tiledIds);
      map.addLayer({
        ...spec,
        layout: { ...spec.layout, visibility: visible.has(def.id) ? 'visible' : 'none' },
      } as LayerSpecification);
    }
    return labels[0]?.spec.id;
  }

  /** The entry's layers for a context, each drawn with its type's shared program. */
  private build(def: LayerEntry, ctx: StyleContext): LayerSpecification[] {
    const specs = buildEntry(def, ctx).map(withSharedProgram);
    this.specs.set(def.id, specs);
    return specs;
  }

  /** The label points of these zone layers inside `[w, s, e, n]`, as the text alternative lists them. */
  labelsInView(zones: readonly LayerEntry[], [w, s, e, n]: number[], lang: 'zh' | 'en'): MapLabel[] {
    const out: MapLabel[] = [];
    for (const def of zones) {
      const data = this.data?.get(def.id);
      for (const f of (data && labelPointsOf(def, data)?.features) ?? []) {
        const [x, y] = f.geometry.coordinates;
        const id = String(f.properties?.id ?? '');
        if (id && x >= w && x <= e && y >= s && y <= n)
          out.push({
            id,
            layer: def.id,
            text: String(f.properties?.[lang === 'en' ? 'name_en' : 'name'] ?? ''),
          });
      }
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** Style layers a click can hit: the shapes of the visible zones and works (no labels). */
  interactiveIds(visible: ReadonlySet<LayerId>): string[] {
    return this.entries
      .filter((d) => d.role !== 'context' && visible.has(d.id))
      .flatMap((d) => (this.specs.get(d.id) ?? []).filter((s) => s.type !== 'symbol').map((s) => s.id));
  }

  setVisible(visible: ReadonlySet<LayerId>) {
    for (const def of this.entries) {
      const v = visible.has(def.id) ? 'visible' : 'none';
      for (const spec of this.specs.get(def.id) ?? [])
        if (this.map.getLayoutProperty(spec.id, 'visibility') !== v)
          this.map.setLayoutProperty(spec.id, 'visibility', v);
    }
  }

  /** Re-derives every layer's specs for a new language or scale and applies only what differs. */
  setContext(ctx: StyleContext) {
    for (const def of this.entries) {
      const before = new Map((this.specs.get(def.id) ?? []).map((s) => [s.id, s]));
      for (const spec of this.build(def, ctx)) {
        const old = before.get(spec.id);
        if (!old) continue;
        for (const kind of ['layout', 'paint'] as const) {
          const next = propsOf(spec, kind);
          const prev = propsOf(old, kind);
          for (const [k, v] of Object.entries(next)) {
            if (JSON.stringify(v) === JSON.stringify(prev[k])) continue;
            // Names and values come from specs the catalogue built, so they are valid by construction.
            if (kind === 'layout') this.map.setLayoutProperty(spec.id, k as 'visibility', v as 'visible');
            else this.map.setPaintProperty(spec.id, k as 'fill-color', v as string);
          }
        }
      }
    }
  }
}

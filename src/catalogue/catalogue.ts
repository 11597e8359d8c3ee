/**
 * A checked catalogue and what is derived from it: layer order, fields per layer (site fields
 * merged in), zones and works, search and near-me lists. Every list that used to be copied by hand
 * is a function here, so a new catalogue entry reaches all of them.
 */
import type { CatalogueFile, FieldDef, LayerEntry, MeasureDef, NearMeGroupDef, Where } from './types';

/** The measure every layer has: how many features (works, plots, lines) it holds. */
export const FEATURES = 'features';
const FEATURE_COUNT: MeasureDef = {
  id: FEATURES,
  kind: 'count',
  label: { zh: '项目', en: 'Items' },
  unit: { zh: '处', en: 'items' },
};

export class Catalogue {
  readonly layers: readonly LayerEntry[];
  readonly ids: readonly string[];
  private readonly byId: Map<string, LayerEntry>;
  private readonly fieldCache = new Map<string, FieldDef[]>();

  constructor(readonly file: CatalogueFile) {
    this.layers = file.layers;
    this.ids = file.layers.map((l) => l.id);
    this.byId = new Map(file.layers.map((l) => [l.id, l]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): LayerEntry | undefined {
    return this.byId.get(id);
  }

  /** Zones and works carry the site fields; a layer's own field of the same key replaces it. */
  fields(id: string): FieldDef[] {
    const cached = this.fieldCache.get(id);
    if (cached) return cached;
    const e = this.byId.get(id);
    if (!e) return [];
    const own = new Map(e.fields.map((f) => [f.key, f]));
    const site = e.role === 'context' ? [] : this.file.site_fields.filter((f) => !own.has(f.key));
    const out = [...site, ...e.fields];
    this.fieldCache.set(id, out);
    return out;
  }

  field(id: string, key: string): FieldDef | undefined {
    return this.fields(id).find((f) => f.key === key);
  }

  /** A measure of a layer; every layer also has `features` (a count of its features) unless it defines its own. */
  measure(id: string, measureId: string): MeasureDef | undefined {
    const e = this.byId.get(id);
    return (
      e?.measures.find((m) => m.id === measureId) ?? (e && measureId === FEATURES ? FEATURE_COUNT : undefined)
    );
  }

  /**
   * The measure a link's `measure=layer.measure` names and the layer it belongs to, when it exists
   * and filters its layer (has a `where`): the only measures that narrow what the map shows.
   */
  filteringMeasure(
    ref: string | null | undefined,
  ): { layer: string; measure: MeasureDef; where: NonNullable<MeasureDef['where']> } | null {
    const [layer, id] = ref?.split('.') ?? [];
    const measure = layer && id ? this.measure(layer, id) : undefined;
    return measure?.where ? { layer, measure, where: measure.where } : null;
  }

  /** The measures the layer and zone panels show (the first is the layer's headline figure). */
  panelMeasures(id: string): MeasureDef[] {
    const ms = (this.byId.get(id)?.measures ?? []).filter((m) => m.panel !== false);
    return ms.length ? ms : [FEATURE_COUNT];
  }

  /** Layers that are renewal works (counted in zones, listed near a resident). */
  get works(): LayerEntry[] {
    return this.layers.filter((l) => l.role === 'work');
  }

  get zones(): LayerEntry[] {
    return this.layers.filter((l) => l.role === 'zone');
  }

  /** Zones and works: every layer whose features are sites with ids, names and statuses. */
  get sites(): LayerEntry[] {
    return this.layers.filter((l) => l.role !== 'context');
  }

  /** The layer whose features are the priority areas (what the `area` field of a site names). */
  get areaLayer(): string | undefined {
    return this.file.site_fields.find((f) => f.key === 'area')?.layer;
  }

  /** The priority areas' ids, from the area layer's id field. */
  get areaIds(): string[] {
    const layer = this.areaLayer;
    const values = layer ? this.field(layer, 'id')?.values : undefined;
    return values ? Object.keys(values) : [];
  }

  /** Layers in the resident's near-me list, by their tie rank. */
  get nearMe(): LayerEntry[] {
    return this.layers
      .filter((l) => l.near_me)
      .sort((a, b) => (a.near_me?.rank ?? 0) - (b.near_me?.rank ?? 0));
  }

  /**
   * The layers shown for a link's `layers=` list, in draw order: all for null; the known ones of
   * the list; all again when the list names none that exist (a link from another data set).
   */
  visible(layers: readonly string[] | null): string[] {
    if (layers === null) return [...this.ids];
    const kept = this.ids.filter((id) => layers.includes(id));
    return kept.length === 0 && layers.length > 0 ? [...this.ids] : kept;
  }

  /** The `layers=` value for a set of shown layers: null (the default, no parameter) when all are shown. */
  linkLayers(shown: readonly string[]): string[] | null {
    const kept = this.ids.filter((id) => shown.includes(id));
    return kept.length === this.ids.length ? null : kept;
  }

  /**
   * The resident's groups, in the order shown: the catalogue's `near_me_groups` that some layer
   * names, then one group for each near-me layer that names none (called by the layer's name).
   */
  get nearMeGroups(): Array<NearMeGroupDef & { layers: string[] }> {
    const near = this.nearMe;
    const named = (this.file.near_me_groups ?? []).map((g) => ({
      ...g,
      layers: near.filter((l) => l.near_me?.group === g.id).map((l) => l.id),
    }));
    const own = near
      .filter((l) => !named.some((g) => g.id === l.near_me?.group))
      .map((l) => ({ id: l.id, name: l.name, layers: [l.id] }));
    return [...named.filter((g) => g.layers.length > 0), ...own];
  }

  get searchable(): LayerEntry[] {
    return this.layers.filter((l) => l.search);
  }
}

/** Whether a feature's properties pass a `where` (no `where`: always). */
export function matches(where: Where | undefined, props: Record<string, unknown>): boolean {
  if (!where) return true;
  const v = props[where.field];
  return typeof v === 'string' && where.in.includes(v);
}

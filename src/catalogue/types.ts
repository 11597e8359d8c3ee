/**
 * The layer catalogue (`layers.json` in the data folder) as types: one entry per layer, in draw
 * order, saying everything the app knows about a layer — its name, geometry, role, fields,
 * measures, how it is drawn, its legend, and how search and the resident's list use it.
 * The rules that check a catalogue are in `./check.ts`; docs/DATA.md explains every key.
 */
import type { GeometryType as AnyGeometryType } from '../data/validate/geometry';

export interface LocalizedText {
  zh: string;
  en: string;
}

/** A geometry type a layer may take (any of GeoJSON's but a collection). */
export type GeometryType = Exclude<AnyGeometryType, 'GeometryCollection'>;

/** `context`: the district's own base map; `zone`: areas that works are counted in; `work`: renewal works. */
export type LayerRole = 'context' | 'zone' | 'work';

/** A tiny filter: the feature's `field` is one of `in`. */
export interface Where {
  field: string;
  in: string[];
}

export type FieldType =
  | 'id'
  | 'text'
  | 'texts'
  | 'enum'
  | 'ref'
  | 'status'
  | 'year'
  | 'month'
  | 'int'
  | 'positive'
  | 'number'
  | 'money';

export interface FieldDef {
  key: string;
  type: FieldType;
  label: LocalizedText;
  required?: boolean;
  /** enum: value → its label */
  values?: Record<string, LocalizedText>;
  /** ref: the layer whose feature ids the value names */
  layer?: string;
  /** ref: null is allowed */
  nullable?: boolean;
  /** int: bounds (default min 0) */
  min?: number;
  max?: number;
  /** money: 万元 or 亿元 */
  money_unit?: 'wan' | 'yi';
  /** a number's unit, e.g. 部, 栋 */
  unit?: LocalizedText;
  /** how a value is written beyond its type: 户 grouping, a decade */
  format?: 'households' | 'decade';
}

export type MeasureKind = 'count' | 'sum' | 'length' | 'area';

export interface MeasureDef {
  id: string;
  kind: MeasureKind;
  /** sum: the numeric field added up */
  field?: string;
  /** only features matching this */
  where?: Where;
  label: LocalizedText;
  unit: LocalizedText;
  /** false: not shown in the layer and zone panels (still usable in captions and targets) */
  panel?: boolean;
}

/** A colour, or a colour per value of a field. */
export type Paint = string | { by: string; values: Record<string, string>; default: string };

export interface LabelDef {
  size: number;
  rank: number;
  minzoom?: number;
  bold?: boolean;
  color?: string;
  /** zones: the label shows the computed area in 亩 */
  with_area?: boolean;
  /** zones: the label may move off its point to make room for a higher-ranked one */
  avoid?: boolean;
}

export type DrawDef =
  | { kind: 'context' }
  | {
      kind: 'zone';
      color: Paint;
      tint?: number;
      width?: number;
      casing?: boolean;
      inner?: boolean;
      label?: LabelDef;
    }
  | { kind: 'polygon'; fill: Paint; outline?: Paint; outline_width?: number; label?: LabelDef }
  | {
      kind: 'line';
      color: Paint;
      width?: number;
      casing?: { where: Where; color: string; label: LocalizedText };
      label?: LabelDef;
    }
  | { kind: 'point'; color: Paint; glyph?: string; glyph_minzoom?: number; label?: LabelDef };

export type SwatchDef =
  | { kind: 'fill'; fill: string; outline: string }
  | { kind: 'line'; color: string; dashed?: boolean; casing?: string }
  | { kind: 'point'; fill: string; stroke: string };

export interface LegendDef {
  label: LocalizedText;
  swatch: SwatchDef;
}

export interface LayerEntry {
  id: string;
  name: LocalizedText;
  role: LayerRole;
  geometry: GeometryType[] | 'any';
  /** features carry a status and follow the status filter and the year view */
  status: boolean;
  /** its works dig, close roads or cut supply (the resident's "when does it disturb me") */
  disturbs?: boolean;
  /**
   * What its works may cut or close, in plain words, by a field's value ("可能临时停水" for water
   * pipes); shown on the resident's timeline. Without it the timeline says the works may disturb.
   */
  disturbance?: { by: string; values: Record<string, LocalizedText>; default: LocalizedText };
  draw: DrawDef;
  /** explicit legend items; without them the legend is derived from `draw` */
  legend?: LegendDef[];
  /** the layer's own fields; zones and works also have the catalogue's `site_fields` */
  fields: FieldDef[];
  measures: MeasureDef[];
  search?: { fields: string[]; where?: Where };
  /**
   * In the resident's near-me list. `rank` breaks distance ties (lower first); `container`: listed
   * only when the place lies inside (a zone); `home`: the place inside one is "my community";
   * `group_by`: a ref field its items are grouped by (lifts by community); `group`: the id of
   * the catalogue's `near_me_groups` entry it is listed in (without it: a group of its own);
   * `measure`: the measure the resident's summary states (default: its first panel measure);
   * `merge_within`: works of this layer whose lines run along each other within this many metres
   * are one row (power and telecom lines put underground in the same street).
   */
  near_me?: {
    rank: number;
    container?: boolean;
    home?: boolean;
    group_by?: string;
    group?: string;
    measure?: string;
    merge_within?: number;
  };
  rules?: { required_ids?: string[]; single_feature?: boolean; declared_area_field?: string };
}

/** A group of the resident's answer (电梯 · 道路和管线施工 · 公园和绿地 · 片区), in the order shown. */
export interface NearMeGroupDef {
  id: string;
  name: LocalizedText;
}

export interface CatalogueFile {
  site_fields: FieldDef[];
  layers: LayerEntry[];
  near_me_groups?: NearMeGroupDef[];
}

/**
 * The configuration files' schema as TypeScript types (site.json, targets.json, tour.json). The
 * layers' own schema is the layer catalogue, layers.json (src/catalogue/). The runtime rules live in
 * `src/data/validate/` and are shared by the app and the `npm run validate` CLI; docs/DATA.md
 * explains every field.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const STATUSES = ['planned', 'under_construction', 'completed'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * A layer's id: an entry of the layer catalogue (`layers.json`), whose data file is `<id>.geojson`.
 * Which layers exist, their fields and measures are data, not types: see src/catalogue/.
 */
export type LayerId = string;
/** A priority area's id (a feature id of the catalogue's area layer). */
export type AreaId = string;

/** Properties every site feature has (the catalogue's `site_fields`). */
export interface SiteProps {
  id: string;
  name: string;
  name_en?: string;
  /** The priority area the feature lies in, or null. Null for the areas themselves. */
  area: AreaId | null;
  status: Status;
  /** Year the works were or will be completed, 2022–2030. */
  year: number;
  /** `YYYY-MM` */
  start?: string;
  /** `YYYY-MM` */
  end?: string;
  summary?: string;
  summary_en?: string;
  /** 万元; null = not published (never 0). */
  investment_wan?: number | null;
}

export type SiteFeature<P extends SiteProps = SiteProps> = Feature<Geometry, P>;
export type SiteCollection<P extends SiteProps = SiteProps> = FeatureCollection<Geometry, P>;

export interface LocalizedText {
  zh: string;
  en: string;
}

export type BaseMapConfig =
  | { type: 'none' }
  | {
      type: 'raster';
      /** Tile URL templates; `{tk}` is replaced by `key`. */
      tiles: string[];
      /** A second set drawn on top (e.g. 天地图 annotation `cva_w`). */
      overlay?: string[];
      key?: string;
      tileSize?: number;
      maxzoom?: number;
      attribution?: string;
    }
  | { type: 'style'; url: string }
  | { type: 'pmtiles'; url: string; attribution?: string };

export interface CameraConfig {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** `site.json`: the data set as a whole. */
export interface SiteConfig {
  title: LocalizedText;
  programme: LocalizedText;
  district: LocalizedText;
  /** True for the default, hand-placed data set: every mode shows a badge. */
  illustrative: boolean;
  /** `YYYY-MM-DD`: the date the statuses are true on. */
  as_of: string;
  attribution: string[];
  camera: CameraConfig;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
  basemap: BaseMapConfig;
  /**
   * Optional: a PMTiles archive in the data folder (`npm run tiles`) the map draws the layers
   * from, one tile layer per layer id, instead of the GeoJSON files (which the panels still read,
   * unless `layers_summary` names the archive's summary).
   */
  layers_pmtiles?: string;
  /**
   * Optional, with `layers_pmtiles`: the summary `npm run tiles` wrote next to the archive
   * (src/data/summary/): the panels read it instead of the GeoJSON files.
   */
  layers_summary?: string;
  /** Optional: who residents can ask, as `tel:` links (src/data/validate/contacts.ts). */
  contacts?: Contact[];
  /**
   * Optional: the map's public address (http/https), for the end slide's QR code to resident mode;
   * without it, the address the page was opened at.
   */
  share_url?: string;
}

export interface Contact {
  name: LocalizedText;
  tel: string;
  /** the resident's groups it is shown in (`home`: "my community"); absent: all */
  groups?: string[];
}

/** How a target is counted in the data. */
export interface TargetRule {
  layer: LayerId;
  /**
   * A measure of the layer in the catalogue (`count`, `households`, `lifts`, `km` …). The older
   * `sum` (with `property`) and `length_km` are still read, as the catalogue measure they name.
   */
  measure: string;
  property?: string;
  /** only works in this zone (an area's or the pilot zone's id); absent or null: the whole district */
  zone?: string | null;
  /** the older name of `zone` */
  area?: AreaId | null;
}

export interface Target {
  id: string;
  level: 'city' | 'district' | 'area';
  label: LocalizedText;
  value: number;
  /** 'count' | 'households' | 'wan_yuan' | 'km' */
  unit: 'count' | 'households' | 'wan_yuan' | 'km';
  by: number;
  /** null: the data set cannot count it (context only, e.g. city-wide targets). */
  rule: TargetRule | null;
  /** 'at_least' (≥) or 'more_than' (>) as the speech says it */
  comparison: 'at_least' | 'more_than';
}

export interface TrackRecord {
  label: LocalizedText;
  /** the layer whose works the record counts (default: the first district target's counted layer) */
  layer?: LayerId;
  years: number[];
  communities: number;
}

/** `targets.json` */
export interface TargetsConfig {
  targets: Target[];
  track_record: TrackRecord[];
}

/** One step of the presenter's tour (`tour.json`). Caption placeholders like `{pilot.mu}` are filled from the data. */
export interface TourStep {
  id: string;
  /** 'view' (default): a camera and a caption; 'playback': the programme year by year; 'targets': the targets board */
  kind?: 'view' | 'playback' | 'targets';
  title: LocalizedText;
  caption: LocalizedText;
  /** playback: the caption for a year after the data's `as_of` (what is expected, "预计"), when it differs */
  caption_future?: LocalizedText;
  /** a camera, or `fit` feature ids to frame */
  camera?: CameraConfig;
  fit?: string[];
  /** layers shown during the step (default: all) */
  layers?: LayerId[];
  /** feature ids ringed on the map */
  highlight?: string[];
  /** playback: first and last year */
  years?: [number, number];
  /** false: no legend on this step (default: a legend of the step's layers and statuses) */
  legend?: boolean;
  /** the speaker's notes, shown only in the presenter view (S) */
  notes?: LocalizedText;
}

/** `tour.json` */
export interface TourConfig {
  steps: TourStep[];
}

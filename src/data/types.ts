/**
 * The data set's schema as TypeScript types. The runtime rules that enforce it live in
 * `src/data/validate/` and are shared by the app and the `npm run validate` CLI.
 * See ../shared/design/DATA.md for the meaning of every field.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export const STATUSES = ['planned', 'under_construction', 'completed'] as const;
export type Status = (typeof STATUSES)[number];

export const AREA_IDS = ['stairway', 'power-plant', 'city-origin', 'hill-lane'] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Layers whose features are renewal sites (they carry the common site properties). */
export const SITE_LAYER_IDS = [
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'elevators',
  'pipelines',
  'riverside',
] as const;
export type SiteLayerId = (typeof SITE_LAYER_IDS)[number];

/** Every GeoJSON layer, drawn bottom to top in this order. */
export const LAYER_IDS = ['context', ...SITE_LAYER_IDS] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const PIPELINE_KINDS = ['power', 'telecom', 'water', 'drainage', 'gas', 'heating'] as const;
export type PipelineKind = (typeof PIPELINE_KINDS)[number];
export const PIPELINE_METHODS = ['underground', 'replace', 'new'] as const;
export type PipelineMethod = (typeof PIPELINE_METHODS)[number];
export const RIVERSIDE_USES = ['leisure', 'commerce', 'entertainment', 'green', 'plaza'] as const;
export type RiversideUse = (typeof RIVERSIDE_USES)[number];
export const CONTEXT_KINDS = ['district', 'river', 'road', 'hill', 'landmark'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

/** Properties every site feature has (DATA.md, "Properties every site feature has"). */
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

export interface AreaProps extends SiteProps {
  theme: string;
  theme_en?: string;
  households: number;
  /** 亿元; null = not published ("X 亿元" in the speech). */
  investment_yi: number | null;
  measures: string[];
}
export interface PilotZoneProps extends SiteProps {
  declared_mu: number;
  households: number;
  measures?: string[];
}
export interface CommunityProps extends SiteProps {
  households: number;
  buildings: number;
  /** Decade built, e.g. 1980 */
  built: number;
  measures: string[];
}
export interface PocketParkProps extends SiteProps {
  facilities: string[];
}
export interface ElevatorProps extends SiteProps {
  /** id of a feature in communities.geojson */
  community: string;
  building: string;
  units: number;
  floors: number;
  households_served: number;
}
export interface PipelineProps extends SiteProps {
  kind: PipelineKind;
  method: PipelineMethod;
}
export interface RiversideProps extends SiteProps {
  use: RiversideUse;
}
export interface ContextProps {
  id: string;
  kind: ContextKind;
  name?: string;
  name_en?: string;
  /** roads: 'primary' | 'secondary' | 'street' */
  class?: string;
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
   * from, one tile layer per layer id, instead of the GeoJSON files (which the panels still read).
   */
  layers_pmtiles?: string;
}

/** How a target is counted in the data. */
export interface TargetRule {
  layer: SiteLayerId;
  /** count features, or sum a numeric property */
  measure: 'count' | 'sum' | 'length_km';
  property?: string;
  /** only features in this area (or null for all) */
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
  /** a camera, or `fit` feature ids to frame */
  camera?: CameraConfig;
  fit?: string[];
  /** layers shown during the step (default: all) */
  layers?: LayerId[];
  /** feature ids ringed on the map */
  highlight?: string[];
  /** playback: first and last year */
  years?: [number, number];
}

/** `tour.json` */
export interface TourConfig {
  steps: TourStep[];
}

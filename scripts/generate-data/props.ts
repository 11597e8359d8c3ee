/**
 * The properties of the default data set's layers as TypeScript types, for the generators that
 * write them (the app reads layers through the catalogue, public/geo/layers.json; these types only
 * keep the generators honest). The enumerations mirror the catalogue's, and a unit test checks that.
 */
import type { SiteProps } from '../../src/data/types';

export const PIPELINE_KINDS = ['power', 'telecom', 'water', 'drainage', 'gas', 'heating'] as const;
export type PipelineKind = (typeof PIPELINE_KINDS)[number];
export const PIPELINE_METHODS = ['underground', 'replace', 'new'] as const;
export type PipelineMethod = (typeof PIPELINE_METHODS)[number];
export const RIVERSIDE_USES = ['leisure', 'commerce', 'entertainment', 'green', 'plaza'] as const;
export type RiversideUse = (typeof RIVERSIDE_USES)[number];
export const CONTEXT_KINDS = ['district', 'river', 'road', 'hill', 'landmark'] as const;
export type ContextKind = (typeof CONTEXT_KINDS)[number];

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

/** The default data set's four priority areas (the catalogue's area layer lists the same ids). */
export const AREA_IDS = ['stairway', 'power-plant', 'city-origin', 'hill-lane'] as const;
export type AreaId = (typeof AREA_IDS)[number];

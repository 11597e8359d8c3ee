import type { Dataset } from '../data/load';

/** What every mode's entry component gets: the loaded data (the map comes from `useMapController`). */
export interface ModeProps {
  dataset: Dataset;
}

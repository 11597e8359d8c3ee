import type { Dataset } from '../data/load';
import type { MapController } from '../map/controller';

/** What every mode's entry component gets: the loaded data and the map (null until it exists). */
export interface ModeProps {
  dataset: Dataset;
  map: MapController | null;
}

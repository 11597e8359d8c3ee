/**
 * The map controller for the modes, through React context: App provides the controller MapView made
 * (null until the map exists), and a mode's component reads it with `useMapController()` instead of
 * being handed a `map` prop down every level.
 */
import { createContext, useContext } from 'react';
import type { MapController } from './controller';

export const MapContext = createContext<MapController | null>(null);

/** The map controller, or null while the map is being made (or could not be). */
export function useMapController(): MapController | null {
  return useContext(MapContext);
}

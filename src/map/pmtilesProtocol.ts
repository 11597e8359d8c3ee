/** Registers the `pmtiles://` protocol, loaded only when site.json asks for a PMTiles base map. */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;
export function registerPmtiles(): void {
  if (registered) return;
  registered = true;
  addProtocol('pmtiles', new Protocol().tile);
}

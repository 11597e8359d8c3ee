/** Registers the `pmtiles://` protocol, loaded only when site.json names a PMTiles archive (base map or layers). */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;
export function registerPmtiles(): void {
  if (registered) return;
  registered = true;
  // With its metadata the archive's TileJSON lists its tile layers (`vector_layers`), which the
  // map checks against the catalogue (./tiledLayers.ts `watchArchive`): one small range request.
  addProtocol('pmtiles', new Protocol({ metadata: true }).tile);
}

/**
 * The hatch pattern drawn over "under construction" polygons: thin dark diagonal stripes on
 * transparency, so it reads on every fill colour.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function addHatchImage(map: MapLibreMap, pixelRatio: number): void {
  const size = 8;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data.set(onStripe ? [60, 50, 30, 150] : [0, 0, 0, 0], i);
    }
  }
  if (!map.hasImage('hatch'))
    map.addImage('hatch', { width: size, height: size, data }, { pixelRatio: Math.min(pixelRatio, 2) / 2 });
}

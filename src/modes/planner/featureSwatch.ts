/** The legend swatch of one feature: its layer's, in the hue of its kind, area or use (from the catalogue). */
import type { Feature } from 'geojson';
import type { Catalogue } from '../../catalogue/catalogue';
import { swatchOfFeature } from '../../catalogue/legend';
import type { SwatchDef } from '../../catalogue/types';

export function featureSwatch(catalogue: Catalogue, layer: string, f: Feature): SwatchDef {
  const e = catalogue.get(layer);
  return e ? swatchOfFeature(e, f.properties ?? {}) : { kind: 'fill', fill: '#999999', outline: '#666666' };
}

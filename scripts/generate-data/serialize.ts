/** Pretty but compact JSON: one feature per line, coordinates already rounded to 6 decimals. */
import type { Feature } from 'geojson';

export function featureCollectionText(features: Feature[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

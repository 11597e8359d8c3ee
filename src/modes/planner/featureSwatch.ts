/** The legend swatch of one feature: its layer's, in the hue of its kind, area or use. */
import type { Feature } from 'geojson';
import type { AreaId, LayerId, PipelineKind, RiversideUse } from '../../data/types';
import { AREA_COLORS, PILOT, PIPELINE_COLORS, RIVERSIDE_COLORS } from '../../layers/colors';
import { REGISTRY_BY_ID, type Swatch } from '../../layers/registry';

export function featureSwatch(layer: LayerId, f: Feature): Swatch {
  const p = f.properties ?? {};
  if (layer === 'areas') {
    const c = AREA_COLORS[p.id as AreaId] ?? '#666666';
    return { kind: 'fill', fill: c, outline: c };
  }
  if (layer === 'pilot-zone') return { kind: 'fill', fill: PILOT, outline: PILOT };
  if (layer === 'pipelines') {
    const color = PIPELINE_COLORS[p.kind as PipelineKind] ?? '#555555';
    return { kind: 'line', color, ...(p.method === 'underground' ? { casing: '#3b3b3b' } : {}) };
  }
  if (layer === 'riverside') {
    const c = RIVERSIDE_COLORS[p.use as RiversideUse] ?? '#888888';
    return { kind: 'fill', fill: c, outline: c };
  }
  return (
    REGISTRY_BY_ID.get(layer)?.legend[0]?.swatch ?? { kind: 'fill', fill: '#999999', outline: '#666666' }
  );
}

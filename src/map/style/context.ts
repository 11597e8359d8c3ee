/**
 * The district's own context layer (the default base map): outline, river, hills, roads,
 * landmarks, drawn from `context.geojson` by its `kind` property.
 */
import type { ExpressionSpecification, LayerSpecification } from '../maplibre';
import { BASE } from './colors';
import { label, type StyleContext } from './styles';

const kind = (k: string) => ['==', ['get', 'kind'], k] as ['==', ['get', string], string];

export function contextLayers(ctx: StyleContext, source = 'context'): LayerSpecification[] {
  const s = ctx.scale;
  // Width by road class, growing with zoom (zoom must be the input of the top-level interpolate).
  const roadWidth = (primary: number, secondary: number, street: number): ExpressionSpecification => {
    const byClass = (f: number): ExpressionSpecification => [
      'match',
      ['get', 'class'],
      'primary',
      primary * f * s,
      'secondary',
      secondary * f * s,
      street * f * s,
    ];
    return ['interpolate', ['exponential', 1.6], ['zoom'], 12, byClass(0.4), 16, byClass(2.2)];
  };
  return [
    {
      // The district drawn in the light background colour: invisible on the light theme, and on
      // the dark one (presenter) it is the lit land inside a dark surround.
      id: 'context-district-fill',
      type: 'fill',
      source,
      filter: kind('district'),
      paint: { 'fill-color': BASE.background, 'fill-opacity': ctx.dark ? 1 : 0 },
    },
    {
      id: 'context-hill',
      type: 'fill',
      source,
      filter: kind('hill'),
      paint: { 'fill-color': BASE.hill },
    },
    {
      id: 'context-hill-outline',
      type: 'line',
      source,
      filter: kind('hill'),
      paint: { 'line-color': BASE.hillOutline, 'line-width': 1 },
    },
    {
      id: 'context-river',
      type: 'fill',
      source,
      filter: kind('river'),
      paint: { 'fill-color': BASE.water },
    },
    {
      id: 'context-river-outline',
      type: 'line',
      source,
      filter: kind('river'),
      paint: { 'line-color': BASE.waterOutline, 'line-width': 1.2 * s },
    },
    {
      id: 'context-road-casing',
      type: 'line',
      source,
      filter: kind('road'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': BASE.roadCasing,
        'line-width': roadWidth(3.2, 2.4, 1.6),
      },
    },
    {
      id: 'context-road',
      type: 'line',
      source,
      filter: kind('road'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': BASE.road, 'line-width': roadWidth(2.4, 1.7, 1.0) },
    },
    {
      id: 'context-district',
      type: 'line',
      source,
      filter: kind('district'),
      paint: {
        'line-color': BASE.district,
        'line-width': 2 * s,
        'line-dasharray': ['literal', [4, 2, 1, 2]],
      },
    },
    {
      id: 'context-landmark',
      type: 'circle',
      source,
      filter: kind('landmark'),
      paint: {
        'circle-radius': 4 * s,
        'circle-color': BASE.landmark,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5 * s,
      },
    },
    label({
      id: 'context-road',
      source,
      ctx,
      size: 11,
      placement: 'line',
      filter: kind('road'),
      color: '#5a5246',
      minzoom: 14,
    }),
    label({ id: 'context-hill', source, ctx, size: 12, filter: kind('hill'), color: '#5d6b45' }),
    label({
      id: 'context-river',
      source,
      ctx,
      size: 14,
      filter: kind('river'),
      color: '#1f5f8b',
      placement: 'point',
    }),
    {
      ...label({
        id: 'context-landmark',
        source,
        ctx,
        size: 12,
        filter: kind('landmark'),
        color: BASE.landmark,
      }),
      layout: {
        ...label({ id: 'x', source, ctx, size: 12 }).layout,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
      },
    },
  ];
}

/**
 * MapLibre layers for one catalogue entry, by its drawing kind (`draw.kind` in layers.json):
 * `context` (the district's own base map), `zone` (outlined areas with a label at one point),
 * `polygon`, `line` and `point` works drawn by status as everywhere (planned dashed, under
 * construction hatched, completed solid). Colours are the entry's, one or one per field value.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import type { DrawDef, LabelDef, LayerEntry, Paint, Where } from '../../catalogue/types';
import { labelSource } from '../../data/derive';
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from '../maplibre';
import { contextLayers } from './context';
import {
  EFFECTIVE_STATUS,
  label,
  labelField,
  STATUS_FILTER,
  type StyleContext,
  statusPolygon,
} from './styles';

/** A Paint as a MapLibre colour: a literal, or a `match` on the field. */
export function paintExpr(p: Paint): string | ExpressionSpecification {
  if (typeof p === 'string') return p;
  return [
    'match',
    ['get', p.by],
    ...Object.entries(p.values).flat(),
    p.default,
  ] as unknown as ExpressionSpecification;
}

const whereExpr = (w: Where): ExpressionSpecification => ['in', ['get', w.field], ['literal', w.in]];
const always = (f: ExpressionSpecification): ExpressionSpecification => ['all', STATUS_FILTER, f];

export { labelSource };

function workLabel(e: LayerEntry, l: LabelDef | undefined, ctx: StyleContext): SymbolLayerSpecification[] {
  if (!l) return [];
  return [
    label({
      id: e.id,
      source: e.id,
      ctx,
      size: l.size,
      minzoom: l.minzoom,
      color: l.color,
      bold: l.bold,
      filter: e.status ? STATUS_FILTER : undefined,
      placement: e.draw.kind === 'line' ? 'line' : 'point',
    }),
  ];
}

function zoneLayers(
  e: LayerEntry,
  d: Extract<DrawDef, { kind: 'zone' }>,
  ctx: StyleContext,
): LayerSpecification[] {
  const color = paintExpr(d.color);
  const w = (d.width ?? 2.6) * ctx.scale;
  const out: LayerSpecification[] = [];
  if (d.tint)
    out.push({
      id: `${e.id}-fill`,
      type: 'fill',
      source: e.id,
      paint: { 'fill-color': color, 'fill-opacity': d.tint },
    });
  if (d.casing)
    out.push({
      id: `${e.id}-casing`,
      type: 'line',
      source: e.id,
      paint: { 'line-color': '#ffffff', 'line-width': w * 2 },
    });
  out.push({
    id: `${e.id}-outline`,
    type: 'line',
    source: e.id,
    paint: { 'line-color': color, 'line-width': w, 'line-opacity': 0.9 },
  });
  if (d.inner)
    out.push({
      id: `${e.id}-inner`,
      type: 'line',
      source: e.id,
      paint: {
        'line-color': color,
        'line-width': ctx.scale,
        'line-offset': 5 * ctx.scale,
        'line-opacity': 0.7,
      },
    });
  const l = d.label;
  if (l) {
    const base = label({
      id: e.id,
      source: labelSource(e.id),
      ctx,
      size: l.size,
      bold: l.bold,
      color: typeof d.color === 'string' ? d.color : undefined,
      field: labelField(ctx.lang, l.with_area ? 'label' : 'name'),
    });
    out.push({
      ...base,
      layout: {
        ...base.layout,
        // A zone inside another (the pilot zone in the stairway area) keeps its label; this one moves.
        ...(l.avoid
          ? {
              'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
              'text-radial-offset': 2.2,
              'text-justify': 'auto',
            }
          : {}),
      },
      paint: {
        ...base.paint,
        'text-color': paintExpr(d.color),
        'text-halo-width': 2 * (ctx.text ?? ctx.scale),
      },
    } as SymbolLayerSpecification);
  }
  return out;
}

function lineLayers(
  e: LayerEntry,
  d: Extract<DrawDef, { kind: 'line' }>,
  ctx: StyleContext,
): LayerSpecification[] {
  const color = paintExpr(d.color);
  const w = (d.width ?? 3) * ctx.scale;
  const f = (extra: ExpressionSpecification) => (e.status ? always(extra) : extra);
  const out: LayerSpecification[] = [];
  if (d.casing)
    out.push({
      id: `${e.id}-casing`,
      type: 'line',
      source: e.id,
      filter: f(whereExpr(d.casing.where)),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': d.casing.color, 'line-width': w * 2, 'line-opacity': 0.75 },
    });
  out.push({
    id: `${e.id}-line`,
    type: 'line',
    source: e.id,
    filter: f(['!=', EFFECTIVE_STATUS, 'planned']),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': color,
      'line-width': w,
      'line-opacity': ['match', EFFECTIVE_STATUS, 'completed', 1, 0.55],
    },
  });
  out.push({
    id: `${e.id}-planned`,
    type: 'line',
    source: e.id,
    filter: f(['==', EFFECTIVE_STATUS, 'planned']),
    paint: { 'line-color': color, 'line-width': w * (2.5 / 3), 'line-dasharray': ['literal', [1.5, 1.2]] },
  });
  return [...out, ...workLabel(e, d.label, ctx)];
}

function pointLayers(
  e: LayerEntry,
  d: Extract<DrawDef, { kind: 'point' }>,
  ctx: StyleContext,
): LayerSpecification[] {
  const c = paintExpr(d.color);
  const s = ctx.scale;
  const filter = e.status ? STATUS_FILTER : undefined;
  const out: LayerSpecification[] = [
    {
      id: `${e.id}-circle`,
      type: 'circle',
      source: e.id,
      ...(filter ? { filter } : {}),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 13, 2.5 * s, 15, 4.5 * s, 17, 8 * s],
        'circle-color': ['match', EFFECTIVE_STATUS, 'planned', '#ffffff', c] as ExpressionSpecification,
        'circle-opacity': ['match', EFFECTIVE_STATUS, 'under_construction', 0.55, 1],
        'circle-stroke-color': [
          'match',
          EFFECTIVE_STATUS,
          'planned',
          c,
          '#ffffff',
        ] as ExpressionSpecification,
        'circle-stroke-width': ['match', EFFECTIVE_STATUS, 'planned', 2 * s, 1.2 * s],
        'circle-stroke-opacity': 1,
      },
    },
  ];
  if (d.glyph)
    out.push({
      id: `${e.id}-arrow`,
      type: 'symbol',
      source: e.id,
      minzoom: d.glyph_minzoom ?? 15,
      ...(filter ? { filter } : {}),
      layout: {
        'text-field': d.glyph,
        'text-font': ['sans-serif'],
        'text-size': 11 * s,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': ['match', EFFECTIVE_STATUS, 'planned', c, '#ffffff'] as ExpressionSpecification,
      },
    });
  return [...out, ...workLabel(e, d.label, ctx)];
}

/** The MapLibre layers of one catalogue entry, on the source named by its id. */
export function buildEntry(e: LayerEntry, ctx: StyleContext): LayerSpecification[] {
  const d = e.draw;
  switch (d.kind) {
    case 'context':
      return contextLayers(ctx, e.id);
    case 'zone':
      return zoneLayers(e, d, ctx);
    case 'polygon':
      return [
        ...statusPolygon({
          id: e.id,
          source: e.id,
          fill: paintExpr(d.fill),
          outline: paintExpr(d.outline ?? d.fill),
          ctx,
          outlineWidth: d.outline_width,
        }),
        ...workLabel(e, d.label, ctx),
      ];
    case 'line':
      return lineLayers(e, d, ctx);
    case 'point':
      return pointLayers(e, d, ctx);
  }
}

/** An entry's label rank: a higher rank is placed first and wins collisions (context: 0). */
export function labelRank(e: LayerEntry): number {
  return 'label' in e.draw && e.draw.label ? e.draw.label.rank : 0;
}

/** Every entry's layers, in catalogue order. */
export function buildAll(c: Catalogue, ctx: StyleContext): Map<string, LayerSpecification[]> {
  return new Map(c.layers.map((e) => [e.id, buildEntry(e, ctx)]));
}

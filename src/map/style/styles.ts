/**
 * Builders for MapLibre layer specs shared by the registry's entries. Status is drawn the same
 * way on every layer, independent of hue (docs/VISUAL.md): planned = dashed outline only, under
 * construction = half-opacity fill with hatching, completed = solid fill.
 *
 * Filters and the year view read MapLibre global state (`statuses`, `year`), so changing them is
 * one `setGlobalStateProperty` call, not new filters or new data.
 */

import type { Lang } from '../../state/url';
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from '../maplibre';
import { BASE } from './colors';

export interface StyleContext {
  lang: Lang;
  /** 1 on a desk, larger on a presenter's screen: multiplies widths and text sizes. */
  scale: number;
  /** Multiplies label sizes (default: `scale`): the presenter's labels follow the screen height. */
  text?: number;
  /** Presenter theme: a dark surround outside the district, the district itself as usual. */
  dark?: boolean;
}

/** Fonts installed with the OS; MapLibre draws labels from them (no glyph server). */
export const FONT_STACK = ['Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', 'sans-serif'];
export const FONT_STACK_BOLD = [
  'Noto Sans CJK SC Bold',
  'Microsoft YaHei Bold',
  'PingFang SC Semibold',
  'sans-serif',
];

/** The status a feature had at the end of global-state `year`, or its own status when year is 0. */
export const EFFECTIVE_STATUS: ExpressionSpecification = [
  'case',
  ['==', ['global-state', 'year'], 0],
  ['get', 'status'],
  ['<=', ['to-number', ['get', 'year'], 9999], ['global-state', 'year']],
  'completed',
  [
    '<=',
    ['to-number', ['slice', ['to-string', ['coalesce', ['get', 'start'], '9999']], 0, 4], 9999],
    ['global-state', 'year'],
  ],
  'under_construction',
  'planned',
];

/**
 * A work is drawn when its status is shown and, with a zone filter on (`zoneOn`, from `zone=`),
 * when its id is one of the zone's works (`zoneIds`, from the metrics' membership rule).
 */
export const STATUS_FILTER: ExpressionSpecification = [
  'all',
  ['in', EFFECTIVE_STATUS, ['global-state', 'statuses']],
  [
    'any',
    ['!', ['to-boolean', ['global-state', 'zoneOn']]],
    ['in', ['to-string', ['get', 'id']], ['global-state', 'zoneIds']],
  ],
];

export const GLOBAL_STATE_DEFAULTS = {
  year: { default: 0 },
  statuses: { default: ['planned', 'under_construction', 'completed'] },
  zoneOn: { default: false },
  zoneIds: { default: [] as string[] },
};

const isStatus = (s: string): ExpressionSpecification => ['==', EFFECTIVE_STATUS, s];

export function labelField(lang: Lang, key = 'name'): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', `${key}_en`], ['get', key]] : ['get', key];
}

interface PolygonOptions {
  id: string;
  source: string;
  fill: string | ExpressionSpecification;
  outline: string | ExpressionSpecification;
  ctx: StyleContext;
  /** extra filter ANDed with the status filter */
  filter?: FilterSpecification;
  outlineWidth?: number;
  minzoom?: number;
}

/** Fill + hatch + solid and dashed outlines for a status-carrying polygon layer (rings: ../selection.ts). */
export function statusPolygon(o: PolygonOptions): LayerSpecification[] {
  const base = (extra?: ExpressionSpecification): FilterSpecification =>
    [
      'all',
      STATUS_FILTER,
      ...(o.filter ? [o.filter as ExpressionSpecification] : []),
      ...(extra ? [extra] : []),
    ] as FilterSpecification;
  const w = (o.outlineWidth ?? 1.2) * o.ctx.scale;
  const common = { source: o.source, ...(o.minzoom ? { minzoom: o.minzoom } : {}) };
  return [
    {
      id: `${o.id}-fill`,
      type: 'fill',
      ...common,
      filter: base(),
      paint: {
        'fill-color': o.fill,
        'fill-opacity': ['match', EFFECTIVE_STATUS, 'completed', 0.85, 'under_construction', 0.42, 0.1],
      },
    },
    {
      id: `${o.id}-hatch`,
      type: 'fill',
      ...common,
      filter: base(isStatus('under_construction')),
      paint: { 'fill-pattern': 'hatch' },
    },
    {
      id: `${o.id}-outline`,
      type: 'line',
      ...common,
      filter: base(['!=', EFFECTIVE_STATUS, 'planned']),
      paint: { 'line-color': o.outline, 'line-width': w },
    },
    {
      id: `${o.id}-outline-planned`,
      type: 'line',
      ...common,
      filter: base(isStatus('planned')),
      paint: { 'line-color': o.outline, 'line-width': w * 1.4, 'line-dasharray': ['literal', [2, 1.5]] },
    },
  ];
}

interface LabelOptions {
  id: string;
  source: string;
  ctx: StyleContext;
  size: number;
  color?: string;
  field?: ExpressionSpecification;
  minzoom?: number;
  filter?: FilterSpecification;
  bold?: boolean;
  placement?: 'point' | 'line';
}

export function label(o: LabelOptions): SymbolLayerSpecification {
  return {
    id: `${o.id}-label`,
    type: 'symbol',
    source: o.source,
    ...(o.minzoom ? { minzoom: o.minzoom } : {}),
    ...(o.filter ? { filter: o.filter } : {}),
    layout: {
      'text-field': o.field ?? labelField(o.ctx.lang),
      'text-font': o.bold ? FONT_STACK_BOLD : FONT_STACK,
      'text-size': o.size * (o.ctx.text ?? o.ctx.scale),
      'text-max-width': 8,
      'symbol-placement': o.placement ?? 'point',
      'text-padding': 2,
      ...(o.placement === 'line' ? { 'symbol-spacing': 320 } : {}),
    },
    paint: {
      'text-color': o.color ?? BASE.label,
      'text-halo-color': BASE.halo,
      'text-halo-width': 1.6 * (o.ctx.text ?? o.ctx.scale),
    },
  };
}

/**
 * The layer registry: one entry per layer id (= the file's base name in public/geo). Everything
 * about how a layer looks — its MapLibre layers, legend, label rank — is here, as data. The map
 * adapter (src/map) builds sources and layers from it; the layer panel builds its legend and
 * toggles from it. Adding a layer means adding an entry here (and a locale string).
 */
import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../data/types';
import {
  AREA_COLORS,
  BASE,
  COMMUNITY,
  ELEVATOR,
  PILOT,
  PIPELINE_COLORS,
  POCKET_PARK,
  RIVERSIDE_COLORS,
} from './colors';
import { contextLayers } from './contextLayers';
import {
  EFFECTIVE_STATUS,
  label,
  labelField,
  SELECTED,
  STATUS_FILTER,
  type StyleContext,
  selectionRing,
  statusPolygon,
} from './styles';

export type Swatch =
  | { kind: 'fill'; fill: string; outline: string }
  | { kind: 'line'; color: string; dashed?: boolean; casing?: string }
  | { kind: 'point'; fill: string; stroke: string };

export interface LegendItem {
  /** i18n key of the item's label */
  key: string;
  swatch: Swatch;
}

export interface LayerDef {
  id: LayerId;
  file: string;
  /** Features can be clicked and selected. */
  interactive: boolean;
  /** The layer's features carry a status and follow the status filter and year view. */
  hasStatus: boolean;
  /** Label at one computed point per feature (source `${id}-labels`), not per tile. */
  labelPoints?: boolean;
  /** Symbol layers are drawn above all others; a higher rank is placed first and wins collisions. */
  labelRank: number;
  legend: LegendItem[];
  build(ctx: StyleContext): LayerSpecification[];
}

const matchBy = (prop: string, colors: Record<string, string>, fallback: string): ExpressionSpecification =>
  ['match', ['get', prop], ...Object.entries(colors).flat(), fallback] as unknown as ExpressionSpecification;

const entries = <T extends string>(colors: Record<T, string>) => Object.entries(colors) as Array<[T, string]>;

export const REGISTRY: LayerDef[] = [
  {
    id: 'context',
    file: 'context.geojson',
    interactive: false,
    hasStatus: false,
    labelRank: 0,
    legend: [
      { key: 'legend.district', swatch: { kind: 'line', color: BASE.district, dashed: true } },
      { key: 'legend.river', swatch: { kind: 'fill', fill: BASE.water, outline: BASE.waterOutline } },
      { key: 'legend.road', swatch: { kind: 'line', color: BASE.road, casing: BASE.roadCasing } },
      { key: 'legend.hill', swatch: { kind: 'fill', fill: BASE.hill, outline: BASE.hillOutline } },
    ],
    build: contextLayers,
  },
  {
    id: 'areas',
    file: 'areas.geojson',
    interactive: true,
    hasStatus: false,
    labelPoints: true,
    labelRank: 100,
    legend: entries(AREA_COLORS).map(([id, color]) => ({
      key: `area.${id}`,
      swatch: { kind: 'fill', fill: `${color}22`, outline: color },
    })),
    build: (ctx) => [
      {
        id: 'areas-fill',
        type: 'fill',
        source: 'areas',
        paint: { 'fill-color': matchBy('id', AREA_COLORS, '#666'), 'fill-opacity': 0.07 },
      },
      {
        id: 'areas-outline',
        type: 'line',
        source: 'areas',
        paint: {
          'line-color': matchBy('id', AREA_COLORS, '#666'),
          'line-width': 2.6 * ctx.scale,
          'line-opacity': 0.9,
        },
      },
      selectionRing('areas', 'areas', ctx),
      {
        ...areaLabel(ctx),
        paint: {
          'text-color': matchBy('id', AREA_COLORS, '#333'),
          'text-halo-color': BASE.halo,
          'text-halo-width': 2 * ctx.scale,
        },
      },
    ],
  },
  {
    id: 'pilot-zone',
    file: 'pilot-zone.geojson',
    interactive: true,
    hasStatus: false,
    labelPoints: true,
    labelRank: 110,
    legend: [{ key: 'legend.pilotZone', swatch: { kind: 'line', color: PILOT, casing: '#ffffff' } }],
    build: (ctx) => [
      {
        id: 'pilot-zone-casing',
        type: 'line',
        source: 'pilot-zone',
        paint: { 'line-color': '#ffffff', 'line-width': 6 * ctx.scale },
      },
      {
        id: 'pilot-zone-outline',
        type: 'line',
        source: 'pilot-zone',
        paint: { 'line-color': PILOT, 'line-width': 3 * ctx.scale },
      },
      {
        id: 'pilot-zone-inner',
        type: 'line',
        source: 'pilot-zone',
        paint: {
          'line-color': PILOT,
          'line-width': 1 * ctx.scale,
          'line-offset': 5 * ctx.scale,
          'line-opacity': 0.7,
        },
      },
      selectionRing('pilot-zone', 'pilot-zone', ctx),
      label({
        id: 'pilot-zone',
        source: 'pilot-zone-labels',
        ctx,
        size: 13,
        color: PILOT,
        bold: true,
        field: labelField(ctx.lang, 'label'),
      }),
    ],
  },
  {
    id: 'communities',
    file: 'communities.geojson',
    interactive: true,
    hasStatus: true,
    labelRank: 40,
    legend: [
      { key: 'legend.community', swatch: { kind: 'fill', fill: COMMUNITY.fill, outline: COMMUNITY.outline } },
    ],
    build: (ctx) => [
      ...statusPolygon({
        id: 'communities',
        source: 'communities',
        fill: COMMUNITY.fill,
        outline: COMMUNITY.outline,
        ctx,
      }),
      label({
        id: 'communities',
        source: 'communities',
        ctx,
        size: 11.5,
        minzoom: 15,
        filter: STATUS_FILTER,
      }),
    ],
  },
  {
    id: 'pocket-parks',
    file: 'pocket-parks.geojson',
    interactive: true,
    hasStatus: true,
    labelRank: 50,
    legend: [
      {
        key: 'legend.pocketPark',
        swatch: { kind: 'fill', fill: POCKET_PARK.fill, outline: POCKET_PARK.outline },
      },
    ],
    build: (ctx) => [
      ...statusPolygon({
        id: 'pocket-parks',
        source: 'pocket-parks',
        fill: POCKET_PARK.fill,
        outline: POCKET_PARK.outline,
        ctx,
        outlineWidth: 1.5,
      }),
      label({
        id: 'pocket-parks',
        source: 'pocket-parks',
        ctx,
        size: 11.5,
        minzoom: 15.5,
        color: POCKET_PARK.outline,
        filter: STATUS_FILTER,
      }),
    ],
  },
  {
    id: 'riverside',
    file: 'riverside.geojson',
    interactive: true,
    hasStatus: true,
    labelRank: 45,
    legend: entries(RIVERSIDE_COLORS).map(([use, color]) => ({
      key: `use.${use}`,
      swatch: { kind: 'fill', fill: color, outline: color },
    })),
    build: (ctx) => [
      ...statusPolygon({
        id: 'riverside',
        source: 'riverside',
        fill: matchBy('use', RIVERSIDE_COLORS, '#888'),
        outline: matchBy('use', RIVERSIDE_COLORS, '#888'),
        ctx,
      }),
      label({ id: 'riverside', source: 'riverside', ctx, size: 11.5, minzoom: 15, filter: STATUS_FILTER }),
    ],
  },
  {
    id: 'pipelines',
    file: 'pipelines.geojson',
    interactive: true,
    hasStatus: true,
    labelRank: 20,
    legend: [
      ...entries(PIPELINE_COLORS).map(([kind, color]) => ({
        key: `kind.${kind}`,
        swatch: { kind: 'line' as const, color },
      })),
      {
        key: 'legend.underground',
        swatch: { kind: 'line', color: PIPELINE_COLORS.power, casing: '#3b3b3b' },
      },
    ],
    build: (ctx) => {
      const color = matchBy('kind', PIPELINE_COLORS, '#555');
      const f = (extra: ExpressionSpecification) => ['all', STATUS_FILTER, extra] as ExpressionSpecification;
      return [
        {
          id: 'pipelines-casing',
          type: 'line',
          source: 'pipelines',
          filter: f(['==', ['get', 'method'], 'underground']),
          layout: { 'line-cap': 'round' },
          paint: { 'line-color': '#3b3b3b', 'line-width': 6 * ctx.scale, 'line-opacity': 0.75 },
        },
        {
          id: 'pipelines-line',
          type: 'line',
          source: 'pipelines',
          filter: f(['!=', EFFECTIVE_STATUS, 'planned']),
          layout: { 'line-cap': 'round' },
          paint: {
            'line-color': color,
            'line-width': 3 * ctx.scale,
            'line-opacity': ['match', EFFECTIVE_STATUS, 'completed', 1, 0.55],
          },
        },
        {
          id: 'pipelines-planned',
          type: 'line',
          source: 'pipelines',
          filter: f(['==', EFFECTIVE_STATUS, 'planned']),
          paint: {
            'line-color': color,
            'line-width': 2.5 * ctx.scale,
            'line-dasharray': ['literal', [1.5, 1.2]],
          },
        },
        selectionRing('pipelines', 'pipelines', ctx),
      ];
    },
  },
  {
    id: 'elevators',
    file: 'elevators.geojson',
    interactive: true,
    hasStatus: true,
    labelRank: 30,
    legend: [
      { key: 'legend.elevator', swatch: { kind: 'point', fill: ELEVATOR.fill, stroke: ELEVATOR.stroke } },
    ],
    build: (ctx) => [
      {
        id: 'elevators-circle',
        type: 'circle',
        source: 'elevators',
        filter: STATUS_FILTER,
        paint: {
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            13,
            2.5 * ctx.scale,
            15,
            4.5 * ctx.scale,
            17,
            8 * ctx.scale,
          ],
          'circle-color': ['match', EFFECTIVE_STATUS, 'planned', '#ffffff', ELEVATOR.fill],
          'circle-opacity': ['match', EFFECTIVE_STATUS, 'under_construction', 0.55, 1],
          'circle-stroke-color': ['match', EFFECTIVE_STATUS, 'planned', ELEVATOR.fill, ELEVATOR.stroke],
          'circle-stroke-width': ['match', EFFECTIVE_STATUS, 'planned', 2 * ctx.scale, 1.2 * ctx.scale],
          'circle-stroke-opacity': 1,
        },
      },
      {
        id: 'elevators-selected',
        type: 'circle',
        source: 'elevators',
        paint: {
          'circle-radius': 11 * ctx.scale,
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': BASE.highlight,
          'circle-stroke-width': ['case', SELECTED, 3 * ctx.scale, 0],
        },
      },
      {
        id: 'elevators-arrow',
        type: 'symbol',
        source: 'elevators',
        minzoom: 15,
        filter: STATUS_FILTER,
        layout: {
          'text-field': '↑',
          'text-font': ['sans-serif'],
          'text-size': 11 * ctx.scale,
          'text-allow-overlap': true,
          'text-ignore-placement': true,
        },
        paint: { 'text-color': ['match', EFFECTIVE_STATUS, 'planned', ELEVATOR.fill, '#ffffff'] },
      },
    ],
  },
];

/**
 * An area's name, large, at its label point — or pushed off it when the pilot zone's label (placed
 * first) sits there: the stairway area contains the pilot zone.
 */
function areaLabel(ctx: StyleContext): SymbolLayerSpecification {
  const base = label({
    id: 'areas',
    source: 'areas-labels',
    ctx,
    size: 17,
    bold: true,
    field: labelField(ctx.lang),
  });
  return {
    ...base,
    layout: {
      ...base.layout,
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 2.2,
      'text-justify': 'auto',
    },
  };
}

export const REGISTRY_BY_ID = new Map(REGISTRY.map((d) => [d.id, d]));

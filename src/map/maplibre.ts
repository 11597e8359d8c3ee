/**
 * The one place that names MapLibre's style types for code that builds styles (src/map/style);
 * nothing outside src/map imports maplibre-gl.
 */
export type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';

/**
 * Fewer shader programs, faster first map.
 *
 * MapLibre compiles one WebGL program per layer type *and* per combination of which paint
 * properties are constant (uniforms) and which vary per feature (vertex attributes). Our layers
 * mix both freely, so the default map needed 25 programs; compiling them was most of the time from
 * style to first `idle` where WebGL runs in software (SwiftShader, many office PCs and cheap
 * phones), and a noticeable part on a real GPU.
 *
 * This rewrites the few paint properties that decide the program of each layer type so that they
 * always vary per feature: a constant `v` becomes `['case', ['has', NEVER], v, v]`, a zoom curve
 * gets the same at each stop. The drawn result is identical; every fill, line, circle and text
 * layer then shares one program per type (one more for dashed lines and one for hatched fills).
 * See README "Performance" for the measured effect.
 */
import type { LayerSpecification } from 'maplibre-gl';

/** A property no feature has: the `case` below always takes its fallback, which equals the value. */
const NEVER = '\u0000shared-program';

/** Per layer type, the paint properties that select its program, each with MapLibre's default. */
const PROGRAM_PROPS: Record<string, Record<string, unknown>> = {
  fill: { 'fill-color': '#000000', 'fill-opacity': 1, 'fill-outline-color': null },
  line: { 'line-color': '#000000', 'line-opacity': 1, 'line-width': 1 },
  circle: {
    'circle-color': '#000000',
    'circle-opacity': 1,
    'circle-radius': 5,
    'circle-stroke-color': '#000000',
    'circle-stroke-width': 0,
    'circle-stroke-opacity': 1,
  },
  symbol: { 'text-color': '#000000', 'text-halo-color': 'rgba(0, 0, 0, 0)', 'text-halo-width': 0 },
};

/** Expressions whose value depends on the feature (and so are drawn from vertex attributes). */
const FEATURE_OPS = new Set(['get', 'has', 'id', 'properties', 'feature-state', 'geometry-type']);

function dependsOnFeature(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  if (v[0] === 'literal') return false;
  if (typeof v[0] === 'string' && FEATURE_OPS.has(v[0])) return true;
  return v.some(dependsOnFeature);
}

const isZoomCurve = (v: unknown): v is unknown[] =>
  Array.isArray(v) &&
  (v[0] === 'interpolate' || v[0] === 'step') &&
  JSON.stringify(v[v[0] === 'step' ? 1 : 2]) === '["zoom"]';

const perFeature = (v: unknown): unknown => ['case', ['has', NEVER], v, v];

/**
 * Properties some of our layers draw per feature *and* per zoom (road widths by class, lift dots
 * growing with zoom): MapLibre gives those their own program, so every layer draws them that way.
 */
const PER_ZOOM = new Set(['line-width', 'circle-radius']);
const flatCurve = (v: unknown): unknown => ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];

/** The same paint value, drawn per feature. Leaves values it cannot safely rewrite as they are. */
export function sharedValue(value: unknown, property = ''): unknown {
  const usesZoom = JSON.stringify(value).includes('"zoom"');
  if (PER_ZOOM.has(property) && !usesZoom)
    return flatCurve(dependsOnFeature(value) ? value : perFeature(value));
  if (dependsOnFeature(value)) return value;
  if (isZoomCurve(value)) {
    // ['interpolate', type, ['zoom'], z, out, …] or ['step', ['zoom'], out0, z, out, …]
    const firstOutput = value[0] === 'step' ? 2 : 4;
    return value.map((x, i) => (i >= firstOutput && (i - firstOutput) % 2 === 0 ? perFeature(x) : x));
  }
  return usesZoom ? value : perFeature(value); // a zoom use we do not recognise stays as it is
}

/** The layer with its program-selecting paint properties drawn per feature. */
export function withSharedProgram<T extends LayerSpecification>(spec: T): T {
  const props = PROGRAM_PROPS[spec.type];
  const paint = (spec as { paint?: Record<string, unknown> }).paint ?? {};
  if (!props || 'fill-pattern' in paint) return spec;
  const next: Record<string, unknown> = { ...paint };
  for (const [k, fallback] of Object.entries(props)) {
    const v = k in paint ? paint[k] : fallback;
    if (v === null || v === undefined) continue; // e.g. fill-outline-color: follows fill-color
    next[k] = sharedValue(v, k);
  }
  // A fill's outline takes the fill colour unless set: make it explicit so that it is per feature too.
  if (spec.type === 'fill' && next['fill-outline-color'] === undefined)
    next['fill-outline-color'] = next['fill-color'];
  return { ...spec, paint: next } as T;
}

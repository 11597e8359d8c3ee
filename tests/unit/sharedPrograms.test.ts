import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { sharedValue, withSharedProgram } from '../../src/map/sharedPrograms';

const NEVER = '\u0000shared-program';

describe('shared shader programs', () => {
  it('draws a constant per feature with the same value on both branches', () => {
    expect(sharedValue('#ff0000')).toEqual(['case', ['has', NEVER], '#ff0000', '#ff0000']);
  });

  it('leaves values that already vary per feature alone', () => {
    const v = ['match', ['get', 'kind'], 'gas', '#a6761d', '#555'];
    expect(sharedValue(v)).toBe(v);
  });

  it('rewrites each output of a zoom curve, not its stops', () => {
    const v = ['interpolate', ['linear'], ['zoom'], 13, 2.5, 17, 8];
    expect(sharedValue(v, 'circle-radius')).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      13,
      ['case', ['has', NEVER], 2.5, 2.5],
      17,
      ['case', ['has', NEVER], 8, 8],
    ]);
  });

  it('gives line widths a flat zoom curve, so that they share the roads’ program', () => {
    expect(sharedValue(3, 'line-width')).toEqual([
      'interpolate',
      ['linear'],
      ['zoom'],
      0,
      ['case', ['has', NEVER], 3, 3],
      24,
      ['case', ['has', NEVER], 3, 3],
    ]);
  });

  it('fills in the defaults that select a program and makes a fill outline explicit', () => {
    const spec = withSharedProgram({
      id: 'x',
      type: 'fill',
      source: 's',
      paint: { 'fill-color': '#123456' },
    } as LayerSpecification) as { paint: Record<string, unknown> };
    expect(spec.paint['fill-opacity']).toEqual(['case', ['has', NEVER], 1, 1]);
    expect(spec.paint['fill-outline-color']).toEqual(spec.paint['fill-color']);
  });

  it('leaves hatched fills (their own program) and other layer types as they are', () => {
    const hatch = {
      id: 'h',
      type: 'fill',
      source: 's',
      paint: { 'fill-pattern': 'hatch' },
    } as LayerSpecification;
    expect(withSharedProgram(hatch)).toBe(hatch);
    const bg = { id: 'b', type: 'background', paint: { 'background-color': '#fff' } } as LayerSpecification;
    expect(withSharedProgram(bg)).toBe(bg);
  });
});

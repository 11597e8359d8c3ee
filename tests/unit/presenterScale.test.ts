/**
 * The presenter's map labels follow the screen: in present mode every label the styles draw is at
 * least 1/40 of the screen height (the rule every presenter text keeps), at 1080 and 2160 px high;
 * on a desk they keep their own size.
 */
import { describe, expect, it } from 'vitest';
import { buildAll } from '../../src/map/style/draw';
import { scaleFor, textScaleFor } from '../../src/map/style/scale';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

/** The text sizes of every label layer (name labels; the lift glyph is an icon, not text). */
function labelSizes(mode: 'present' | 'planner', height: number): Array<[string, number]> {
  const s = { mode };
  const ctx = { lang: 'zh' as const, scale: scaleFor(s, height), text: textScaleFor(s, height), dark: false };
  return [...buildAll(catalogue, ctx).values()].flat().flatMap((l) => {
    const size =
      l.type === 'symbol' ? (l.layout as Record<string, unknown> | undefined)?.['text-size'] : undefined;
    return l.id.endsWith('-label') && typeof size === 'number' ? [[l.id, size] as [string, number]] : [];
  });
}

describe('map labels in present mode', () => {
  it.each([1080, 2160])('at %i px high every label is at least 1/40 of the height', (h) => {
    const sizes = labelSizes('present', h);
    expect(sizes.length).toBeGreaterThan(5);
    for (const [id, size] of sizes) expect(size, id).toBeGreaterThanOrEqual(h / 40);
  });

  it('grow with the screen, and stay as designed on a desk', () => {
    const at = (mode: 'present' | 'planner', h: number) => new Map(labelSizes(mode, h));
    const big = at('present', 2160);
    const small = at('present', 1080);
    for (const [id, size] of small) expect(big.get(id), id).toBeCloseTo(size * 2, 6);
    expect(at('planner', 2160).get('areas-label')).toBe(17);
  });
});

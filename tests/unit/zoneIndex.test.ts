/**
 * The zones' members worked out in the data worker (src/metrics/zoneIndex.ts) and handed to the
 * page's Metrics: every figure must come out exactly as if the page had worked them out itself,
 * and an index that does not fit the data must be ignored, not trusted.
 */
import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/metrics/metrics';
import { zoneIndexOf } from '../../src/metrics/zoneIndex';
import { shippedCatalogue, shippedLayers } from './helpers/catalogue';

const catalogue = shippedCatalogue();
const layers = shippedLayers();

/** Every measure of every layer in every zone, as the panels ask for them. */
function everyFigure(m: Metrics) {
  const out: Record<string, unknown> = {};
  for (const def of catalogue.layers)
    for (const zone of m.zones.keys())
      for (const measure of def.measures)
        out[`${def.id}/${measure.id}/${zone}`] = m.value({
          layer: def.id,
          measure: measure.id,
          zone,
          year: 2026,
        });
  return out;
}

describe('zone index', () => {
  it('covers every layer in every zone, with the km of the lines', () => {
    const index = zoneIndexOf(new Metrics(catalogue, layers));
    const zones = new Metrics(catalogue, layers).zones.size;
    expect(zones).toBeGreaterThanOrEqual(5); // four areas and the pilot zone
    expect(index).toHaveLength(layers.size * zones);
    const pipes = index.filter((e) => e.layer === 'pipelines');
    expect(pipes.some((e) => e.members.length > 0)).toBe(true);
    for (const e of pipes) expect(e.km).toHaveLength(e.members.length);
    for (const e of index.filter((x) => x.layer === 'elevators')) expect(e.km).toBeNull();
  });

  it('a Metrics started with it gives every figure the page would work out itself', () => {
    const index = zoneIndexOf(new Metrics(catalogue, layers));
    // As the worker's message arrives: the layers and the index cloned, not shared.
    const cloned = structuredClone({ layers, index });
    const seeded = new Metrics(catalogue, cloned.layers, cloned.index);
    const own = new Metrics(catalogue, cloned.layers);
    const figures = everyFigure(own);
    expect(Object.keys(figures).length).toBeGreaterThan(50);
    expect(everyFigure(seeded)).toEqual(figures);
    // The seeded members are the page's own feature objects (a click on a figure selects them).
    const first = seeded.members('communities', 'pilot-zone')[0].feature;
    expect(cloned.layers.get('communities')?.features).toContain(first);
  });

  it('an index that does not fit the data is ignored', () => {
    const index = zoneIndexOf(new Metrics(catalogue, layers));
    const broken = index.map((e) => ({ ...e, members: e.members.map((i) => i + 100_000) }));
    const m = new Metrics(catalogue, layers, broken);
    expect(everyFigure(m)).toEqual(everyFigure(new Metrics(catalogue, layers)));
  });
});

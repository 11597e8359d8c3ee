/**
 * Fuzzed data through the validator: 240 seeded mutations of the shipped files (truncated JSON,
 * NaN/strings/huge numbers as coordinates, swapped axes, missing keys, 100k-deep nesting, a 20 MB
 * file, BOM, wrong types…). The validator must never throw, and a mutation that breaks a file must
 * come back as an error that names the file and says what is wrong.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_MUTATION_KINDS, dataMutations } from '../../scripts/fuzz/dataMutations';
import { hostileConfig, hostileLayer } from '../../scripts/fuzz/hostileText';
import { rng } from '../../scripts/fuzz/random';
import { formatProblem, validateDataset, validateLayerText } from '../../src/data/validate';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

const LAYER_FILES = [
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'elevators',
  'pipelines',
  'riverside',
  'context',
];
const CONFIG_FILES = ['site', 'targets', 'tour'];
const fileName = (id: string) => (CONFIG_FILES.includes(id) ? `${id}.json` : `${id}.geojson`);
const read = (id: string) =>
  readFileSync(new URL(`../../public/geo/${fileName(id)}`, import.meta.url), 'utf8');
const files = Object.fromEntries([...LAYER_FILES, ...CONFIG_FILES].map((id) => [id, read(id)]));

// 20 kinds × 11 files + 20 = 240 mutations, every kind on every file; the 20 MB kind only once per
// file (it is slow to build, not to validate).
const SEED = 20250930;
const mutations = dataMutations(files, 240, rng(SEED));

describe('fuzzed data files through the validator', () => {
  it('fuzzes every layer of the catalogue', () => {
    expect([...LAYER_FILES].sort()).toEqual([...catalogue.ids].sort());
  });

  it('covers every mutation kind on every file', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(200);
    expect(new Set(mutations.map((m) => m.kind)).size).toBe(DATA_MUTATION_KINDS.length);
    expect(new Set(mutations.map((m) => m.layerId)).size).toBe(11);
    expect(mutations.some((m) => m.text.length >= 20 * 1024 * 1024)).toBe(true);
  });

  mutations.forEach((m, i) => {
    it(`#${i} ${m.kind} of ${fileName(m.layerId)}`, () => {
      const file = fileName(m.layerId);
      const r = validateLayerText(file, m.text, m.layerId, catalogue);
      expect(Array.isArray(r.problems)).toBe(true);
      expect(r.problems.some((p) => p.code === 'internal-error')).toBe(false);
      for (const p of r.problems) {
        expect(p.path).toBe(file);
        expect(p.message_en.length).toBeGreaterThan(0);
        expect(p.message_zh.length).toBeGreaterThan(0);
        // A planner reads the line: it names the file and stays short even for a 20 MB input.
        const line = formatProblem(p);
        expect(line.startsWith(`${file}: `)).toBe(true);
        expect(line.length).toBeLessThan(1000);
      }
      if (m.breaks) expect(r.problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
      if (r.data !== null)
        expect(() =>
          validateDataset([{ path: file, layerId: m.layerId, data: r.data }], catalogue),
        ).not.toThrow();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  });
});

describe('hostile text is still valid data', () => {
  it.each(LAYER_FILES)('%s with HTML, javascript: links and 5,000-character names validates', (id) => {
    const r = validateLayerText(fileName(id), hostileLayer(files[id]), id, catalogue);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(CONFIG_FILES)('%s.json with hostile titles, captions and labels validates', (id) => {
    const text = hostileConfig(files[id]);
    expect(text).toContain('onerror=');
    const r = validateLayerText(fileName(id), text, id, catalogue);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatProblem,
  MAX_PROBLEMS_PER_FILE,
  validateDataset,
  validateLayerText,
} from '../../../src/data/validate';
import { parseJsonText } from '../../../src/data/validate/parseJson';
import { shippedCatalogue } from '../helpers/catalogue';
import { square } from './fixtures';

const catalogue = shippedCatalogue();

const HOSTILE: string[] = [
  '',
  'null',
  '42',
  '"text"',
  '[]',
  '{}',
  '{"type":"FeatureCollection"}',
  '{"type":"FeatureCollection","features":{}}',
  '{"type":"FeatureCollection","features":[null,1,"x",[],{}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature"}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":[],"geometry":[]}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":{}},"geometry":{"type":"Polygon","coordinates":[]}}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"Polygon","coordinates":[[]]}}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[null,null,null,null]]}}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[1e400,-1e400],[1,2],[3,4],[1,2]]]]}}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"__proto__":{"id":"x"},"toString":1},"geometry":{"type":"Point","coordinates":{"0":1,"1":2}}}]}',
  '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[{"type":"GeometryCollection","geometries":[]}]}]}]}]}]}}]}',
  `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":${'['.repeat(50000)}${']'.repeat(50000)}}}]}`,
  '[1,2',
];

describe('hostile input never throws', () => {
  const layers = [
    'communities',
    'areas',
    'pilot-zone',
    'elevators',
    'pipelines',
    'context',
    'nope',
    'layers',
    'site',
    'targets',
    'tour',
  ];
  HOSTILE.forEach((text, i) => {
    it(`input #${i} on every layer`, () => {
      for (const layer of layers) {
        const r = validateLayerText('f.json', text, layer, catalogue);
        expect(Array.isArray(r.problems)).toBe(true);
        expect(r.problems.every((p) => typeof formatProblem(p) === 'string')).toBe(true);
        expect(r.problems.some((p) => p.code === 'internal-error')).toBe(false);
        if (r.data !== null)
          expect(() =>
            validateDataset([{ path: 'f.json', layerId: layer, data: r.data }], catalogue),
          ).not.toThrow();
      }
    });
  });

  it('validateDataset survives garbage arguments', () => {
    expect(() => validateDataset(null as never, catalogue)).not.toThrow();
    expect(() =>
      validateDataset([null, 1, { path: 'x', layerId: 'areas', data: 5 }] as never, catalogue),
    ).not.toThrow();
  });

  it('an unknown layer id is reported', () => {
    const r = validateLayerText(
      'parks.geojson',
      '{"type":"FeatureCollection","features":[]}',
      'parks',
      catalogue,
    );
    expect(r.problems[0]).toMatchObject({ code: 'unknown-layer', location: '$' });
  });
});

describe('JSON syntax positions', () => {
  it.each([
    ['{"a":1,}', 1, 8],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['[1,2', 1, 5],
    ['\n\n  {"a": tru}', 3, 9],
    ["{'a': 1}", 1, 2],
  ])('%j → line %i, column %i', (text, line, column) => {
    const r = parseJsonText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.column]).toEqual([line, column]);
  });
});

describe('large input', () => {
  it('caps the problems of a broken file and stays fast', () => {
    const features = Array.from({ length: 20000 }, (_, i) => ({
      type: 'Feature',
      properties: { id: `c-${i}`, status: 'done' },
      geometry: {
        type: 'Polygon',
        coordinates: [square(101.7 + (i % 100) * 0.003, 26.5 + Math.floor(i / 100) * 0.003)],
      },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const t0 = Date.now();
    const { problems } = validateLayerText('big.geojson', text, 'communities', catalogue);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(problems.length).toBe(MAX_PROBLEMS_PER_FILE + 1);
    expect(problems.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'error', location: '$' });
  });

  it('checks a ~20 MB valid file in reasonable time', () => {
    const ring = Array.from({ length: 400 }, (_, k) => {
      const a = (2 * Math.PI * k) / 400;
      return [101.7 + 0.001 * Math.cos(a), 26.58 + 0.001 * Math.sin(a)];
    });
    ring.push(ring[0]);
    const features = Array.from({ length: 1500 }, (_, i) => ({
      type: 'Feature',
      properties: { id: `x-${i}`, kind: 'hill' },
      geometry: { type: 'Polygon', coordinates: [ring] },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    expect(text.length).toBeGreaterThan(15e6);
    const t0 = Date.now();
    const { problems } = validateLayerText('big.geojson', text, 'context', catalogue);
    expect(problems).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(20000);
  }, 30000);
});

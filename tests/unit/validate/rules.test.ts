import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Problem, validateDataset, validateLayerText } from '../../../src/data/validate';
import { shippedCatalogue } from '../helpers/catalogue';
import { AREAS, VALID } from './fixtures';

const catalogue = shippedCatalogue();

const DIR = 'tests/fixtures/invalid';

function check(file: string, layer: string): { data: unknown; problems: Problem[] } {
  const path = `${DIR}/${file}`;
  return validateLayerText(path, readFileSync(path, 'utf8'), layer, catalogue);
}

const errors = (ps: Problem[]) => ps.filter((p) => p.severity === 'error');

/** fixture → [layer, expected code, expected location (exact or prefix with `*`)] */
const CASES: Array<[string, string, string, string]> = [
  ['json-syntax.geojson', 'communities', 'json-syntax', 'line 3, column 1'],
  ['garbage.geojson', 'communities', 'json-syntax', 'line 1, column 1'],
  ['not-geojson.geojson', 'communities', 'not-geojson', '$'],
  ['wrong-geometry-type.geojson', 'pocket-parks', 'wrong-geometry-type', 'features[0].geometry.type'],
  ['unclosed-ring.geojson', 'communities', 'unclosed-ring', 'features[1].geometry.coordinates[0][3]'],
  ['short-ring.geojson', 'communities', 'short-ring', 'features[0].geometry.coordinates[0]'],
  ['self-intersection.geojson', 'communities', 'self-intersection', 'features[0].geometry'],
  [
    'out-of-range.geojson',
    'communities',
    'coordinate-out-of-range',
    'features[1].geometry.coordinates[0][2][0]',
  ],
  ['swapped-lonlat.geojson', 'communities', 'swapped-lonlat', 'features[0].geometry.coordinates[0][0]'],
  [
    'projected-coordinates.geojson',
    'communities',
    'projected-coordinates',
    'features[0].geometry.coordinates[0][0]',
  ],
  ['nan-coordinates.geojson', 'communities', 'bad-coordinate', 'features[0].geometry.coordinates[0][0][0]'],
  ['missing-property.geojson', 'communities', 'missing-property', 'features[0].properties.status'],
  ['bad-status.geojson', 'communities', 'bad-enum', 'features[1].properties.status'],
  ['bad-area.geojson', 'communities', 'bad-enum', 'features[0].properties.area'],
  ['bad-id.geojson', 'communities', 'bad-id', 'features[0].properties.id'],
  ['bad-year.geojson', 'communities', 'bad-year', 'features[0].properties.year'],
  ['bad-date.geojson', 'communities', 'bad-date', 'features[0].properties.start'],
  ['start-after-end.geojson', 'communities', 'start-after-end', 'features[0].properties.end'],
  ['bad-investment.geojson', 'communities', 'bad-value', 'features[0].properties.investment_wan'],
  ['duplicate-id.geojson', 'communities', 'duplicate-id', 'features[1].properties.id'],
  ['pilot-area-mismatch.geojson', 'pilot-zone', 'pilot-area-mismatch', 'features[0].properties.declared_mu'],
  ['wrong-feature-count.geojson', 'pilot-zone', 'feature-count', 'features'],
  ['bad-targets.json', 'targets', 'bad-enum', 'targets[0].rule.layer'],
  ['bad-targets.json', 'targets', 'bad-reference', 'targets[1].rule.property'],
  ['bad-site.json', 'site', 'missing-property', 'title.en'],
  ['bad-site.json', 'site', 'bad-value', 'bounds'],
  ['bad-site.json', 'site', 'bad-enum', 'basemap.type'],
  ['bad-tour.json', 'tour', 'bad-reference', 'steps[0].layers[1]'],
];

describe('per-file rules reject each fixture with the right code and location', () => {
  for (const [file, layer, code, location] of CASES) {
    it(`${file} → ${code} at ${location}`, () => {
      const { problems } = check(file, layer);
      expect(problems.map((p) => `${p.code} @ ${p.location}`)).toContain(`${code} @ ${location}`);
      expect(errors(problems).length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.path).toBe(`${DIR}/${file}`);
        expect(p.message_en.length).toBeGreaterThan(5);
        expect(p.message_zh).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('ring-winding is a warning only', () => {
    const { problems } = check('ring-winding.geojson', 'communities');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'warning',
      code: 'ring-winding',
      location: 'features[0].geometry.coordinates[0]',
    });
  });

  it('messages carry the planner hints', () => {
    const msg = (f: string, code: string) => check(f, 'communities').problems.find((p) => p.code === code);
    expect(msg('out-of-range.geojson', 'coordinate-out-of-range')?.message_en).toContain(
      'longitude 181.2 out of range −180…180',
    );
    expect(msg('swapped-lonlat.geojson', 'swapped-lonlat')?.message_en).toContain(
      'lon/lat swapped? GeoJSON is [longitude, latitude]',
    );
    expect(msg('swapped-lonlat.geojson', 'swapped-lonlat')?.message_zh).toContain(
      '经纬度顺序颠倒？GeoJSON 要求 [经度, 纬度]',
    );
    expect(msg('projected-coordinates.geojson', 'projected-coordinates')?.message_en).toContain(
      'CGCS2000 Gauss–Krüger',
    );
    expect(msg('json-syntax.geojson', 'json-syntax')?.message_en).toContain('trailing comma');
  });

  it('recognises projected coordinates without the zone prefix too', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'x', kind: 'landmark' },
          geometry: { type: 'Point', coordinates: [512345.6, 2941234.5] },
        },
      ],
    });
    const { problems } = validateLayerText('x.geojson', text, 'context', catalogue);
    expect(problems.map((p) => p.code)).toEqual(['projected-coordinates']);
  });
});

describe('cross-file rules', () => {
  const parse = (file: string) => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'));

  it('outside-area: a community outside its area, location on the first vertex outside', () => {
    const ps = validateDataset(
      [
        { path: 'areas.geojson', layerId: 'areas', data: AREAS },
        { path: 'outside-area.geojson', layerId: 'communities', data: parse('outside-area.geojson') },
      ],
      catalogue,
    );
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      code: 'outside-area',
      path: 'outside-area.geojson',
      location: 'features[0].geometry.coordinates[0][0]',
    });
  });

  it('outside-area tolerates a few metres on a shared edge and flags more', () => {
    const near = (dx: number) => ({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'p', area: 'stairway' },
          geometry: { type: 'Point', coordinates: [101.72 + dx, 26.59] },
        },
      ],
    });
    const run = (dx: number) =>
      validateDataset(
        [
          { path: 'a', layerId: 'areas', data: AREAS },
          { path: 'e', layerId: 'elevators', data: near(dx) },
        ],
        catalogue,
      );
    expect(run(0.00003)).toEqual([]); // ≈ 3 m outside
    expect(run(0.0002).map((p) => p.code)).toEqual(['outside-area']); // ≈ 20 m
  });

  it('dangling-community: an elevator pointing at a missing community', () => {
    const ps = validateDataset(
      [
        { path: 'communities.geojson', layerId: 'communities', data: VALID.communities },
        {
          path: 'dangling-community.geojson',
          layerId: 'elevators',
          data: parse('dangling-community.geojson'),
        },
      ],
      catalogue,
    );
    expect(ps.map((p) => `${p.code} @ ${p.location}`)).toEqual([
      'dangling-community @ features[0].properties.community',
    ]);
  });

  it('duplicate ids across files are reported on the later file', () => {
    const ps = validateDataset(
      [
        { path: 'a.geojson', layerId: 'communities', data: VALID.communities },
        { path: 'b.geojson', layerId: 'pocket-parks', data: VALID.communities },
      ],
      catalogue,
    );
    expect(ps.map((p) => `${p.path} ${p.code} @ ${p.location}`)).toEqual([
      'b.geojson duplicate-id @ features[0].properties.id',
      'b.geojson duplicate-id @ features[1].properties.id',
    ]);
  });

  it('targets and tour references must exist', () => {
    const targets = {
      targets: [
        {
          id: 't',
          rule: { layer: 'communities', measure: 'sum', property: 'households', area: 'hill-lane' },
        },
      ],
    };
    const ps = validateDataset(
      [
        {
          path: 'areas.geojson',
          layerId: 'areas',
          data: { type: 'FeatureCollection', features: AREAS.features.slice(0, 3) },
        },
        { path: 'targets.json', layerId: 'targets', data: targets },
        { path: 'tour.json', layerId: 'tour', data: parse('bad-tour.json') },
      ],
      catalogue,
    );
    expect(ps.map((p) => `${p.path} ${p.code} @ ${p.location}`)).toEqual([
      'targets.json bad-reference @ targets[0].rule.area',
      'tour.json bad-reference @ steps[0].highlight[0]',
    ]);
  });
});

describe('valid data passes', () => {
  for (const [layer, data] of Object.entries(VALID)) {
    it(`a valid ${layer} layer has no problems`, () => {
      expect(validateLayerText(`${layer}.geojson`, JSON.stringify(data), layer, catalogue).problems).toEqual(
        [],
      );
    });
  }

  it('the valid layers pass the cross-file rules together', () => {
    const files = Object.entries(VALID).map(([layerId, data]) => ({
      path: `${layerId}.geojson`,
      layerId,
      data,
    }));
    expect(validateDataset(files, catalogue)).toEqual([]);
  });

  it('accepts a UTF-8 BOM', () => {
    const { data, problems } = validateLayerText(
      'c.geojson',
      `\uFEFF${JSON.stringify(VALID.communities)}`,
      'communities',
      catalogue,
    );
    expect(problems).toEqual([]);
    expect(data).toEqual(VALID.communities);
  });
});

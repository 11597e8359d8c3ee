/**
 * Large files are validated in a stream, in batches (issue 16, point 3): the same problems as the
 * whole-file path, ids duplicated across batches found, syntax errors with line and column, and
 * one size limit shared with the importer.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../scripts/catalogue';
import { validateStreamed } from '../../../scripts/validate/stream';
import { validateLayerData } from '../../../src/data/validate/index';
import { MAX_FILE_BYTES } from '../../../src/data/validate/limits';
import { tmp } from '../import/helpers';

const CATALOGUE = loadCatalogue();

const point = (i: number, id = `c-${i}`) => ({
  type: 'Feature',
  properties: { id, kind: 'landmark', name: `点${i}` },
  geometry: { type: 'Point', coordinates: [101.7 + (i % 100) * 1e-4, 26.58 + Math.floor(i / 100) * 1e-4] },
});

describe('validate in a stream', () => {
  it('finds what the whole-file path finds, across batches of 5000', () => {
    const features: unknown[] = Array.from({ length: 12000 }, (_, i) => point(i));
    features[11000] = point(11000, 'c-3'); // duplicate of a feature two batches earlier
    features[7] = { ...point(7), geometry: { type: 'Point', coordinates: [226.58, 101.7] } };
    const data = { type: 'FeatureCollection', features };
    const path = join(tmp(), 'context.geojson');
    writeFileSync(path, JSON.stringify(data, null, 1));
    const streamed = validateStreamed(path, 'context', [], null);
    const whole = validateLayerData(path, data, 'context', CATALOGUE);
    const key = (p: { location: string; code: string }) => `${p.location} ${p.code}`;
    expect(streamed.map(key).sort()).toEqual(whole.map(key).sort());
    expect(streamed.find((p) => p.code === 'duplicate-id')?.message_en).toBe(
      'id "c-3" is already used by features[3]; ids must be unique',
    );
  });

  it('a syntax error deep in a large file has its line and column', () => {
    const path = join(tmp(), 'context.geojson');
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify(point(i)));
    lines[2500] = lines[2500].replace('"kind"', "'kind'");
    writeFileSync(path, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
    const p = validateStreamed(path, 'context', [], null);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({
      code: 'json-syntax',
      location: expect.stringMatching(/^line 2502, column \d+$/),
    });
    expect(p[0].message_en).toContain('double quotes');
  });

  it('one size limit: 256 MB for import and validate alike', () => {
    expect(MAX_FILE_BYTES).toBe(256 * 1024 * 1024);
  });
});

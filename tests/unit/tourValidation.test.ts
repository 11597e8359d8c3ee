import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DatasetFile, validateDataset, validateLayerText } from '../../src/data/validate';

const DIR = 'tests/fixtures/invalid';
const GEO = 'public/geo';

const where = (ps: Array<{ code: string; location: string; severity: string }>) =>
  ps.filter((p) => p.severity === 'error').map((p) => `${p.code} @ ${p.location}`);

/** The default data set as the app loads it, with `tour` standing in for tour.json. */
function datasetWith(tour: unknown): DatasetFile[] {
  const layers = [
    'context',
    'areas',
    'pilot-zone',
    'communities',
    'pocket-parks',
    'elevators',
    'pipelines',
    'riverside',
  ];
  return [
    ...layers.map((id) => ({
      path: `${id}.geojson`,
      layerId: id,
      data: JSON.parse(readFileSync(`${GEO}/${id}.geojson`, 'utf8')),
    })),
    { path: 'tour.json', layerId: 'tour', data: tour },
  ];
}

describe('tour.json validation', () => {
  const text = readFileSync(`${GEO}/tour.json`, 'utf8');

  it('the default tour has no problems, alone or with the data', () => {
    expect(validateLayerText('tour.json', text, 'tour').problems).toEqual([]);
    expect(validateDataset(datasetWith(JSON.parse(text)))).toEqual([]);
  });

  it('an unknown placeholder in a title or caption is an error, at its step, field and language', () => {
    const path = `${DIR}/tour-unknown-placeholder.json`;
    const { problems } = validateLayerText(path, readFileSync(path, 'utf8'), 'tour');
    expect(where(problems)).toEqual([
      'bad-reference @ steps[0].caption.zh',
      'bad-reference @ steps[1].title.zh',
      'bad-reference @ steps[1].caption.en',
    ]);
    expect(problems[0].message_en).toContain('{pilot.acres}');
    expect(problems[0].message_zh).toContain('{pilot.acres}');
  });

  it('an unknown feature id in fit or highlight, or an unknown layer, is an error', () => {
    const tour = JSON.parse(text);
    tour.steps[1].fit = ['no-such-area'];
    tour.steps[2].highlight = ['pilot-zone', 'no-such-zone'];
    tour.steps[3].layers = ['areas', 'parks'];
    expect(where(validateDataset(datasetWith(tour)))).toEqual([
      'bad-reference @ steps[1].fit[0]',
      'bad-reference @ steps[2].highlight[1]',
    ]);
    expect(where(validateLayerText('tour.json', JSON.stringify(tour), 'tour').problems)).toEqual([
      'bad-reference @ steps[3].layers[1]',
    ]);
  });
});

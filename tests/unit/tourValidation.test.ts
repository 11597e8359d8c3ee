import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type DatasetFile, validateDataset, validateLayerText } from '../../src/data/validate';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

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
    expect(validateLayerText('tour.json', text, 'tour', catalogue).problems).toEqual([]);
    expect(validateDataset(datasetWith(JSON.parse(text)), catalogue)).toEqual([]);
  });

  it('old-style placeholders ({pilot.mu}, {parks.total}) are refused, at their step, field and language', () => {
    const path = `${DIR}/tour-unknown-placeholder.json`;
    const { problems } = validateLayerText(path, readFileSync(path, 'utf8'), 'tour', catalogue);
    // every placeholder of that file has the old shape: one error each, none of them fills
    expect(where(problems)).toEqual([
      'bad-reference @ steps[0].caption.zh',
      'bad-reference @ steps[0].caption.zh',
      'bad-reference @ steps[0].caption.en',
      'bad-reference @ steps[0].caption.en',
      'bad-reference @ steps[1].title.zh',
      'bad-reference @ steps[1].caption.zh',
      'bad-reference @ steps[1].caption.en',
      'bad-reference @ steps[1].caption.en',
    ]);
    const acres = problems.find((p) => p.message_en.includes('{pilot.acres}'));
    expect(acres?.location).toBe('steps[0].caption.zh');
    expect(acres?.message_en).toContain('unknown layer "pilot"');
    expect(acres?.message_zh).toContain('{pilot.acres}');
    const nowhere = problems.find((p) => p.message_en.includes('{area.nowhere.parks}'));
    expect(nowhere?.message_en).toContain('placeholders look like {elevators.lifts@pilot-zone:completed}');
  });

  it('a placeholder of the new grammar: a wrong layer, measure or status, or none on works, is an error', () => {
    const tour = {
      steps: [
        {
          id: 'a',
          title: { zh: '示范区 {pilot-zone.mu@pilot-zone} 亩', en: 'Pilot zone' },
          caption: {
            zh: '已完成 {elevators.lifts@pilot-zone:completed} 部，共 {elevators.lifts@pilot-zone} 部',
            en: '{elevators.acres@pilot-zone:all} acres, {areas.mu:completed} mu, {elevators.lifts:done}',
          },
        },
        {
          id: 'b',
          title: { zh: '{pilot.lifts}', en: '{year}' },
          caption: { zh: '到 {year} 年', en: 'By {year}' },
        },
      ],
    };
    const { problems } = validateLayerText('tour.json', JSON.stringify(tour), 'tour', catalogue);
    expect(problems.map((p) => `${p.location}: ${p.message_en.split(';')[0]}`)).toEqual([
      expect.stringMatching(
        /^steps\[0\]\.caption\.zh: \{elevators\.lifts@pilot-zone\}: say which works you mean/,
      ),
      'steps[0].caption.en: {elevators.acres@pilot-zone:all}: layer "elevators" has no measure "acres"',
      'steps[0].caption.en: {areas.mu:completed}: layer "areas" has no status',
      'steps[0].caption.en: {elevators.lifts:done}: unknown status "done"',
      'steps[1].title.zh: {pilot.lifts}: unknown layer "pilot"',
    ]);
    expect(problems[0].message_en).toContain('add :completed, :under_construction, :planned or :all');
    expect(problems[0].message_zh).toContain('须写明状态');
  });

  it('a placeholder naming a zone the data does not have is an error with the data', () => {
    const tour = JSON.parse(text);
    tour.steps[2].caption.en += ' {elevators.lifts@no-such-zone:all}';
    expect(where(validateLayerText('tour.json', JSON.stringify(tour), 'tour', catalogue).problems)).toEqual(
      [],
    );
    const ps = validateDataset(datasetWith(tour), catalogue);
    expect(where(ps)).toEqual(['bad-reference @ steps[2].caption.en']);
    expect(ps[0].message_en).toContain('unknown zone "no-such-zone"; zones are district, stairway');
  });

  it('an unknown feature id in fit or highlight, or an unknown layer, is an error', () => {
    const tour = JSON.parse(text);
    tour.steps[1].fit = ['no-such-area'];
    tour.steps[2].highlight = ['pilot-zone', 'no-such-zone'];
    tour.steps[3].layers = ['areas', 'parks'];
    expect(where(validateDataset(datasetWith(tour), catalogue))).toEqual([
      'bad-reference @ steps[1].fit[0]',
      'bad-reference @ steps[2].highlight[1]',
    ]);
    expect(where(validateLayerText('tour.json', JSON.stringify(tour), 'tour', catalogue).problems)).toEqual([
      'bad-reference @ steps[3].layers[1]',
    ]);
  });
});

describe('tour.json: legend switch and speaker notes', () => {
  const text = readFileSync(`${GEO}/tour.json`, 'utf8');

  it('every shipped step has speaker notes in Chinese and English', () => {
    const tour = JSON.parse(text);
    for (const s of tour.steps) {
      expect(s.notes?.zh, s.id).toMatch(/\S/);
      expect(s.notes?.en, s.id).toMatch(/\S/);
    }
  });

  it('"legend" must be true or false and "notes" must have zh and en', () => {
    const tour = JSON.parse(text);
    tour.steps[0].legend = 'no';
    tour.steps[1].legend = false;
    tour.steps[2].notes = { zh: '只有中文' };
    tour.steps[3].notes = 'plain text';
    expect(where(validateLayerText('tour.json', JSON.stringify(tour), 'tour', catalogue).problems)).toEqual([
      'bad-type @ steps[0].legend',
      'missing-property @ steps[2].notes.en',
      'bad-type @ steps[3].notes',
    ]);
  });
});

describe('site.json: share_url', () => {
  const site = JSON.parse(readFileSync(`${GEO}/site.json`, 'utf8'));
  const check = (share_url: unknown) =>
    where(validateLayerText('site.json', JSON.stringify({ ...site, share_url }), 'site', catalogue).problems);

  it('an absolute http or https address is accepted; without it site.json is fine too', () => {
    expect(where(validateLayerText('site.json', JSON.stringify(site), 'site', catalogue).problems)).toEqual(
      [],
    );
    expect(check('https://map.example.gov.cn/renewal/')).toEqual([]);
    expect(check('http://10.0.0.5:8080/map/')).toEqual([]);
  });

  it('a relative path, another scheme, a number or spaces are refused at share_url', () => {
    for (const bad of ['map/index.html', 'javascript:alert(1)', 'ftp://x.cn/', 42, 'https://a b.cn/', ''])
      expect(check(bad), String(bad)).toEqual(['bad-value @ share_url']);
  });
});

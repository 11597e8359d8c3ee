import { readFileSync } from 'node:fs';
import { area, bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fillCaption, fillText, formatPlaceholder, tourNumbers } from '../../src/data/tour';
import { PLACEHOLDERS, placeholdersIn, unknownPlaceholders } from '../../src/data/tourPlaceholders';
import { LAYER_IDS, type LayerId, type TourConfig } from '../../src/data/types';
import { M2_PER_MU } from '../../src/data/units';
import { jumpTarget, keyAction } from '../../src/modes/presenter/keys';
import { paddingFor, stepBounds } from '../../src/modes/presenter/tourCamera';

const square = (x: number, y: number, d: number) => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];
const poly = (props: Record<string, unknown>, x: number, y: number, d: number): Feature => ({
  type: 'Feature',
  properties: props,
  geometry: { type: 'Polygon', coordinates: [square(x, y, d)] },
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** A tiny data set: one area with a pilot zone inside, two communities, one park, one line. */
function tinyLayers(): Map<LayerId, FeatureCollection> {
  const site = { status: 'completed', year: 2023 };
  return new Map<LayerId, FeatureCollection>([
    ['areas', fc(poly({ id: 'stairway', households: 8000, area: null }, 101.7, 26.5, 0.02))],
    [
      'pilot-zone',
      fc(poly({ id: 'pilot-zone', households: 2150, declared_mu: 230 }, 101.705, 26.505, 0.004)),
    ],
    [
      'communities',
      fc(
        poly({ id: 'c-1', area: 'stairway', households: 300, ...site, year: 2022 }, 101.706, 26.506, 0.001),
        poly(
          { id: 'c-2', area: 'stairway', households: 500, status: 'planned', year: 2026 },
          101.715,
          26.51,
          0.001,
        ),
      ),
    ],
    ['pocket-parks', fc(poly({ id: 'pp-1', area: 'stairway', ...site }, 101.712, 26.512, 0.0005))],
    [
      'pipelines',
      fc({
        type: 'Feature',
        properties: { id: 'pl-1', area: 'stairway', method: 'underground', status: 'planned', year: 2026 },
        geometry: {
          type: 'LineString',
          coordinates: [
            [101.7055, 26.507],
            [101.7085, 26.507],
          ],
        },
      }),
    ],
  ]);
}

describe('tour numbers', () => {
  const layers = tinyLayers();
  const at = tourNumbers(layers, 2025);
  const now = at(null);

  it('computes the pilot zone in 亩 from its geometry, not from declared_mu', () => {
    const m2 = area(layers.get('pilot-zone')?.features[0] as Feature);
    expect(now.get('pilot.mu')).toBeCloseTo(m2 / M2_PER_MU, 6);
    expect(now.get('pilot.mu')).not.toBe(230);
    expect(now.get('pilot.households')).toBe(2150);
  });

  it('counts works inside a zone by geometry and statuses at a year', () => {
    expect(now.get('pilot.communities')).toBe(1);
    expect(now.get('area.stairway.communities')).toBe(2);
    expect(now.get('communities.completed')).toBe(1);
    expect(now.get('communities.households')).toBe(800);
    expect(at(2027).get('communities.completed')).toBe(2);
    expect(at(2027).get('communities.households_completed')).toBe(800);
    expect(at(2022).get('parks.completed')).toBe(0);
    expect(at(2022).get('year')).toBe(2022);
    expect(now.get('year')).toBe(2025);
  });

  it('measures underground lines inside the pilot zone in km', () => {
    const km = now.get('pilot.underground_km') ?? 0;
    expect(km).toBeGreaterThan(0.29);
    expect(km).toBeLessThan(0.31);
  });

  it('leaves out what the data cannot give: its placeholder shows "?"', () => {
    expect(now.has('elevators.total')).toBe(false);
    expect(fillText('{elevators.total} 部', now, 'zh')).toBe('? 部');
  });

  it('only produces known placeholder names', () => {
    for (const name of now.keys()) expect(PLACEHOLDERS.has(name), name).toBe(true);
  });
});

describe('caption templating', () => {
  const numbers = new Map([
    ['pilot.mu', 230.04],
    ['pilot.households', 2150],
    ['pilot.underground_km', 5.234],
    ['year', 2024],
  ]);

  it('fills numbers in each language, grouped, with the decimals the placeholder wants', () => {
    expect(fillText('{pilot.mu} 亩，{pilot.households} 户', numbers, 'zh')).toBe('230 亩，2,150 户');
    expect(fillText('{pilot.underground_km} km by {year}', numbers, 'en')).toBe('5.2 km by 2024');
  });

  it('renders an unknown placeholder as a visible "?" and names it', () => {
    const parts = fillCaption('示范区 {pilot.acres} 亩', numbers, 'zh');
    expect(parts.map((p) => p.text).join('')).toBe('示范区 ? 亩');
    expect(parts[1]).toEqual({ kind: 'unknown', text: '?', name: 'pilot.acres' });
    expect(unknownPlaceholders('{pilot.acres} {pilot.mu} {pilot.acres} {}')).toEqual(['pilot.acres', '']);
  });

  it('keeps text without placeholders as it is, numbers as separate parts', () => {
    expect(fillCaption('没有数字', numbers, 'zh')).toEqual([{ kind: 'text', text: '没有数字' }]);
    expect(fillCaption('{pilot.households}', numbers, 'en')).toEqual([
      { kind: 'number', text: '2,150', name: 'pilot.households' },
    ]);
    expect(formatPlaceholder('pilot.ha', numbers, 'zh')).toBeNull();
  });
});

describe('the tour of the default data set', () => {
  const tour = JSON.parse(readFileSync('public/geo/tour.json', 'utf8')) as TourConfig;
  const layers = new Map(
    LAYER_IDS.map((id) => [id, JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8'))] as const),
  );
  const numbers = tourNumbers(layers, 2025)(null);

  it('has the steps the presenter needs, with only known placeholders and no typed numbers', () => {
    const ids = tour.steps.map((s) => s.id);
    for (const id of [
      'overview',
      'stairway',
      'power-plant',
      'city-origin',
      'hill-lane',
      'pilot-zone',
      'riverside',
    ])
      expect(ids).toContain(id);
    expect(tour.steps.some((s) => s.kind === 'playback')).toBe(true);
    expect(tour.steps.some((s) => s.kind === 'targets')).toBe(true);
    for (const s of tour.steps)
      for (const text of [s.title.zh, s.title.en, s.caption.zh, s.caption.en]) {
        expect(unknownPlaceholders(text), text).toEqual([]);
        // Digits belong in placeholders: the text between them has none.
        expect(text.replace(/\{[^{}]*\}/g, ''), text).not.toMatch(/\d/);
      }
  });

  it('fills every caption of the default data with numbers, none left as "?"', () => {
    for (const s of tour.steps) {
      const text = fillText(s.caption.zh, numbers, 'zh');
      expect(text, s.id).not.toContain('?');
      expect(placeholdersIn(s.caption.zh).length + (s.kind === 'targets' ? 1 : 0), s.id).toBeGreaterThan(0);
    }
    expect(numbers.get('pilot.mu')).toBeGreaterThan(230 * 0.99);
    expect(numbers.get('pilot.mu')).toBeLessThan(230 * 1.01);
  });
});

describe('presenter keys', () => {
  it('maps clicker and PowerPoint keys to actions', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' '])
      expect(keyAction({ key }, false)?.kind).toBe('next');
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp'])
      expect(keyAction({ key }, false)?.kind).toBe('prev');
    expect(keyAction({ key: 'Home' }, false)?.kind).toBe('first');
    expect(keyAction({ key: 'End' }, false)?.kind).toBe('last');
    expect(keyAction({ key: 'b' }, false)).toEqual({ kind: 'blank', color: 'black' });
    expect(keyAction({ key: 'W' }, false)).toEqual({ kind: 'blank', color: 'white' });
    expect(keyAction({ key: 'Escape' }, false)?.kind).toBe('escape');
    expect(keyAction({ key: '7' }, false)).toEqual({ kind: 'digit', digit: '7' });
    expect(keyAction({ key: 'Enter' }, true)?.kind).toBe('jump');
    expect(keyAction({ key: 'Enter' }, false)?.kind).toBe('next');
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(keyAction({ key: 'r', ctrlKey: true }, false)).toBeNull();
    expect(keyAction({ key: 'ArrowRight', altKey: true }, false)).toBeNull();
    expect(keyAction({ key: 'q' }, false)).toBeNull();
  });

  it('jumps by the number people count (1-based), within the tour', () => {
    expect(jumpTarget('1', 9)).toBe(0);
    expect(jumpTarget('9', 9)).toBe(8);
    expect(jumpTarget('10', 9)).toBeNull();
    expect(jumpTarget('0', 9)).toBeNull();
    expect(jumpTarget('', 9)).toBeNull();
  });
});

describe('tour camera', () => {
  it('frames the union of the fitted features', () => {
    const features = new Map([
      ['a', poly({}, 1, 2, 1)],
      ['b', poly({}, 3, 1, 1)],
    ]);
    const map = {
      feature: (id: string) =>
        features.has(id) ? { layer: 'areas' as const, feature: features.get(id) as Feature } : undefined,
    };
    expect(
      stepBounds(
        { id: 's', title: { zh: '', en: '' }, caption: { zh: '', en: '' }, fit: ['a', 'b', 'x'] },
        map,
      ),
    ).toEqual([1, 1, 4, 3]);
    expect(
      stepBounds({ id: 's', title: { zh: '', en: '' }, caption: { zh: '', en: '' }, fit: ['x'] }, map),
    ).toBeNull();
    expect(bbox(features.get('a') as Feature)).toEqual([1, 2, 2, 3]);
  });

  it("leaves the caption card's side of a wide screen free, the bottom of a narrow one", () => {
    const wide = paddingFor('view', 1920, 1080);
    expect(wide.left).toBeGreaterThan(1920 * 0.4);
    expect(paddingFor('targets', 1920, 1080).left).toBeGreaterThan(wide.left);
    const narrow = paddingFor('view', 390, 844);
    expect(narrow.bottom).toBeGreaterThan(844 * 0.4);
  });
});

import { area, bbox, length } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  fillCaption,
  fillText,
  formatPlaceholder,
  placeholderValue,
  type TourNumbers,
} from '../../src/data/tour';
import { parsePlaceholder, placeholderProblem, placeholdersIn } from '../../src/data/tourPlaceholders';
import type { LayerId } from '../../src/data/types';
import { M2_PER_MU } from '../../src/data/units';
import { jumpTarget, keyAction } from '../../src/modes/presenter/keys';
import { paddingFor, stepBounds } from '../../src/modes/presenter/tourCamera';
import { metricsOf, shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

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
  const metrics = metricsOf(layers);
  const at = (year: number | null): TourNumbers => ({ metrics, year, asOfYear: 2025 });
  const now = at(null);
  const value = (name: string, n = now) => placeholderValue(name, n)?.value;

  it('computes the pilot zone in 亩 from its geometry, not from declared_mu', () => {
    const m2 = area(layers.get('pilot-zone')?.features[0] as Feature);
    expect(value('pilot-zone.mu@pilot-zone')).toBeCloseTo(m2 / M2_PER_MU, 6);
    expect(value('pilot-zone.mu@pilot-zone')).not.toBe(230);
    expect(value('pilot-zone.households@pilot-zone')).toBe(2150);
  });

  it('counts works inside a zone by geometry and statuses at a year', () => {
    expect(value('communities.count@pilot-zone:all')).toBe(1);
    expect(value('communities.count@stairway:all')).toBe(2);
    expect(value('communities.count:completed')).toBe(1);
    expect(value('communities.count:planned')).toBe(1);
    expect(value('communities.households:all')).toBe(800);
    expect(value('communities.count:completed', at(2027))).toBe(2);
    expect(value('communities.households:completed', at(2027))).toBe(800);
    expect(value('communities.households:completed', at(2022))).toBe(300);
    expect(value('pocket-parks.count:completed', at(2022))).toBe(0);
    expect(value('pocket-parks.count:completed', at(2023))).toBe(1);
    expect(value('year', at(2022))).toBe(2022);
    // without a year view, {year} is the data's as-of year
    expect(value('year')).toBe(2025);
  });

  it('~FROM-TO counts only works completed in those years', () => {
    // c-1 is due 2022, c-2 2026
    expect(value('communities.count:all~2025-2027')).toBe(1);
    expect(value('communities.households:all~2025-2027')).toBe(500);
    expect(value('communities.count:all~2022-2022')).toBe(1);
    expect(value('communities.count:completed~2025-2027')).toBe(0);
    expect(value('communities.count:completed~2025-2027', at(2026))).toBe(1);
  });

  it('measures underground lines inside the pilot zone in km', () => {
    // pl-1 lies wholly inside: its length, 0.003° of longitude at 26.507° N
    const km = length(layers.get('pipelines')?.features[0] as Feature, { units: 'kilometers' });
    expect(km).toBeGreaterThan(0.29);
    expect(km).toBeLessThan(0.31);
    expect(value('pipelines.underground_km@pilot-zone:all')).toBeCloseTo(km, 6);
    expect(value('pipelines.underground_km@pilot-zone:completed')).toBe(0);
    expect(value('pipelines.underground_km@pilot-zone:planned')).toBeCloseTo(km, 6);
    expect(placeholderValue('pipelines.underground_km@pilot-zone:all', now)?.digits).toBe(1);
  });

  it('leaves out what the data cannot give: its placeholder shows "?"', () => {
    // no elevators layer in this data set; no zone "nowhere"; no measure "acres"
    expect(placeholderValue('elevators.lifts:all', now)).toBeNull();
    expect(fillText('{elevators.lifts:all} 部', now, 'zh')).toBe('? 部');
    expect(placeholderValue('communities.count@nowhere:all', now)).toBeNull();
    expect(placeholderValue('pilot-zone.acres@pilot-zone', now)).toBeNull();
    expect(placeholderValue('pilot.mu', now)).toBeNull();
    expect(placeholderValue('not a placeholder', now)).toBeNull();
  });
});

describe('caption templating', () => {
  const metrics = metricsOf(tinyLayers());
  const numbers: TourNumbers = { metrics, year: 2024, asOfYear: 2025 };
  const mu = placeholderValue('pilot-zone.mu@pilot-zone', numbers)?.value ?? Number.NaN;

  it('fills numbers in each language, grouped, with the decimals the placeholder wants', () => {
    expect(mu).toBeGreaterThan(100);
    expect(
      fillText('{pilot-zone.mu@pilot-zone} 亩，{pilot-zone.households@pilot-zone} 户', numbers, 'zh'),
    ).toBe(`${Math.round(mu)} 亩，2,150 户`);
    expect(fillText('{pipelines.underground_km@pilot-zone:all} km by {year}', numbers, 'en')).toBe(
      '0.3 km by 2024',
    );
  });

  it('renders an unknown placeholder as a visible "?" and names it', () => {
    const parts = fillCaption('示范区 {pilot-zone.acres@pilot-zone} 亩', numbers, 'zh');
    expect(parts.map((p) => p.text).join('')).toBe('示范区 ? 亩');
    expect(parts[1]).toEqual({ kind: 'unknown', text: '?', name: 'pilot-zone.acres@pilot-zone' });
    const text = '{pilot-zone.acres@pilot-zone} {pilot-zone.mu@pilot-zone} {pilot-zone.acres@pilot-zone} {}';
    expect(placeholdersIn(text)).toHaveLength(4);
    const bad = [...new Set(placeholdersIn(text))].filter((n) => placeholderProblem(n, catalogue));
    expect(bad).toEqual(['pilot-zone.acres@pilot-zone', '']);
  });

  it('keeps text without placeholders as it is, numbers as separate parts', () => {
    expect(fillCaption('没有数字', numbers, 'zh')).toEqual([{ kind: 'text', text: '没有数字' }]);
    expect(fillCaption('{pilot-zone.households@pilot-zone}', numbers, 'en')).toEqual([
      { kind: 'number', text: '2,150', name: 'pilot-zone.households@pilot-zone' },
    ]);
    expect(formatPlaceholder('pilot-zone.ha@pilot-zone', numbers, 'zh')).toBeNull();
  });
});

describe('placeholder grammar', () => {
  it('reads layer.measure@zone:status~from-to', () => {
    expect(parsePlaceholder('elevators.lifts@pilot-zone:completed')).toEqual({
      kind: 'measure',
      layer: 'elevators',
      measure: 'lifts',
      zone: 'pilot-zone',
      status: 'completed',
    });
    expect(parsePlaceholder('communities.count:all~2025-2027')).toEqual({
      kind: 'measure',
      layer: 'communities',
      measure: 'count',
      zone: 'district',
      status: 'all',
      years: [2025, 2027],
    });
    expect(parsePlaceholder('year')).toEqual({ kind: 'year' });
    expect(parsePlaceholder('pilot')).toBeNull();
    expect(parsePlaceholder('Elevators.lifts:all')).toBeNull();
  });

  it('refuses old-style names, a missing status on works and a status on a layer without one', () => {
    const problem = (name: string) => placeholderProblem(name, catalogue);
    expect(problem('elevators.lifts@pilot-zone:completed')).toBeNull();
    expect(problem('areas.mu@stairway')).toBeNull();
    expect(problem('year')).toBeNull();
    // {pilot.lifts} of the old tour: "pilot" is no layer
    expect(problem('pilot.lifts')?.en).toContain('{pilot.lifts}: unknown layer "pilot"');
    expect(problem('pilot.lifts')?.zh).toContain('未知图层 "pilot"');
    expect(problem('area.stairway.communities')?.en).toContain('is not a placeholder');
    expect(problem('area.stairway.communities')?.en).toContain('{elevators.lifts@pilot-zone:completed}');
    // works need a status, so a caption cannot state planned work as done
    expect(problem('elevators.lifts@pilot-zone')?.en).toContain('add :completed');
    expect(problem('elevators.lifts@pilot-zone')?.zh).toContain('须写明状态');
    expect(problem('areas.mu:completed')?.en).toContain('layer "areas" has no status');
    expect(problem('areas.mu:all')).toBeNull();
    expect(problem('elevators.lifts:done')?.en).toContain('unknown status "done"');
    expect(problem('elevators.acres:all')?.en).toContain('layer "elevators" has no measure "acres"');
    expect(problem('elevators.lifts:all~2027-2025')?.en).toContain('the years run backwards');
    // every layer has a count of its features
    expect(problem('pilot-zone.features@pilot-zone')).toBeNull();
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

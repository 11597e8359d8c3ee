/**
 * The shipped tour (public/geo/tour.json) over the shipped data: every placeholder is valid, fills
 * to a number at every year of the playback, and the captions read true — each checked number is
 * recomputed here with Turf directly, not through the metrics function.
 */
import { readFileSync } from 'node:fs';
import { along, booleanPointInPolygon, length, lineString } from '@turf/turf';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/data/format';
import { fillText, formatPlaceholder, placeholderValue, type TourNumbers } from '../../src/data/tour';
import { placeholderProblem, placeholdersIn } from '../../src/data/tourPlaceholders';
import type { TourConfig, TourStep } from '../../src/data/types';
import { metricsOf, readLayer, shippedCatalogue, shippedLayers } from './helpers/catalogue';

const catalogue = shippedCatalogue();
const tour = JSON.parse(readFileSync('public/geo/tour.json', 'utf8')) as TourConfig;
const metrics = metricsOf(shippedLayers());
const AS_OF = Number(
  (JSON.parse(readFileSync('public/geo/site.json', 'utf8')) as { as_of: string }).as_of.slice(0, 4),
);
const at = (year: number | null): TourNumbers => ({ metrics, year, asOfYear: AS_OF });
const YEARS = [null, 2022, 2023, 2024, 2025, 2026, 2027];

const textsOf = (s: TourStep): string[] =>
  [s.title, s.caption, s.caption_future].flatMap((t) => (t ? [t.zh, t.en] : []));
const step = (id: string): TourStep => {
  const s = tour.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

// Independent hand computations: Turf's point-in-polygon, and the status rule as docs/DATA.md says it
// (completed by its year, under construction once started, else planned; null: the data's own).
type Zone = Feature<Polygon | MultiPolygon>;
const zone = (layer: string, id: string): Zone => {
  const f = readLayer(layer).features.find((x) => x.properties?.id === id);
  if (!f) throw new Error(`no zone ${id}`);
  return f as Zone;
};
const statusAt = (p: Record<string, unknown>, year: number | null): string => {
  if (year === null) return String(p.status);
  if (typeof p.year === 'number' && p.year <= year) return 'completed';
  if (typeof p.start === 'string' && Number(p.start.slice(0, 4)) <= year) return 'under_construction';
  return 'planned';
};
const props = (f: Feature) => (f.properties ?? {}) as Record<string, unknown>;

/** Sum of `field` (or 1 each) over the lifts standing in the zone with that status. */
function liftsIn(z: Zone, status: string, year: number | null, field: 'units' | null): number {
  let n = 0;
  for (const f of readLayer('elevators').features) {
    const p = props(f);
    if (!booleanPointInPolygon((f.geometry as Point).coordinates, z) || statusAt(p, year) !== status)
      continue;
    n += field ? Number(p[field]) : 1;
  }
  return n;
}

/** Km of underground lines with that status inside the zone, sampled every ~2 m along each line. */
function undergroundKmIn(z: Zone, status: string | null): number {
  let km = 0;
  for (const f of readLayer('pipelines').features) {
    const p = props(f);
    if (p.method !== 'underground' || (status && p.status !== status)) continue;
    const g = f.geometry;
    const parts: Position[][] =
      g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
    for (const c of parts) {
      const ls = lineString(c);
      const len = length(ls);
      const steps = Math.max(1, Math.round(len * 500));
      for (let i = 0; i < steps; i++)
        if (booleanPointInPolygon(along(ls, ((i + 0.5) * len) / steps), z)) km += len / steps;
    }
  }
  return km;
}

describe('the shipped tour', () => {
  it('has the steps the presenter needs, with valid placeholders and no typed numbers', () => {
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
    let names = 0;
    for (const s of tour.steps)
      for (const text of textsOf(s)) {
        for (const name of placeholdersIn(text)) {
          expect(placeholderProblem(name, catalogue), `${s.id}: {${name}}`).toBeNull();
          names++;
        }
        // Digits belong in placeholders: the text between them has none, but for the years of a
        // ~FROM-TO placeholder of the same text ("2025–2027 三年" over {x:all~2025-2027}).
        const ranges = placeholdersIn(text).flatMap(
          (n) => /~(\d{4})-(\d{4})$/.exec(n)?.slice(1, 3).join('–') ?? [],
        );
        let plain = text.replace(/\{[^{}]*\}/g, '');
        for (const r of ranges) plain = plain.replaceAll(r, '');
        expect(plain, text).not.toMatch(/\d/);
      }
    expect(names).toBeGreaterThan(50);
  });

  it('every placeholder fills to a number at every year 2022–2027 and now, no caption shows "?"', () => {
    for (const year of YEARS)
      for (const s of tour.steps)
        for (const text of textsOf(s)) {
          for (const name of placeholdersIn(text)) {
            const v = placeholderValue(name, at(year));
            expect(v && Number.isFinite(v.value), `${s.id} {${name}} at ${year}`).toBe(true);
            expect(formatPlaceholder(name, at(year), 'zh'), `${s.id} {${name}} at ${year}`).toMatch(
              /^[\d,.]+$/,
            );
          }
          expect(fillText(text, at(year), 'zh'), `${s.id} at ${year}`).not.toContain('?');
        }
    for (const s of tour.steps)
      expect(placeholdersIn(s.caption.zh).length + (s.kind === 'targets' ? 1 : 0), s.id).toBeGreaterThan(0);
  });

  it('the pilot-zone step: the lifts done and under way are the lifts standing in the zone', () => {
    const pilot = zone('pilot-zone', 'pilot-zone');
    const s = step('pilot-zone');
    const done = liftsIn(pilot, 'completed', null, 'units');
    const building = liftsIn(pilot, 'under_construction', null, 'units');
    const all = done + building + liftsIn(pilot, 'planned', null, 'units');
    const buildings = ['completed', 'under_construction', 'planned'].reduce(
      (n, st) => n + liftsIn(pilot, st, null, null),
      0,
    );
    expect(building).toBeGreaterThan(0);
    const zh = fillText(s.caption.zh, at(null), 'zh');
    expect(zh).toContain(`${buildings} 栋楼共安排加装电梯 ${all} 部，已完成 ${done} 部、在建 ${building} 部`);
    const en = fillText(s.caption.en, at(null), 'en');
    expect(en).toContain(
      `${all} lifts scheduled in ${buildings} buildings: ${done} installed, ${building} under construction`,
    );
    // in a year view, "已完成" is what was done by the end of that year
    expect(liftsIn(pilot, 'completed', 2027, 'units')).toBe(all);
    for (const year of [2023, 2025, 2026, 2027])
      expect(fillText(s.caption.zh, at(year), 'zh'), String(year)).toContain(
        `已完成 ${liftsIn(pilot, 'completed', year, 'units')} 部、在建 ${liftsIn(pilot, 'under_construction', year, 'units')} 部`,
      );
  });

  it('the stairway step: km of lines to go underground are the km inside the area', () => {
    const stair = zone('areas', 'stairway');
    const all = undergroundKmIn(stair, null);
    const done = undergroundKmIn(stair, 'completed');
    expect(all).toBeGreaterThan(0.5);
    const v = (name: string) => placeholderValue(name, at(null))?.value ?? Number.NaN;
    // sampling every 2 m: within 10 m of the exact clip
    expect(Math.abs(v('pipelines.underground_km@stairway:all') - all)).toBeLessThan(0.01);
    expect(Math.abs(v('pipelines.underground_km@stairway:completed') - done)).toBeLessThan(0.01);
    const zh = fillText(step('stairway').caption.zh, at(null), 'zh');
    expect(zh).toContain(
      `管线入地 ${formatNumber(all, 'zh', 1)} 公里，已完成 ${formatNumber(done, 'zh', 1)} 公里`,
    );
  });

  it('the overview: communities of 2025–2027 (done by now) are the ones due in those years', () => {
    const comm = readLayer('communities').features.map(props);
    const due = comm.filter((p) => typeof p.year === 'number' && p.year >= 2025 && p.year <= 2027);
    const done = due.filter((p) => p.status === 'completed');
    expect(due.length).toBeGreaterThan(done.length);
    const zh = fillText(step('overview').caption.zh, at(null), 'zh');
    expect(zh).toContain(`改造老旧小区 ${due.length} 个（已完成 ${done.length} 个）`);
  });

  it('the playback: by the end of each year, the communities done by then', () => {
    const comm = readLayer('communities').features.map(props);
    const s = step('playback');
    for (const year of [2022, 2024, 2026]) {
      const done = comm.filter((p) => statusAt(p, year) === 'completed');
      const households = done.reduce((n, p) => n + Number(p.households), 0);
      expect(fillText(s.caption.zh, at(year), 'zh'), String(year)).toContain(
        `到 ${year} 年底：已改造老旧小区 ${done.length} 个，惠及 ${households.toLocaleString('en')} 户`,
      );
    }
    expect(fillText(s.caption.zh, at(null), 'zh')).toContain(`到 ${AS_OF} 年底`);
  });

  it('the pilot zone computes to about 230 亩', () => {
    const mu = placeholderValue('pilot-zone.mu@pilot-zone', at(null))?.value ?? 0;
    expect(mu).toBeGreaterThan(230 * 0.99);
    expect(mu).toBeLessThan(230 * 1.01);
  });
});

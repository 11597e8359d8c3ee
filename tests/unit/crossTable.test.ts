import { area, booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toMu } from '../../src/data/units';
import { crossCell, crossColumns, crossRows } from '../../src/metrics/crossTable';
import { DISTRICT } from '../../src/metrics/metrics';
import { worksInZone } from '../../src/metrics/zoneFilter';
import { readData } from '../e2e/plannerDriver';

const { catalogue, metrics, layers } = readData();
const district = { zh: '全区', en: 'District' };

describe('cross-table', () => {
  const rows = crossRows(metrics, district);
  const cols = crossColumns(catalogue);

  it('rows are the four areas, the pilot zone, then the district; columns every work measure', () => {
    expect(rows.map((r) => r.layer)).toEqual(['areas', 'areas', 'areas', 'areas', 'pilot-zone', null]);
    expect(rows[5].zone).toBe(DISTRICT);
    const expected = catalogue.works.flatMap((e) => e.measures.map((m) => `${e.id}:${m.id}`));
    expect(cols.map((c) => `${c.layer}:${c.measure.id}`)).toEqual(expected);
  });

  it('a cell is the metrics function, and the status split adds up to the total', () => {
    for (const row of rows)
      for (const col of cols) {
        const v = crossCell(metrics, row, col, 2025);
        expect(v).toEqual(
          metrics.value({ layer: col.layer, measure: col.measure.id, zone: row.zone, year: 2025 }),
        );
        if (v) expect(v.completed + v.under_construction + v.planned).toBeCloseTo(v.total, 6);
      }
  });

  it('the pilot zone’s lifts equal Turf’s point-in-polygon sum', () => {
    const pilot = layers.get('pilot-zone')?.features[0] as Feature<Polygon>;
    const row = rows.find((r) => r.layer === 'pilot-zone');
    const col = cols.find((c) => c.layer === 'elevators' && c.measure.id === 'lifts');
    if (!row || !col) throw new Error('no pilot zone or lifts');
    const inside = (layers.get('elevators')?.features ?? []).filter((f) =>
      booleanPointInPolygon(f.geometry as GeoJSON.Point, pilot),
    );
    const lifts = inside.reduce((n, f) => n + Number(f.properties?.units ?? 0), 0);
    expect(lifts).toBeGreaterThan(0);
    expect(crossCell(metrics, row, col, null)?.total).toBe(lifts);
  });

  it('the district’s pocket-park area equals Turf’s area in 亩', () => {
    const row = rows[rows.length - 1];
    const col = cols.find((c) => c.layer === 'pocket-parks' && c.measure.id === 'mu');
    if (!col) throw new Error('no pocket-park area');
    const mu = (layers.get('pocket-parks')?.features ?? []).reduce((n, f) => n + toMu(area(f)), 0);
    expect(crossCell(metrics, row, col, null)?.total).toBeCloseTo(mu, 6);
  });
});

describe('zone filter', () => {
  it('keeps the works the metrics count in the zone, nothing for the district', () => {
    expect(worksInZone(metrics, null)).toBeNull();
    expect(worksInZone(metrics, DISTRICT)).toBeNull();
    expect(worksInZone(metrics, 'no-such-zone')).toBeNull();
    const ids = worksInZone(metrics, 'pilot-zone');
    const lifts = metrics.value({ layer: 'elevators', measure: 'count', zone: 'pilot-zone' });
    const inZone = (layers.get('elevators')?.features ?? []).filter((f) =>
      ids?.has(String(f.properties?.id)),
    );
    expect(inZone.length).toBe(lifts?.total);
    expect(inZone.length).toBeGreaterThan(0);
    expect(inZone.length).toBeLessThan(layers.get('elevators')?.features.length ?? 0);
  });
});

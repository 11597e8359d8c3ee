import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf } from '../../src/data/derive';
import {
  csvCell,
  exportFileName,
  featureRecords,
  flatten,
  listRecords,
  metresPerPixel,
  scaleBar,
  toCsv,
  toGeoJson,
} from '../../src/data/exportData';
import type { LayerId } from '../../src/data/types';
import { shippedCatalogue } from './helpers/catalogue';

const square = (lon: number, lat: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon, lat],
      [lon + d, lat],
      [lon + d, lat + d],
      [lon, lat + d],
      [lon, lat],
    ],
  ],
});

const feat = (props: Record<string, unknown>, geometry: Feature['geometry']): Feature => ({
  type: 'Feature',
  properties: props,
  geometry,
});

const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function dataset() {
  const layers = new Map<LayerId, FeatureCollection>([
    [
      'context',
      fc(
        feat(
          { id: 'road-1', kind: 'road', name: '人民街', class: 'primary' },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [0, 0.01],
            ],
          },
        ),
      ),
    ],
    [
      'communities',
      fc(
        feat(
          {
            id: 'c-1',
            name: '建设新村',
            name_en: 'Jianshe "New" Village',
            area: 'stairway',
            status: 'completed',
            year: 2022,
            start: '2021-05',
            households: 822,
            measures: ['消防通道', '外墙保温'],
            investment_wan: null,
          },
          square(0, 0, 0.001),
        ),
        feat(
          {
            id: 'c-2',
            name: '=cmd|calc',
            area: null,
            status: 'planned',
            year: 2026,
            start: '2025-03',
            households: 100,
            measures: [],
          },
          square(0.01, 0, 0.001),
        ),
      ),
    ],
    [
      'pipelines',
      fc(
        feat(
          {
            id: 'p-1',
            name: '管线',
            area: 'stairway',
            status: 'under_construction',
            year: 2025,
            kind: 'power',
          },
          {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [0, 0.01],
            ],
          },
        ),
      ),
    ],
    [
      'elevators',
      fc(
        feat(
          {
            id: 'e-1',
            name: '1号楼',
            status: 'planned',
            year: 2027,
            households_served: 24,
            community: 'c-1',
          },
          { type: 'Point', coordinates: [0.0005, 0.0005] },
        ),
      ),
    ],
  ]);
  return { layers, catalogue: shippedCatalogue() };
}

const ALL = { layers: ['context', 'communities', 'pipelines', 'elevators'] as LayerId[] };
const ALL_STATUS = ['planned', 'under_construction', 'completed'] as const;

// Hand-computed with Turf 7's mean Earth radius, 6,371,008.8 m: a 0.001° square on the equator
// is (6371008.8 m · π/180 · 0.001)² ≈ 12,364 m² (≈ 18.55 亩); 0.01° of latitude is
// 6371.0088 km · π/180 · 0.01 ≈ 1.11195 km.
const SQUARE_M2 = (6371008.8 * (Math.PI / 180) * 0.001) ** 2;
const LINE_KM = 6371.0088 * (Math.PI / 180) * 0.01;

describe('featureRecords', () => {
  it('lists what the map shows, with computed area, length and households', () => {
    const rows = featureRecords(dataset(), { ...ALL, status: [...ALL_STATUS], year: null });
    expect(rows.map((r) => r.id)).toEqual(['road-1', 'c-1', 'c-2', 'p-1', 'e-1']);
    const c1 = rows[1];
    expect(c1.areaM2).toBeCloseTo(SQUARE_M2, 0);
    expect(c1.lengthKm).toBeNull();
    expect(c1.households).toBe(822);
    expect(rows[3].lengthKm).toBeCloseTo(LINE_KM, 4);
    expect(rows[4].households).toBe(24);
    expect(rows[0].status).toBeNull();
  });

  it('follows the status filter and the year view like the map', () => {
    const completed = featureRecords(dataset(), { ...ALL, status: ['completed'], year: null });
    expect(completed.map((r) => r.id)).toEqual(['road-1', 'c-1']);
    // At the end of 2025: c-2 started 2025 → under construction; p-1 done 2025 → completed.
    const y2025 = featureRecords(dataset(), { ...ALL, status: [...ALL_STATUS], year: 2025 });
    expect(Object.fromEntries(y2025.map((r) => [r.id, r.status]))).toEqual({
      'road-1': null,
      'c-1': 'completed',
      'c-2': 'under_construction',
      'p-1': 'completed',
      'e-1': 'planned',
    });
  });

  it('leaves out hidden layers', () => {
    const rows = featureRecords(dataset(), { layers: ['elevators'], status: [...ALL_STATUS], year: null });
    expect(rows.map((r) => r.id)).toEqual(['e-1']);
  });

  it('a view of every layer (layers: null) lists them all in catalogue order', () => {
    const rows = featureRecords(dataset(), { layers: null, status: [...ALL_STATUS], year: null });
    expect(rows.map((r) => r.id)).toEqual(['road-1', 'c-1', 'c-2', 'p-1', 'e-1']);
    const listed = featureRecords(dataset(), {
      layers: ['elevators', 'context'],
      status: [...ALL_STATUS],
      year: null,
    });
    expect(listed.map((r) => r.layer)).toEqual(['context', 'elevators']);
  });
});

describe('csvCell', () => {
  it('escapes formulas with an apostrophe, doubles quotes, quotes separators', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+86 123')).toBe("'+86 123");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe('"\'\rcmd"');
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('老街')).toBe('老街');
    expect(csvCell(12.5)).toBe('12.5');
  });
});

describe('flatten', () => {
  it('joins lists, writes objects as JSON, leaves missing values empty', () => {
    expect(flatten(['a', 'b'])).toBe('a; b');
    expect(flatten({ k: 1 })).toBe('{"k":1}');
    expect(flatten(null)).toBe('');
    expect(flatten(undefined)).toBe('');
    expect(flatten(3)).toBe(3);
    expect(flatten(false)).toBe('false');
  });
});

describe('toCsv', () => {
  const csv = toCsv(dataset(), { ...ALL, status: [...ALL_STATUS], year: null });
  const lines = csv.slice(1).trimEnd().split('\r\n');
  const header = lines[0].split(',');

  it('starts with a BOM and has one line per listed feature (not the base map’s) plus the header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines).toHaveLength(5);
    expect(lines.some((l) => l.startsWith('context,'))).toBe(false);
  });

  it('has the fixed columns first, the layers’ extra properties, then the computed ones', () => {
    expect(header.slice(0, 7)).toEqual(['layer', 'id', 'name', 'name_en', 'status', 'year', 'area']);
    expect(header.slice(-3)).toEqual(['area_m2', 'area_mu', 'length_km']);
    for (const k of ['kind', 'start', 'households', 'measures', 'investment_wan', 'households_served'])
      expect(header).toContain(k);
    expect(header.filter((h) => h === 'households')).toHaveLength(1);
  });

  it('writes computed area in m² and 亩, and length in km', () => {
    const c1 = lines.find((l) => l.startsWith('communities,c-1,')) ?? '';
    expect(c1).toContain(',12364,18.55,');
    expect(c1).toContain('"Jianshe ""New"" Village"');
    expect(c1).toContain('消防通道; 外墙保温');
    const p1 = lines.find((l) => l.startsWith('pipelines,p-1,')) ?? '';
    expect(p1.endsWith(`,,,${Number(LINE_KM.toFixed(3))}`)).toBe(true);
  });

  it('escapes a formula in a name', () => {
    expect(lines.find((l) => l.includes('c-2'))).toContain(",'=cmd|calc,");
  });
});

describe('toGeoJson', () => {
  it('holds exactly the listed features, each tagged with its layer and the status shown', () => {
    const gj = toGeoJson(dataset(), { ...ALL, status: ['completed'], year: 2025 });
    expect(gj.features.map((f) => f.properties?.id)).toEqual(['c-1', 'p-1']);
    expect(gj.features[1].properties).toMatchObject({ layer: 'pipelines', status: 'completed', year: 2025 });
    expect(gj.view).toEqual({
      layers: ALL.layers,
      status: ['completed'],
      year: 2025,
      zone: null,
      bbox: null,
    });
  });

  it('a zone filter keeps only the works it names, and the file says which zone', () => {
    const view = { ...ALL, status: [...ALL_STATUS], year: null, zoneIds: new Set(['c-1']) };
    const gj = toGeoJson(dataset(), view, 'a1');
    // Works outside the zone go; the base map is never listed.
    expect(gj.features.map((f) => f.properties?.id)).toEqual(['c-1']);
    expect(gj.view.zone).toBe('a1');
  });

  it('"only in view" keeps the features whose bounds meet the camera’s', () => {
    const all = listRecords(dataset(), { ...ALL, status: [...ALL_STATUS], year: null });
    const first = all[0];
    const [w, s, e, n] = boundsOf(first.feature);
    const near = listRecords(dataset(), { ...ALL, status: [...ALL_STATUS], year: null, bbox: [w, s, e, n] });
    expect(near.map((r) => r.id)).toContain(first.id);
    const far = listRecords(dataset(), {
      ...ALL,
      status: [...ALL_STATUS],
      year: null,
      bbox: [50, 50, 50.001, 50.001],
    });
    expect(far).toEqual([]);
  });
});

describe('scale bar', () => {
  it('metres per pixel follow MapLibre’s 512-pixel tiles', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    // 156543.03392 m/px of 256-px tiles at zoom 1 is MapLibre's zoom 0, halved again per zoom.
    expect(metresPerPixel(14, 60)).toBeCloseTo((156543.03392 * 0.5) / 2 ** 15, 6);
  });

  it('picks the longest 1/2/5 × 10ⁿ distance that fits', () => {
    expect(scaleBar(2, 120)).toEqual({ metres: 200, px: 100 });
    expect(scaleBar(10, 120)).toEqual({ metres: 1000, px: 100 });
    expect(scaleBar(4.5, 120).metres).toBe(500);
    expect(scaleBar(0.9, 100)).toEqual({ metres: 50, px: 50 / 0.9 });
  });
});

describe('exportFileName', () => {
  it('names the file by the programme and the local date', () => {
    expect(exportFileName('png', new Date(2025, 8, 30, 23, 59))).toBe('old-town-renewal-2025-09-30.png');
    expect(exportFileName('csv', new Date(2026, 0, 2))).toBe('old-town-renewal-2026-01-02.csv');
  });
});

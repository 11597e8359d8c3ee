/**
 * Issue 16, points 4, 6, 7, 8 and 9: text coordinates, .shp/.shx/.dbf counts, --map columns,
 * far-from-district per vertex, KMZ, and the smaller message slips. Fixtures are generated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../scripts/catalogue';
import { validateLayerData } from '../../../src/data/validate/index';
import { EPSG_4543, errorsOf, importWith, tmp, toGk, writeShapefile } from './helpers';

const CATALOGUE = loadCatalogue();

const RING: Position[] = [
  [101.7262, 26.5814],
  [101.7268, 26.5814],
  [101.7268, 26.5819],
  [101.7262, 26.5819],
  [101.7262, 26.5814],
];
const ctx = (from: string, ...args: string[]) =>
  importWith('--layer', 'context', '--from', from, '--defaults', 'kind=landmark', '--dry-run', ...args);
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, props: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: props,
  geometry,
});

describe('text coordinates', () => {
  it('numbers as text are read as numbers with one warning; other text is an error per record', () => {
    const dir = tmp();
    const path = join(dir, 'in.geojson');
    writeFileSync(
      path,
      fc([
        feature({ type: 'Point', coordinates: ['101.7233', '26.5761'] }, { name: '甲' }),
        feature({ type: 'Point', coordinates: [101.72, 26.58] }, { name: '乙' }),
        feature({ type: 'Point', coordinates: ['101.72E', '26.58'] }, { name: '丙' }),
      ]),
    );
    const r = ctx(path);
    const warn = r.problems.find((p) => p.code === 'text-coordinates');
    expect(warn?.message_en).toBe(
      '3 coordinates are text, not numbers (e.g. "101.7233"): read them as numbers',
    );
    expect(errorsOf(r).map((p) => [p.location, p.message_en])).toEqual([
      ['features[2] "丙"', 'geometry.coordinates[0]: coordinate "101.72E" is not a number'],
    ]);
  });
});

describe('Shapefile record counts', () => {
  const write = (dir: string) =>
    writeShapefile(dir, 'p', [{ name: 'a' }, { name: 'b' }], 'POINT', [
      toGk(EPSG_4543, [101.72, 26.58]),
      toGk(EPSG_4543, [101.73, 26.58]),
    ]);
  it('a .dbf with more rows than the .shp has shapes is one clear message, no phantom records', () => {
    const dir = tmp();
    write(dir);
    const other = tmp();
    writeShapefile(other, 'p', [{ name: 'a' }, { name: 'b' }, { name: 'c' }], 'POINT', [
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    writeFileSync(join(dir, 'p.dbf'), readFileSync(join(other, 'p.dbf')));
    const r = ctx(join(dir, 'p.shp'), '--crs', 'EPSG:4543');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message_en).toMatch(
      /^the parts of the shapefile do not match: the \.shp holds 2 shapes, the \.shx indexes 2, the \.dbf has 3 rows/,
    );
    expect(r.problems.some((p) => /no geometry/.test(p.message_en))).toBe(false);
  });
  it('a .shp header length that is off is a warning; the records that are there are read', () => {
    const dir = tmp();
    write(dir);
    const shp = new Uint8Array(readFileSync(join(dir, 'p.shp')));
    new DataView(shp.buffer).setInt32(24, shp.length / 2 + 40);
    writeFileSync(join(dir, 'p.shp'), shp);
    const r = ctx(join(dir, 'p.shp'), '--crs', 'EPSG:4543');
    expect(errorsOf(r)).toEqual([]);
    expect(r.features).toBe(2);
    expect(r.problems.find((p) => p.code === 'shp-header')?.message_en).toMatch(
      /read the 2 records that are there/,
    );
  });
  it('a polygon with a hole touching its shell at a vertex is imported (cadastral output)', () => {
    const dir = tmp();
    const gk = (p: number[]) => toGk(EPSG_4543, [101.72 + p[0] / 1000, 26.58 + p[1] / 1000]);
    const shell = [
      [0, 0],
      [0, 4],
      [4, 4],
      [4, 0],
      [0, 0],
    ].map(gk); // clockwise, as shapefiles write it
    const hole = [
      [0, 2],
      [2, 1],
      [2, 3],
      [0, 2],
    ].map(gk); // counter-clockwise
    writeShapefile(dir, 'c', [{ name: '宗地' }], 'POLYGON', [[shell, hole]]);
    const r = ctx(join(dir, 'c.shp'), '--crs', 'EPSG:4543');
    expect(errorsOf(r)).toEqual([]);
  });
});

describe('--map and the district', () => {
  it('a --map column the file lacks is one error listing its columns', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), '名称,lon,lat\n甲,101.72,26.58\n乙,101.73,26.58\n');
    const r = ctx(join(dir, 'a.csv'), '--map', '名字=name');
    expect(r.problems.map((p) => p.message_en)).toEqual([
      '--map names "名字", which the file does not have; its columns are: 名称',
    ]);
  });
  it('one stray vertex far away is a warning with the distance, also for a polygon containing the district', () => {
    const dir = tmp();
    const stray = [...RING.slice(0, 2), [101.9, 26.5819], ...RING.slice(3)];
    const huge = [
      [101.5, 26.4],
      [102.0, 26.4],
      [102.0, 26.8],
      [101.5, 26.8],
      [101.5, 26.4],
    ];
    writeFileSync(
      join(dir, 'in.geojson'),
      fc([
        feature({ type: 'Polygon', coordinates: [stray] }),
        feature({ type: 'Polygon', coordinates: [huge] }),
      ]),
    );
    const r = ctx(join(dir, 'in.geojson'));
    const far = r.problems.filter((p) => p.code === 'far-away');
    expect(far.map((p) => p.location)).toEqual(['features[0]']);
    expect(far[0].message_en).toMatch(/^vertex \[101\.9, 26\.5819\] lies \d+\.\d km from the district/);
  });
});

describe('KMZ', () => {
  it('reads the KML inside a KMZ and ignores its images', () => {
    const dir = tmp();
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>观景台</name><Point><coordinates>101.7183,26.5817,0</coordinates></Point></Placemark></Document></kml>`;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);
    writeFileSync(
      join(dir, 'a.kmz'),
      zipSync({ 'doc.kml': new TextEncoder().encode(kml), 'files/icon.png': png }),
    );
    const r = ctx(join(dir, 'a.kmz'));
    expect(errorsOf(r)).toEqual([]);
    expect(r.features).toBe(1);
    writeFileSync(join(dir, 'b.kmz'), zipSync({ 'files/icon.png': png }));
    expect(ctx(join(dir, 'b.kmz')).problems[0].message_en).toMatch(
      /the \.kmz holds no \.kml \(it has: files\/icon\.png\)/,
    );
  });
});

describe('message slips', () => {
  it('an unknown multi-line .cpg gives one warning with its first line, not two contradicting ones', () => {
    const dir = tmp();
    writeShapefile(dir, 'p', [{ name: 'a' }], 'POINT', [toGk(EPSG_4543, [101.72, 26.58])], {
      cpg: 'Big5\r\n\r\n',
    });
    const r = ctx(join(dir, 'p.shp'), '--crs', 'EPSG:4543');
    const enc = r.problems.filter((p) => /cpg|encoding/.test(p.code));
    expect(enc).toHaveLength(1);
    expect(enc[0].message_en).toMatch(
      /^the \.cpg says "Big5", which is not UTF-8 or GBK: read the \.dbf as (GBK|UTF-8); pass --encoding if names look wrong$/,
    );
  });
  it('an empty Polygon and an empty GeometryCollection are named as empty', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'in.geojson'),
      fc([
        feature({ type: 'Polygon', coordinates: [] }),
        feature({ type: 'GeometryCollection', geometries: [] }),
      ]),
    );
    const r = ctx(join(dir, 'in.geojson'));
    expect(errorsOf(r).map((p) => p.message_en)).toEqual([
      'the Polygon is empty (no coordinates); fix or remove the record',
      'the GeometryCollection is empty (no coordinates); fix or remove the record',
    ]);
    const v = validateLayerData(
      'x',
      JSON.parse(fc([feature({ type: 'GeometryCollection', geometries: [] }, { id: 'a-1', kind: 'road' })])),
      'context',
      CATALOGUE,
    );
    expect(v.map((p) => p.message_en)).toContain(
      'GeometryCollection has no geometries, so there is nothing to draw',
    );
  });
  it('never says "[object Object]"', () => {
    const v = validateLayerData('x', { type: { a: 1 }, features: [] }, 'context', CATALOGUE);
    const w = validateLayerData(
      'x',
      JSON.parse(fc([feature({ type: 'Point', coordinates: [{}, 1] }, { id: 'a-1', kind: 'road' })])),
      'context',
      CATALOGUE,
    );
    const text = [...v, ...w].map((p) => p.message_en).join('\n');
    expect(text).not.toContain('[object Object]');
    expect(text).toContain('"type" is an object');
    expect(text).toContain('not an object');
  });

  it('an id used again batches later is named with its first record, which is read again, not kept', () => {
    const dir = tmp();
    const pt = (i: number) =>
      feature(
        {
          type: 'Point',
          coordinates: [RING[0][0] + (i % 50) * 1e-5, RING[0][1] + Math.floor(i / 50) * 1e-5],
        },
        { id: i === 5600 ? 'lm-3' : `lm-${i}`, name: `点${i}` },
      );
    const from = join(dir, 'many.geojson');
    writeFileSync(from, fc(Array.from({ length: 6000 }, (_, i) => pt(i))));
    const dup = errorsOf(ctx(from)).filter((p) => p.code === 'duplicate-id');
    expect(dup.map((p) => [p.location, p.message_en])).toEqual([
      [
        'features[5600] "点5600": properties.id',
        'id "lm-3" is already used by features[3] "点3"; ids must be unique',
      ],
    ]);
  });
});

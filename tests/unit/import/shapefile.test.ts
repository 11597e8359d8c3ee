import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  EPSG_4522,
  EPSG_4543,
  errorsOf,
  gbkBinary,
  importWith,
  maxErrorM,
  tmp,
  toGk,
  writeShapefile,
} from './helpers';

/** Two small parks near the district centre, counter-clockwise, in WGS84. */
const PARKS: Position[][] = [
  [
    [101.7262, 26.5814],
    [101.7268, 26.5814],
    [101.7268, 26.5819],
    [101.7262, 26.5819],
    [101.7262, 26.5814],
  ],
  [
    [101.7301, 26.5801],
    [101.7306, 26.5801],
    [101.7306, 26.5805],
    [101.7301, 26.5805],
    [101.7301, 26.5801],
  ],
];
const NAMES = ['攀枝花花园', '炳草岗游园'];

const OGC_4543 =
  'PROJCS["CGCS2000 / 3-degree Gauss-Kruger CM 102E",GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",102],PARAMETER["scale_factor",1],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1]]';
const ESRI_ZONE_34 =
  'PROJCS["CGCS2000_3_Degree_GK_Zone_34",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",34500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",102.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Shapefile rings are clockwise: write each park reversed, in GK metres. */
const gkRings = (def: string) => PARKS.map((ring) => [[...ring].reverse().map((p) => toGk(def, p))]);
const rows = () =>
  NAMES.map((n, i) => ({
    [gbkBinary('名称')]: gbkBinary(n),
    status: i === 0 ? 'completed' : 'planned',
    year: 2024 + i,
  }));

function outRings(path: string): Position[][] {
  const fc = JSON.parse(readFileSync(path, 'utf8'));
  return fc.features.map((f: { geometry: Polygon }) => f.geometry.coordinates[0]);
}

const common = ['--layer', 'pocket-parks', '--map', '名称=name', '--defaults', 'facilities=座椅；步道'];

describe('Shapefile import (CGCS2000 3° GK, zone 34 / CM 102°E)', () => {
  it('reads a .shp with an OGC .prj (EPSG:4543) and a GBK .dbf, within 0.5 m of the source points', () => {
    const dir = tmp();
    writeShapefile(dir, 'parks', rows(), 'POLYGON', gkRings(EPSG_4543), { prj: OGC_4543, cpg: 'GBK' });
    const out = join(dir, 'pocket-parks.geojson');
    const r = importWith(...common, '--from', join(dir, 'parks.shp'), '--out', out);
    expect(errorsOf(r)).toEqual([]);
    expect(r.crs).toContain('EPSG:4543');
    expect(r.wrote).not.toBeNull();
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    expect(fc.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(NAMES);
    expect(fc.features[0].properties).toMatchObject({
      id: 'pocket-parks-1',
      status: 'completed',
      year: 2024,
      area: null,
      facilities: ['座椅', '步道'],
    });
    // Rewound to counter-clockwise, closed, 7 decimals: the same ring as the source.
    outRings(out).forEach((ring, i) => {
      expect(maxErrorM(ring, PARKS[i])).toBeLessThan(0.5);
    });
    expect(JSON.stringify(fc)).not.toMatch(/\.\d{8,}/);
  });

  it('reads a .zip with an ESRI .prj whose X carries the zone number (EPSG:4522)', () => {
    const dir = tmp();
    const parts = writeShapefile(dir, 'parks', rows(), 'POLYGON', gkRings(EPSG_4522), {
      prj: ESRI_ZONE_34,
      cpg: 'ANSI 936',
    });
    writeFileSync(join(dir, 'parks.zip'), zipSync(parts));
    const out = join(dir, 'out.geojson');
    const r = importWith(...common, '--from', join(dir, 'parks.zip'), '--out', out);
    expect(errorsOf(r)).toEqual([]);
    expect(r.crs).toContain('zone 34');
    for (const [i, ring] of outRings(out).entries()) expect(maxErrorM(ring, PARKS[i])).toBeLessThan(0.5);
  });

  it('without a .prj or --crs, refuses metres and suggests the district’s EPSG code', () => {
    const dir = tmp();
    writeShapefile(dir, 'parks', rows(), 'POLYGON', gkRings(EPSG_4543), { cpg: 'GBK' });
    const out = join(dir, 'out.geojson');
    const r = importWith(...common, '--from', join(dir, 'parks.shp'), '--out', out);
    expect(
      errorsOf(r)
        .map((p) => p.message_en)
        .join(),
    ).toMatch(/projected metres.*EPSG:4543/);
    expect(existsSync(out)).toBe(false);
    const ok = importWith(...common, '--from', join(dir, 'parks.shp'), '--out', out, '--crs', 'EPSG:4543');
    expect(errorsOf(ok)).toEqual([]);
  });

  it('with no .cpg, detects GBK and says so; --encoding gbk silences it', () => {
    const dir = tmp();
    writeShapefile(dir, 'parks', rows(), 'POLYGON', gkRings(EPSG_4543), { prj: OGC_4543 });
    const out = join(dir, 'out.geojson');
    const r = importWith(...common, '--from', join(dir, 'parks.shp'), '--out', out, '--dry-run');
    expect(r.problems.map((p) => p.code)).toContain('encoding-guessed');
    expect(r.wrote).toBeNull();
    const r2 = importWith(
      ...common,
      '--from',
      join(dir, 'parks.shp'),
      '--out',
      out,
      '--encoding',
      'gbk',
      '--dry-run',
    );
    expect(r2.problems.map((p) => p.code)).not.toContain('encoding-guessed');
    expect(errorsOf(r2)).toEqual([]);
  });

  it('names records that break the rules and writes nothing', () => {
    const dir = tmp();
    const bad = rows();
    bad[1].status = gbkBinary('暂停');
    writeShapefile(dir, 'parks', bad, 'POLYGON', gkRings(EPSG_4543), { prj: OGC_4543, cpg: 'GBK' });
    const out = join(dir, 'out.geojson');
    const r = importWith(...common, '--from', join(dir, 'parks.shp'), '--out', out);
    const e = errorsOf(r);
    expect(e).toHaveLength(1);
    expect(e[0].location).toBe('FID 1 "炳草岗游园": properties.status');
    expect(e[0].message_en).toContain('"暂停"');
    expect(existsSync(out)).toBe(false);
  });
});

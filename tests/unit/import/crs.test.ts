/**
 * Every CRS a .prj or --crs can describe (issue 16, points 1 and 2): real .prj texts from
 * tests/fixtures/prj (see its README), points written in that CRS with proj4, read back within
 * 0.5 m. Only Beijing 1954 / Xi'an 1980 are refused, recognised by datum and ellipsoid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Point, Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsFromPrj, parseCrsArg } from '../../../scripts/import/crs';
import { errorsOf, importWith, maxErrorM, tmp, writeShapefile } from './helpers';

const prj = (name: string) => readFileSync(join('tests/fixtures/prj', name), 'utf8');
/** Two landmarks near the district centre (WGS84). */
const NEAR: Position[] = [
  [101.7183, 26.5817],
  [101.7301, 26.5803],
];

function importPoints(def: string, pts: Position[], extra: { prj?: string } = {}, ...args: string[]) {
  const dir = tmp();
  const xy = pts.map((p) => proj4('WGS84', def, [p[0], p[1]]));
  writeShapefile(
    dir,
    'marks',
    pts.map((_, i) => ({ name: `mark ${i}` })),
    'POINT',
    xy,
    extra,
  );
  const out = join(dir, 'context.geojson');
  const r = importWith(
    '--layer',
    'context',
    '--from',
    join(dir, 'marks.shp'),
    '--defaults',
    'kind=landmark',
    '--out',
    out,
    ...args,
  );
  const got = r.wrote
    ? JSON.parse(readFileSync(out, 'utf8')).features.map((f: { geometry: Point }) => f.geometry.coordinates)
    : [];
  return { r, got };
}

describe('.prj files of every kind', () => {
  const cases: Array<[string, string, string]> = [
    [
      'cgcs2000-gk6-zone18.prj',
      '+proj=tmerc +lon_0=105 +k=1 +x_0=18500000 +ellps=GRS80 +units=m',
      'EPSG:4496',
    ],
    ['cgcs2000-gk6-cm105.prj', '+proj=tmerc +lon_0=105 +k=1 +x_0=500000 +ellps=GRS80 +units=m', 'EPSG:4507'],
    [
      'cgcs2000-gk3-cm102-wkt2.prj',
      '+proj=tmerc +lon_0=102 +k=1 +x_0=500000 +ellps=GRS80 +units=m',
      'EPSG:4543',
    ],
    [
      'qgis-custom-grs1980-cm102.prj',
      '+proj=tmerc +lon_0=102 +k=1 +x_0=500000 +ellps=GRS80 +units=m',
      'EPSG:4543',
    ],
    ['wgs84-utm47n.prj', '+proj=utm +zone=47 +datum=WGS84 +units=m', 'UTM_Zone_47N'],
    ['web-mercator.prj', 'EPSG:3857', 'Web_Mercator'],
  ];
  for (const [file, def, label] of cases)
    it(`${file} → ${label}, within 0.5 m`, () => {
      const { r, got } = importPoints(def, NEAR, { prj: prj(file) });
      expect(errorsOf(r)).toEqual([]);
      expect(r.crs).toContain(label);
      expect(maxErrorM(got, NEAR)).toBeLessThan(0.5);
    });

  it('GRS_1980 datums elsewhere (NAD83, ETRS89, GDA94) are read, not refused as Xi’an 1980', () => {
    for (const [file, def, p] of [
      ['nad83-utm15n.prj', '+proj=utm +zone=15 +ellps=GRS80 +units=m', [-93.1, 44.95]],
      ['etrs89-utm32n.prj', '+proj=utm +zone=32 +ellps=GRS80 +units=m', [9.18, 48.78]],
      ['gda94.prj', '+proj=longlat +ellps=GRS80', [151.2, -33.87]],
    ] as const) {
      const { r, got } = importPoints(def, [p as unknown as Position], { prj: prj(file) });
      expect(errorsOf(r), file).toEqual([]);
      expect(maxErrorM(got, [p as unknown as Position]), file).toBeLessThan(0.5);
      const text = r.problems.map((x) => x.message_en).join('\n');
      expect(text).not.toMatch(/1954|1980/);
      expect(text).toMatch(/outside China/);
    }
  });

  it('Beijing 1954 and Xi’an 1980 are refused, by datum, with what to ask for', () => {
    for (const file of ['beijing1954-gk3-cm102.prj', 'xian1980-gk3-cm102.prj']) {
      const c = crsFromPrj(prj(file));
      expect('en' in c && c.en, file).toMatch(/(Beijing 1954|Xi'an 1980) datum: it needs local conversion/);
    }
    // With TOWGS84 parameters in the .prj, proj4 can convert: accepted.
    const withParams = prj('beijing1954-gk3-cm102.prj').replace(
      'SPHEROID["Krasovsky_1940",6378245.0,298.3]',
      'SPHEROID["Krasovsky_1940",6378245.0,298.3],TOWGS84[15.8,-154.4,-82.3,0,0,0,0]',
    );
    expect(crsFromPrj(withParams)).toHaveProperty('kind', 'projected');
  });
});

describe('--crs', () => {
  it('takes EPSG codes of the bundled table and proj4 strings', () => {
    expect(parseCrsArg('EPSG:4496')).toMatchObject({ cm: 105, zonePrefix: true, zoneWidth: 6 });
    expect(parseCrsArg('EPSG:4502')).toMatchObject({ cm: 75, zonePrefix: false, zoneWidth: 6 });
    expect(parseCrsArg('EPSG:4512')).toMatchObject({ cm: 135, zonePrefix: false, zoneWidth: 6 });
    expect(parseCrsArg('EPSG:32648')).toMatchObject({
      kind: 'projected',
      label: expect.stringContaining('48N'),
    });
    expect(parseCrsArg('EPSG:32750')).toMatchObject({ def: expect.stringContaining('+south') });
    expect(parseCrsArg('EPSG:3857')).toMatchObject({ kind: 'projected' });
    expect(parseCrsArg('EPSG:4490')).toMatchObject({ kind: 'wgs84' });
    expect(parseCrsArg('EPSG:4269')).toMatchObject({ kind: 'projected', geographic: true });
    expect(parseCrsArg('EPSG:2431')).toMatchObject({ en: expect.stringContaining('Beijing 1954') });
    expect(parseCrsArg('EPSG:99999')).toMatchObject({ en: expect.stringContaining('not known') });
    expect(parseCrsArg('+proj=nonsense')).toHaveProperty('en');
  });

  it('EPSG:3857, UTM and a proj4 string convert within 0.5 m', () => {
    for (const [arg, def] of [
      ['EPSG:3857', 'EPSG:3857'],
      ['EPSG:32647', '+proj=utm +zone=47 +datum=WGS84 +units=m'],
      ['EPSG:4507', '+proj=tmerc +lon_0=105 +k=1 +x_0=500000 +ellps=GRS80 +units=m'],
      [
        '+proj=tmerc +lat_0=0 +lon_0=101.5 +k=1 +x_0=50000 +y_0=-2900000 +ellps=GRS80 +units=m',
        '+proj=tmerc +lat_0=0 +lon_0=101.5 +k=1 +x_0=50000 +y_0=-2900000 +ellps=GRS80 +units=m',
      ],
    ]) {
      const { r, got } = importPoints(def, NEAR, {}, '--crs', arg);
      expect(errorsOf(r), arg).toEqual([]);
      expect(maxErrorM(got, NEAR), arg).toBeLessThan(0.5);
    }
  });

  it('a --crs that contradicts the .prj is refused naming both; --ignore-prj uses --crs', () => {
    const def = '+proj=tmerc +lon_0=105 +k=1 +x_0=500000 +ellps=GRS80 +units=m';
    const { r } = importPoints(def, NEAR, { prj: prj('cgcs2000-gk6-cm105.prj') }, '--crs', 'EPSG:4543');
    const e = errorsOf(r);
    expect(e).toHaveLength(1);
    expect(e[0].message_en).toMatch(
      /--crs says EPSG:4543.*but the \.prj says EPSG:4507.*km apart.*--ignore-prj/,
    );
    const same = importPoints(def, NEAR, { prj: prj('cgcs2000-gk6-cm105.prj') }, '--crs', 'EPSG:4507');
    expect(errorsOf(same.r)).toEqual([]);
    const forced = importPoints(
      '+proj=tmerc +lon_0=102 +k=1 +x_0=500000 +ellps=GRS80 +units=m',
      NEAR,
      { prj: prj('cgcs2000-gk6-cm105.prj') },
      '--crs',
      'EPSG:4543',
      '--ignore-prj',
    );
    expect(errorsOf(forced.r)).toEqual([]);
    expect(maxErrorM(forced.got, NEAR)).toBeLessThan(0.5);
  });

  it('never says "pass --crs" when --crs was passed; a wrong one is named with where it puts the data', () => {
    const { r } = importPoints('EPSG:3857', NEAR, {}, '--crs', 'WGS84');
    const msg = errorsOf(r)[0].message_en;
    expect(msg).toMatch(/not degrees, but --crs says WGS84; check --crs/);
    expect(msg).not.toMatch(/pass --crs/);
    const utm = importPoints('EPSG:3857', NEAR, {}, '--crs', 'EPSG:32647');
    expect(utm.r.problems.map((p) => p.message_en).join('\n')).toMatch(
      /do not convert to a place on Earth|outside China|from the district/,
    );
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gkDefinition, parseCrsArg } from '../../../scripts/import/crs';
import { decideCrs, lookOf } from '../../../scripts/import/sniff';
import { EPSG_4522, EPSG_4543, errorsOf, importWith, maxErrorM, tmp, toGk } from './helpers';

const RING: Position[] = [
  [101.7262, 26.5814],
  [101.7268, 26.5814],
  [101.7268, 26.5819],
  [101.7262, 26.5819],
  [101.7262, 26.5814],
];

describe('KML and GeoJSON import', () => {
  it('KML: a clockwise, unclosed placemark with altitude becomes a closed CCW polygon, ExtendedData mapped', () => {
    const dir = tmp();
    const cw = [...RING].reverse().slice(0, 4);
    const coords = cw.map((p) => `${p[0]},${p[1]},1200`).join(' ');
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>江畔小游园</name>
<ExtendedData><Data name="状态"><value>在建</value></Data><Data name="年份"><value>2026</value></Data>
<Data name="设施"><value>座椅、步道,健身器材</value></Data></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>${coords}</coordinates></LinearRing></outerBoundaryIs></Polygon>
</Placemark></Document></kml>`;
    writeFileSync(join(dir, 'parks.kml'), kml);
    const out = join(dir, 'p.geojson');
    const r = importWith(
      '--layer',
      'pocket-parks',
      '--from',
      join(dir, 'parks.kml'),
      '--out',
      out,
      '--map',
      '状态=status',
      '年份=year',
      '设施=facilities',
    );
    expect(errorsOf(r)).toEqual([]);
    const f = JSON.parse(readFileSync(out, 'utf8')).features[0];
    expect(f.properties).toMatchObject({
      name: '江畔小游园',
      status: 'under_construction',
      year: 2026,
      facilities: ['座椅', '步道', '健身器材'],
    });
    const ring = (f.geometry as Polygon).coordinates[0];
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(ring[0]).toHaveLength(2);
    expect(maxErrorM(ring, RING)).toBeLessThan(0.5);
  });

  it('GeoJSON with a QGIS-style "crs" member in EPSG:4543 is converted, ids kept; bad ids are named', () => {
    const dir = tmp();
    const feature = (id: string, name: string) => ({
      type: 'Feature',
      properties: { id, name, status: 'planned', year: 2027, facilities: '座椅' },
      geometry: { type: 'Polygon', coordinates: [RING.map((p) => toGk(EPSG_4543, p))] },
    });
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4543' } },
      features: [feature('Park_A', '甲园'), feature('pp-01', '乙园')],
    };
    writeFileSync(join(dir, 'in.geojson'), JSON.stringify(fc));
    const out = join(dir, 'o.geojson');
    const r = importWith(
      '--layer',
      'pocket-parks',
      '--from',
      join(dir, 'in.geojson'),
      '--out',
      out,
      '--dry-run',
    );
    // The layer being imported replaces public/geo/pocket-parks, so its ids (pp-01) may be reused.
    expect(r.crs).toContain('EPSG:4543');
    expect(errorsOf(r)).toEqual([]);
    const dup = importWith(
      '--layer',
      'pocket-parks',
      '--from',
      join(dir, 'in.geojson'),
      '--out',
      out,
      '--map',
      'name=id',
    );
    expect(errorsOf(dup).map((p) => p.location)).toEqual([
      'features[0] "甲园": properties.id',
      'features[1] "乙园": properties.id',
    ]);
  });
});

describe('CRS rules', () => {
  it('maps the EPSG codes of both GK series to central meridians', () => {
    expect(parseCrsArg('EPSG:4543')).toMatchObject({ cm: 102, zonePrefix: false, def: EPSG_4543 });
    expect(parseCrsArg('epsg:4522')).toMatchObject({ cm: 102, zonePrefix: true, def: EPSG_4522 });
    expect(parseCrsArg('EPSG:4513')).toMatchObject({ cm: 75, zonePrefix: true });
    expect(parseCrsArg('EPSG:4554')).toMatchObject({ cm: 135, zonePrefix: false });
    expect(parseCrsArg('EPSG:4555')).toHaveProperty('en');
    expect(gkDefinition(105, true)).toContain('+x_0=35500000');
  });

  it('tells degrees, swapped degrees and GK metres apart', () => {
    expect(lookOf([101.72, 26.58])).toBe('lonlat');
    expect(lookOf([26.58, 101.72])).toBe('latlon');
    expect(lookOf(toGk(EPSG_4543, [101.72, 26.58]))).toBe('gk');
    expect(lookOf(toGk(EPSG_4522, [101.72, 26.58]))).toBe('gk-zone');
    const [e, n] = toGk(EPSG_4543, [101.72, 26.58]);
    expect(lookOf([n, e])).toBe('gk-swapped');
  });

  it('metres declared as WGS84 are refused; a zone number in X is used or contradicts', () => {
    const m = toGk(EPSG_4543, [101.72, 26.58]);
    expect(decideCrs({ kind: 'wgs84', label: 'WGS84' }, '--crs', 'gk', m, 101.7).error?.en).toMatch(
      /EPSG:4543/,
    );
    const z = toGk(EPSG_4522, [101.72, 26.58]);
    expect(decideCrs('cgcs2000', '--crs', 'gk-zone', z, null).crs).toMatchObject({
      cm: 102,
      zonePrefix: true,
    });
    const wrongZone = parseCrsArg('EPSG:4544');
    if (typeof wrongZone === 'string' || !('kind' in wrongZone)) throw new Error('EPSG:4544');
    expect(decideCrs(wrongZone, '--crs', 'gk-zone', z, null).error?.en).toMatch(/zone 34/);
    expect(
      decideCrs(parseCrsArg('EPSG:4543') as never, '--crs', 'lonlat', [101.7, 26.5], null).error?.en,
    ).toMatch(/are degrees/);
  });
});

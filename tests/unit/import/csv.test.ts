import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Point, Position } from 'geojson';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { errorsOf, importWith, maxErrorM, tmp } from './helpers';

interface Elevator {
  geometry: Point;
  properties: Record<string, string | number>;
}

/** Three real elevators of the data set: known WGS84 points inside their area, with a real community. */
const ELEVATORS: Elevator[] = JSON.parse(readFileSync('public/geo/elevators.geojson', 'utf8')).features.slice(
  0,
  3,
);
const AREA_ZH: Record<string, string> = Object.fromEntries(
  JSON.parse(readFileSync('public/geo/areas.geojson', 'utf8')).features.map(
    (f: { properties: { id: string; name: string } }) => [f.properties.id, f.properties.name],
  ),
);
const STATUS_ZH: Record<string, string> = {
  completed: '已完成',
  under_construction: '在建',
  planned: '计划',
};

/** A spreadsheet as a planner would export it from Excel: Chinese headers, GCJ-02 from AMap, GBK. */
function gbkCsv(dir: string, rows: string[][]): string {
  const head = ['名称', '经度', '纬度', '小区', '楼栋', '单元数', '层数', '户数', '状态', '完工年份', '片区'];
  const text = [head, ...rows]
    .map((r) => r.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  const path = join(dir, '加装电梯.csv');
  writeFileSync(path, iconv.encode(text, 'gbk'));
  return path;
}

function rowOf(e: Elevator): string[] {
  const [lon, lat] = gcoord.transform(e.geometry.coordinates as [number, number], gcoord.WGS84, gcoord.GCJ02);
  const p = e.properties;
  return [
    String(p.name),
    lon.toFixed(7),
    lat.toFixed(7),
    String(p.community),
    String(p.building),
    String(p.units),
    `${p.floors}层`,
    String(p.households_served),
    STATUS_ZH[String(p.status)],
    `${p.year}年`,
    AREA_ZH[String(p.area)],
  ];
}

const MAP = [
  '--map',
  '名称=name',
  '小区=community',
  '楼栋=building',
  '单元数=units',
  '层数=floors',
  '户数=households_served',
  '状态=status',
  '完工年份=year',
  '片区=area',
];

describe('CSV import (GBK, GCJ-02 from AMap)', () => {
  it('converts GCJ-02 to WGS84 within 0.5 m and maps Chinese columns and words to the schema', () => {
    const dir = tmp();
    const from = gbkCsv(dir, ELEVATORS.map(rowOf));
    const out = join(dir, 'elevators.geojson');
    const r = importWith('--layer', 'elevators', '--from', from, '--crs', 'GCJ02', ...MAP, '--out', out);
    expect(errorsOf(r)).toEqual([]);
    const fc = JSON.parse(readFileSync(out, 'utf8'));
    const got: Position[] = fc.features.map((f: Elevator) => f.geometry.coordinates);
    const want = ELEVATORS.map((e) => e.geometry.coordinates);
    expect(maxErrorM(got, want)).toBeLessThan(0.5);
    // Without the conversion the points would be hundreds of metres off: the test can fail.
    const raw = ELEVATORS.map((e) =>
      gcoord.transform(e.geometry.coordinates as [number, number], gcoord.WGS84, gcoord.GCJ02),
    );
    expect(maxErrorM(raw, want)).toBeGreaterThan(100);
    fc.features.forEach((f: Elevator, i: number) => {
      const p = ELEVATORS[i].properties;
      expect(f.properties).toMatchObject({
        id: `elevators-${i + 1}`,
        name: p.name,
        area: p.area,
        status: p.status,
        year: p.year,
        community: p.community,
        floors: p.floors,
        households_served: p.households_served,
      });
    });
  });

  it('declared (or defaulted) WGS84 gets the plain GCJ-02 warning', () => {
    const dir = tmp();
    const from = gbkCsv(dir, ELEVATORS.map(rowOf));
    const r = importWith(
      '--layer',
      'elevators',
      '--from',
      from,
      ...MAP,
      '--out',
      join(dir, 'x.geojson'),
      '--dry-run',
    );
    const warn = r.problems.find((p) => p.code === 'crs-check');
    expect(warn?.message_en).toMatch(/GCJ-02 cannot be detected.*--crs GCJ02.*confirm the source app/);
    expect(warn?.message_zh).toContain('请确认坐标来源');
  });

  it('swapped latitude/longitude columns are swapped back, with a warning', () => {
    const dir = tmp();
    const rows = ELEVATORS.map(rowOf).map((r) => [r[0], r[2], r[1], ...r.slice(3)]);
    const out = join(dir, 'e.geojson');
    const r = importWith(
      '--layer',
      'elevators',
      '--from',
      gbkCsv(dir, rows),
      '--crs',
      'GCJ02',
      ...MAP,
      '--out',
      out,
    );
    expect(errorsOf(r)).toEqual([]);
    expect(r.problems.map((p) => p.message_en).join()).toContain('swapped');
    const got = JSON.parse(readFileSync(out, 'utf8')).features.map((f: Elevator) => f.geometry.coordinates);
    expect(
      maxErrorM(
        got,
        ELEVATORS.map((e) => e.geometry.coordinates),
      ),
    ).toBeLessThan(0.5);
  });

  it('names a row without coordinates and a row with a dangling community, and writes nothing', () => {
    const dir = tmp();
    const rows = ELEVATORS.map(rowOf);
    rows[1][1] = '';
    rows[2][3] = 'c-gone';
    const out = join(dir, 'elevators.geojson');
    const r = importWith(
      '--layer',
      'elevators',
      '--from',
      gbkCsv(dir, rows),
      '--crs',
      'GCJ02',
      ...MAP,
      '--out',
      out,
    );
    const e = errorsOf(r);
    expect(e.map((p) => p.location)).toEqual([
      `row 3 ${JSON.stringify(ELEVATORS[1].properties.name)}`,
      `row 4 ${JSON.stringify(ELEVATORS[2].properties.name)}: properties.community`,
    ]);
    expect(e[0].message_en).toContain('column "经度" is empty');
    expect(e[0].message_zh).toContain('经度');
    expect(existsSync(out)).toBe(false);
    expect(r.features).toBe(3);
  });
});

/**
 * Coordinate rules: a position is two or three finite numbers, longitude −180…180, latitude
 * −90…90, with hints for [lat, lon] order and projected (metre) coordinates. Problems are collected
 * per geometry and reported once with a count, so a wrongly projected file gives one line per feature.
 */
import type { Position } from 'geojson';
import { at, type ProblemSink } from './problem';

export const fmt = (n: number) => (Math.abs(n) >= 1e5 ? n.toFixed(1) : String(Math.round(n * 1e7) / 1e7));

/** A value named for a message: `text "abc"`, `an array`, `an object`, `null`, `NaN` (never "[object Object]"). */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `text ${JSON.stringify(v.slice(0, 20))}`;
  if (Array.isArray(v)) return 'an array';
  if (v !== null && typeof v === 'object') return 'an object';
  return String(v);
}

interface Deferred {
  loc: string;
  code: 'bad-coordinate' | 'coordinate-out-of-range' | 'swapped-lonlat' | 'projected-coordinates';
  en: string;
  zh: string;
  count: number;
}

/** Collapses coordinate problems to the first one per geometry plus a count. */
export class CoordReport {
  private byCode = new Map<string, Deferred>();
  ok = true;
  add(d: Omit<Deferred, 'count'>): void {
    this.ok = false;
    const prev = this.byCode.get(d.code);
    if (prev) prev.count++;
    else this.byCode.set(d.code, { ...d, count: 1 });
  }
  flush(sink: ProblemSink): void {
    for (const d of this.byCode.values()) {
      const more = d.count > 1;
      sink.error(
        d.loc,
        d.code,
        more ? `${d.en} (and ${d.count - 1} more positions in this geometry)` : d.en,
        more ? `${d.zh}（本几何中另有 ${d.count - 1} 个坐标同样有误）` : d.zh,
      );
    }
  }
}

/**
 * Checks one position `[lon, lat(, alt)]`; returns true when it is two or three finite numbers in
 * range. Problems are deferred into `rep` and reported once per geometry.
 */
export function checkPosition(p: unknown, loc: string, rep: CoordReport): boolean {
  if (!Array.isArray(p) || p.length < 2) {
    rep.add({
      loc,
      code: 'bad-coordinate',
      en: 'a position must be an array [longitude, latitude]',
      zh: '坐标点必须是数组 [经度, 纬度]',
    });
    return false;
  }
  for (let k = 0; k < p.length && k < 3; k++) {
    const v = p[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      rep.add({
        loc: at(loc, k),
        code: 'bad-coordinate',
        en: `coordinate must be a finite number, not ${describeValue(v)}`,
        zh: '坐标值必须是有限数字',
      });
      return false;
    }
  }
  const x = p[0] as number;
  const y = p[1] as number;
  if (x >= 3 && x <= 54 && y >= 73 && y <= 136) {
    rep.add({
      loc,
      code: 'swapped-lonlat',
      en: `[${fmt(x)}, ${fmt(y)}]: lon/lat swapped? GeoJSON is [longitude, latitude]`,
      zh: `[${fmt(x)}, ${fmt(y)}]：经纬度顺序颠倒？GeoJSON 要求 [经度, 纬度]`,
    });
    return false;
  }
  if ((Math.abs(x) > 180 || Math.abs(y) > 90) && Math.abs(x) >= 1000 && Math.abs(y) >= 1000) {
    rep.add({
      loc,
      code: 'projected-coordinates',
      en: `[${fmt(x)}, ${fmt(y)}]: projected coordinates (metres, e.g. CGCS2000 Gauss–Krüger)? convert to WGS84 longitude/latitude first (npm run import)`,
      zh: `[${fmt(x)}, ${fmt(y)}]：疑似投影坐标（米，如 CGCS2000 高斯-克吕格），请先转换为 WGS84 经纬度`,
    });
    return false;
  }
  if (Math.abs(x) > 180) {
    rep.add({
      loc: at(loc, 0),
      code: 'coordinate-out-of-range',
      en: `longitude ${fmt(x)} out of range −180…180`,
      zh: `经度 ${fmt(x)} 超出范围 −180…180`,
    });
    return false;
  }
  if (Math.abs(y) > 90) {
    rep.add({
      loc: at(loc, 1),
      code: 'coordinate-out-of-range',
      en: `latitude ${fmt(y)} out of range −90…90`,
      zh: `纬度 ${fmt(y)} 超出范围 −90…90`,
    });
    return false;
  }
  return true;
}

/** Checks an array of positions; returns it when every position is fine, else null. */
export function checkPositions(
  a: unknown,
  loc: string,
  rep: CoordReport,
  sink: ProblemSink,
): Position[] | null {
  if (!Array.isArray(a)) {
    sink.error(loc, 'geojson-invalid', 'must be an array of positions', '必须是坐标点数组');
    return null;
  }
  let ok = true;
  for (let i = 0; i < a.length; i++) if (!checkPosition(a[i], at(loc, i), rep)) ok = false;
  return ok ? (a as Position[]) : null;
}

/**
 * Coordinate reference systems the importer understands, and converters from each to WGS84.
 *
 * - CGCS2000 3-degree Gauss–Krüger: EPSG:4513–4533 (zones 25–45, X carries the zone number in
 *   front: 34 500 000 m) and EPSG:4534–4554 (the same central meridians 75°E–135°E, no prefix).
 *   proj4 definitions are generated here, not looked up, so no network and no EPSG database.
 * - Geographic CGCS2000 (EPSG:4490) differs from WGS84 by centimetres: treated as WGS84.
 * - GCJ-02 (AMap/高德, Tencent, Google China) and BD-09 (Baidu) via gcoord.
 * - A `.prj` (ESRI or OGC WKT) is parsed by proj4; for transverse Mercator the central meridian
 *   and false easting are read from it and a clean GK definition is generated.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';

export type Crs =
  | { kind: 'wgs84'; label: string }
  | { kind: 'gcj02'; label: string }
  | { kind: 'bd09'; label: string }
  /** Any projected CRS in metres; `cm` and `zonePrefix` are set for Gauss–Krüger. */
  | { kind: 'projected'; label: string; def: string; cm?: number; zonePrefix?: boolean };

/** First and last EPSG codes of the two CGCS2000 3-degree GK series. */
export const GK_ZONE_EPSG = [4513, 4533] as const;
export const GK_CM_EPSG = [4534, 4554] as const;

/** The proj4 definition of CGCS2000 3-degree GK at central meridian `cm`, with or without the zone prefix in X. */
export function gkDefinition(cm: number, zonePrefix: boolean): string {
  const x0 = zonePrefix ? (cm / 3) * 1e6 + 500000 : 500000;
  return `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** The CGCS2000 GK CRS for a central meridian (a multiple of 3 from 75 to 135). */
export function gkCrs(cm: number, zonePrefix: boolean): Crs {
  const epsg = gkEpsg(cm, zonePrefix);
  const label = zonePrefix
    ? `EPSG:${epsg} (CGCS2000 3° Gauss–Krüger zone ${cm / 3}, CM ${cm}°E)`
    : `EPSG:${epsg} (CGCS2000 3° Gauss–Krüger CM ${cm}°E)`;
  return { kind: 'projected', label, def: gkDefinition(cm, zonePrefix), cm, zonePrefix };
}

/** The EPSG code of CGCS2000 GK for a central meridian, e.g. 102 → 4543 (or 4522 with the prefix). */
export function gkEpsg(cm: number, zonePrefix: boolean): number {
  return (zonePrefix ? GK_ZONE_EPSG[0] : GK_CM_EPSG[0]) + (cm / 3 - 25);
}

export interface CrsError {
  en: string;
  zh: string;
}

/**
 * Parses the `--crs` value: `EPSG:45xx`, `EPSG:4326`/`WGS84`, `EPSG:4490`, `CGCS2000` (degrees, or
 * GK with the zone in X; the data decide, see `resolveCgcs2000`), `GCJ02`, `BD09`, or a proj4
 * string starting with `+proj=`.
 */
export function parseCrsArg(value: string): Crs | 'cgcs2000' | CrsError {
  const v = value.trim();
  const u = v.toUpperCase().replace(/[\s_-]/g, '');
  if (u === 'WGS84' || u === 'EPSG:4326' || u === 'EPSG:4490') return { kind: 'wgs84', label: 'WGS84' };
  if (u === 'GCJ02' || u === 'AMAP' || u === 'GAODE') return { kind: 'gcj02', label: 'GCJ-02' };
  if (u === 'BD09' || u === 'BAIDU') return { kind: 'bd09', label: 'BD-09' };
  if (u === 'CGCS2000') return 'cgcs2000';
  const m = /^EPSG:(\d+)$/.exec(u);
  if (m) {
    const code = Number(m[1]);
    if (code >= GK_ZONE_EPSG[0] && code <= GK_ZONE_EPSG[1])
      return gkCrs((code - GK_ZONE_EPSG[0] + 25) * 3, true);
    if (code >= GK_CM_EPSG[0] && code <= GK_CM_EPSG[1]) return gkCrs((code - GK_CM_EPSG[0] + 25) * 3, false);
    return {
      en: `EPSG:${code} is not supported; use EPSG:4513–4554 (CGCS2000 GK), WGS84, GCJ02, BD09 or a +proj= string`,
      zh: `不支持 EPSG:${code}；请用 EPSG:4513–4554（CGCS2000 高斯–克吕格）、WGS84、GCJ02、BD09 或 +proj= 定义`,
    };
  }
  if (v.startsWith('+proj=')) {
    try {
      proj4(v, 'WGS84', [0, 0]);
      return { kind: 'projected', label: v, def: v };
    } catch {
      return { en: `proj4 cannot read "${v}"`, zh: `proj4 无法解析 "${v}"` };
    }
  }
  return {
    en: `unknown --crs "${v}"; use EPSG:45xx, CGCS2000, WGS84, GCJ02 or BD09`,
    zh: `无法识别的 --crs "${v}"；请用 EPSG:45xx、CGCS2000、WGS84、GCJ02 或 BD09`,
  };
}

const TMERC = new Set(['tmerc', 'etmerc', 'utm', 'transverse_mercator', 'gauss_kruger', 'gauss-kruger']);
const OLD_DATUM = /beijing|xian|xi'an|1954|1980/i;

/**
 * Reads a `.prj` (WKT). Gauss–Krüger/transverse Mercator on the CGCS2000 (or WGS84/GRS80)
 * ellipsoid becomes a generated definition from its central meridian and false easting;
 * geographic becomes WGS84. Beijing 1954 and Xi'an 1980 need local parameters: refused.
 */
export function crsFromPrj(wkt: string): Crs | CrsError {
  let p: Record<string, unknown>;
  try {
    p = proj4.Proj(wkt) as unknown as Record<string, unknown>;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      en: `cannot read the .prj (${why.slice(0, 80)})`,
      zh: `无法解析 .prj 文件（${why.slice(0, 80)}）`,
    };
  }
  const name = String(p.srsCode ?? p.name ?? 'the .prj');
  if (OLD_DATUM.test(`${name} ${String(p.datumCode ?? '')}`) || OLD_DATUM.test(wkt.slice(0, 400))) {
    return {
      en: `the .prj says ${name}: Beijing 1954 / Xi'an 1980 need local conversion parameters (ask the surveying office for CGCS2000 data); or pass --crs to override`,
      zh: `.prj 为 ${name}：北京54/西安80 坐标需要当地转换参数（请向测绘部门索取 CGCS2000 成果），或用 --crs 指定`,
    };
  }
  const projName = String(p.projName ?? '').toLowerCase();
  if (projName === 'longlat') return { kind: 'wgs84', label: `${name} (≈ WGS84)` };
  const a = Number(p.a);
  const onGrs80 = Math.abs(a - 6378137) < 0.5;
  if (TMERC.has(projName) && onGrs80 && Number.isFinite(Number(p.long0))) {
    const cm = round((Number(p.long0) * 180) / Math.PI, 9);
    const x0 = Number(p.x0 ?? 0);
    const k = Number(p.k0 ?? 1);
    const lat0 = round((Number(p.lat0 ?? 0) * 180) / Math.PI, 9);
    const y0 = Number(p.y0 ?? 0);
    const isGk3 = cm % 3 === 0 && cm >= 75 && cm <= 135 && k === 1 && lat0 === 0 && y0 === 0;
    if (isGk3 && x0 === 500000) return gkCrs(cm, false);
    if (isGk3 && x0 === (cm / 3) * 1e6 + 500000) return gkCrs(cm, true);
    const ellps = Math.abs(Number(p.rf) - 298.257223563) < 1e-6 ? 'WGS84' : 'GRS80';
    const def = `+proj=tmerc +lat_0=${lat0} +lon_0=${cm} +k=${k} +x_0=${x0} +y_0=${y0} +ellps=${ellps} +units=m +no_defs`;
    return { kind: 'projected', label: `${name} (CM ${cm}°E)`, def, cm, zonePrefix: x0 >= 1e6 };
  }
  return { kind: 'projected', label: name, def: wkt };
}

function round(x: number, d: number): number {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

/** A converter from the CRS's (x, y) to WGS84 [lon, lat]. */
export function toWgs84(crs: Crs): (xy: [number, number]) => [number, number] {
  switch (crs.kind) {
    case 'wgs84':
      return (xy) => xy;
    case 'gcj02':
      return (xy) => gcoord.transform(xy, gcoord.GCJ02, gcoord.WGS84) as [number, number];
    case 'bd09':
      return (xy) => gcoord.transform(xy, gcoord.BD09, gcoord.WGS84) as [number, number];
    case 'projected': {
      const conv = proj4(crs.def, 'WGS84');
      return (xy) => conv.forward(xy) as [number, number];
    }
  }
}

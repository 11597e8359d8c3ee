/**
 * Coordinate reference systems the importer understands, and converters from each to WGS84.
 *
 * - Any CRS a `.prj` (ESRI WKT, OGC WKT1, WKT2) or a proj4 string describes is converted by proj4;
 *   `--crs EPSG:NNNN` takes the codes of `epsg.ts` (CGCS2000 3° and 6° Gauss–Krüger, UTM, Web
 *   Mercator, WGS84/CGCS2000 degrees) and whatever else proj4 defines.
 * - Geographic CGCS2000 (EPSG:4490) differs from WGS84 by centimetres: treated as WGS84.
 * - GCJ-02 (AMap/高德, Tencent, Google China) and BD-09 (Baidu) via gcoord.
 * - Gauss–Krüger in a `.prj` becomes a clean generated definition from its central meridian and
 *   false easting, so the zone-number checks of sniff.ts apply.
 * - Only Beijing 1954 (Krassowsky ellipsoid) and Xi'an 1980 (IAG-75 ellipsoid) are refused: proj4
 *   cannot convert them without the local parameters, unless the .prj carries TOWGS84 itself.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import { epsgEntry, type GkParams, gkDefinition, gkLabel, oldDatumCode, zoneOf } from './epsg';

export { gkDefinition, gkEpsg } from './epsg';

export type Crs =
  | { kind: 'wgs84'; label: string }
  | { kind: 'gcj02'; label: string }
  | { kind: 'bd09'; label: string }
  /**
   * Anything proj4 converts. `geographic` for degrees on another datum (NAD83, GDA94…);
   * `cm`, `zonePrefix` and `zoneWidth` are set for CGCS2000 Gauss–Krüger.
   */
  | {
      kind: 'projected';
      label: string;
      def: string;
      geographic?: boolean;
      cm?: number;
      zonePrefix?: boolean;
      zoneWidth?: 3 | 6;
    };

export type ProjCrs = Extract<Crs, { kind: 'projected' }>;

export interface CrsError {
  en: string;
  zh: string;
}

/** The CGCS2000 GK CRS for a central meridian of the 3° (default) or 6° series. */
export function gkCrs(cm: number, zonePrefix: boolean, width: 3 | 6 = 3): ProjCrs {
  const g: GkParams = { cm, zonePrefix, width };
  return {
    kind: 'projected',
    label: gkLabel(g),
    def: gkDefinition(cm, zonePrefix, width),
    cm,
    zonePrefix,
    zoneWidth: width,
  };
}

const OLD_ADVICE = {
  en: 'it needs local conversion parameters (ask the surveying office for CGCS2000 data, or a .prj with TOWGS84)',
  zh: '需要当地转换参数（请向测绘部门索取 CGCS2000 成果，或带 TOWGS84 参数的 .prj）',
};

/**
 * Parses the `--crs` value: `EPSG:NNNN` (see epsg.ts), `WGS84`, `CGCS2000` (degrees, or GK with
 * the zone in X: the data decide), `GCJ02`, `BD09`, a proj4 string (`+proj=…`) or a WKT text.
 */
export function parseCrsArg(value: string): Crs | 'cgcs2000' | CrsError {
  const v = value.trim();
  const u = v.toUpperCase().replace(/[\s_-]/g, '');
  if (u === 'WGS84' || u === 'EPSG:4326' || u === 'CRS84') return { kind: 'wgs84', label: 'WGS84' };
  if (u === 'EPSG:4490') return { kind: 'wgs84', label: 'EPSG:4490 (CGCS2000 geographic ≈ WGS84)' };
  if (u === 'GCJ02' || u === 'AMAP' || u === 'GAODE') return { kind: 'gcj02', label: 'GCJ-02' };
  if (u === 'BD09' || u === 'BAIDU') return { kind: 'bd09', label: 'BD-09' };
  if (u === 'CGCS2000') return 'cgcs2000';
  const m = /^EPSG:+(\d+)$/.exec(u);
  if (m) {
    const code = Number(m[1]);
    const old = oldDatumCode(code);
    if (old)
      return {
        en: `EPSG:${code} is ${old}: ${OLD_ADVICE.en}`,
        zh: `EPSG:${code} 为${old === 'Beijing 1954' ? '北京54' : '西安80'}坐标系：${OLD_ADVICE.zh}`,
      };
    const e = epsgEntry(code);
    if (!e)
      return {
        en: `EPSG:${code} is not known here; use EPSG:4491–4554 (CGCS2000 Gauss–Krüger), 326xx/327xx (UTM), 3857, 4326, 4490, or a "+proj=…" string`,
        zh: `无法识别 EPSG:${code}；请用 EPSG:4491–4554（CGCS2000 高斯–克吕格）、326xx/327xx（UTM）、3857、4326、4490 或 "+proj=…" 定义`,
      };
    if (e.def === 'WGS84') return { kind: 'wgs84', label: e.label };
    if (e.gk) return gkCrs(e.gk.cm, e.gk.zonePrefix, e.gk.width);
    return { kind: 'projected', label: e.label, def: e.def, geographic: e.geographic };
  }
  if (v.startsWith('+proj=') || v.startsWith('+init=')) return crsFromDefinition(v, v);
  if (/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|PROJECTEDCRS|GEODCRS|BOUNDCRS)\s*\[/i.test(v)) return crsFromPrj(v);
  return {
    en: `unknown --crs "${v.slice(0, 60)}"; use EPSG:NNNN, CGCS2000, WGS84, GCJ02, BD09 or a "+proj=…" string`,
    zh: `无法识别的 --crs "${v.slice(0, 60)}"；请用 EPSG:NNNN、CGCS2000、WGS84、GCJ02、BD09 或 "+proj=…" 定义`,
  };
}

type Parsed = Record<string, unknown>;

const KRASSOWSKY = { a: 6378245, rf: 298.3 };
const IAG75 = { a: 6378140, rf: 298.257 };

/** Beijing 1954 / Xi'an 1980 by datum and ellipsoid names and by the ellipsoid's parameters. */
function oldDatumOf(p: Parsed): string | null {
  const names = [p.datumCode, p.datumName, p.ellps].map((x) => String(x ?? '')).join(' ');
  const a = Number(p.a);
  const rf = Number(p.rf);
  const near = (e: { a: number; rf: number }) => Math.abs(a - e.a) < 1 && Math.abs(rf - e.rf) < 1e-3;
  if (/beijing|krass?ovsk/i.test(names) || near(KRASSOWSKY)) return 'Beijing 1954';
  if (/xi'?_?an|iag.?(19)?75/i.test(names) || near(IAG75)) return "Xi'an 1980";
  return null;
}

function hasTowgs84(p: Parsed): boolean {
  const d = p.datum_params;
  return Array.isArray(d) && d.some((x) => Number(x) !== 0);
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const deg = (r: unknown) => round((Number(r ?? 0) * 180) / Math.PI, 9);

/** A `.prj`, or a WKT given as `--crs`. */
export function crsFromPrj(wkt: string): Crs | CrsError {
  let p: Parsed;
  try {
    p = proj4.Proj(wkt) as unknown as Parsed;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return {
      en: `cannot read the .prj (${why.slice(0, 80)})`,
      zh: `无法解析 .prj 文件（${why.slice(0, 80)}）`,
    };
  }
  const name = String(p.srsCode ?? p.name ?? 'the .prj');
  return fromParsed(p, name, wkt);
}

function crsFromDefinition(def: string, label: string): Crs | CrsError {
  let p: Parsed;
  try {
    p = proj4.Proj(def) as unknown as Parsed;
    proj4(def, 'WGS84', [0, 0]);
  } catch {
    return { en: `proj4 cannot read "${def.slice(0, 80)}"`, zh: `proj4 无法解析 "${def.slice(0, 80)}"` };
  }
  return fromParsed(p, label, def);
}

function fromParsed(p: Parsed, name: string, def: string): Crs | CrsError {
  const old = oldDatumOf(p);
  if (old && !hasTowgs84(p))
    return {
      en: `${name} is on the ${old} datum: ${OLD_ADVICE.en}`,
      zh: `${name} 为${old === 'Beijing 1954' ? '北京54' : '西安80'}坐标系：${OLD_ADVICE.zh}`,
    };
  const projName = String(p.projName ?? '').toLowerCase();
  const onGrs80 = Math.abs(Number(p.a) - 6378137) < 0.5 && !hasTowgs84(p);
  if (projName === 'longlat') {
    if (onGrs80) return { kind: 'wgs84', label: `${name} (≈ WGS84)` };
    return { kind: 'projected', label: name, def, geographic: true };
  }
  const tmerc = /^(tmerc|etmerc|transverse.?mercator|gauss.?kruger)/.test(projName);
  if (tmerc && onGrs80 && Number.isFinite(Number(p.long0))) {
    const cm = deg(p.long0);
    const x0 = Number(p.x0 ?? 0);
    const k = Number(p.k0 ?? 1);
    const gkLike = k === 1 && deg(p.lat0) === 0 && Number(p.y0 ?? 0) === 0 && cm >= 75 && cm <= 135;
    // CM 105°E fits both series; with no zone number in X they are the same definition, and the
    // name (ESRI: CGCS2000_3_Degree_GK_CM_105E vs CGCS2000_GK_CM_105E) says which one is meant.
    const sixFirst = !/3.?deg/i.test(name) && /gk|gauss/i.test(name);
    for (const width of sixFirst ? ([6, 3] as const) : ([3, 6] as const)) {
      const inSeries = width === 3 ? cm % 3 === 0 : (cm + 3) % 6 === 0;
      if (!gkLike || !inSeries) continue;
      if (x0 === 500000) return gkCrs(cm, false, width);
      if (x0 === zoneOf(cm, width) * 1e6 + 500000) return gkCrs(cm, true, width);
    }
  }
  return { kind: 'projected', label: name, def };
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

/** True when the CRS takes degrees. */
export function isGeographic(crs: Crs): boolean {
  return crs.kind !== 'projected' || crs.geographic === true;
}

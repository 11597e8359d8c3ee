/**
 * Decides the CRS from what was declared (`--crs`, .prj, GeoJSON `crs`, the format's standard) and
 * checks it against what the numbers look like. The declaration wins; the numbers only show
 * whether it is plausible: metres declared as degrees (and the reverse), swapped lon/lat or X/Y, a
 * missing or extra zone number in X, a CRS that puts the data nowhere near China. What they cannot
 * show, GCJ-02 declared as WGS84 (both are degrees, ~300–500 m apart), is said plainly as a warning.
 */
import type { Position } from 'geojson';
import { type Crs, gkCrs, gkEpsg, isGeographic, type ProjCrs, toWgs84 } from './crs';

/** What a position looks like. */
export type Look = 'lonlat' | 'latlon' | 'degrees' | 'gk-zone' | 'gk' | 'gk-swapped' | 'unknown';

const inR = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

/** A zone number in front of X: 3° zones 25–45, 6° zones 13–23. */
export function zoneOfX(x: number): { zone: number; width: 3 | 6; cm: number } | null {
  const zone = Math.floor(x / 1e6);
  if (zone >= 25 && zone <= 45) return { zone, width: 3, cm: zone * 3 };
  if (zone >= 13 && zone <= 23) return { zone, width: 6, cm: zone * 6 - 3 };
  return null;
}

/** Classifies one position in China's terms. */
export function lookOf([x, y]: Position): Look {
  if (inR(x, 73, 136) && inR(y, 3, 54)) return 'lonlat';
  if (inR(y, 73, 136) && inR(x, 3, 54)) return 'latlon';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'degrees';
  const northing = (v: number) => inR(v, 3e5, 6.1e6);
  const zoneEasting = (v: number) => zoneOfX(v) !== null && inR(v % 1e6, 0, 1e6);
  const easting = (v: number) => inR(v, 0, 1e6);
  if (zoneEasting(x) && northing(y)) return 'gk-zone';
  if (easting(x) && northing(y) && y > 1e6) return 'gk';
  if ((zoneEasting(y) || easting(y)) && northing(x) && x > 1e6) return 'gk-swapped';
  return 'unknown';
}

export interface Decision {
  crs: Crs | null;
  /** Swap x and y before converting. */
  swap: boolean;
  warnings: Array<{ en: string; zh: string }>;
  /** When set, nothing can be converted. */
  error?: { en: string; zh: string };
}

export const GCJ_NOTE = {
  en: 'coordinates are taken as WGS84 (GPS). GCJ-02 cannot be detected from the numbers: if they come from AMap/高德, Tencent or Google China maps, rerun with --crs GCJ02; from Baidu, --crs BD09; otherwise points land 300–500 m off. Please confirm the source app',
  zh: '坐标按 WGS84（GPS）处理。火星坐标（GCJ-02）无法从数值判断：如坐标来自高德、腾讯或谷歌中国地图，请加 --crs GCJ02 重新导入；来自百度地图请加 --crs BD09；否则位置会偏 300–500 米。请确认坐标来源',
};

/** Suggests the EPSG code for GK metres, from the zone in X or the district's longitude. */
function suggestFor(x: number, districtLon: number | null): { en: string; zh: string } {
  const z = zoneOfX(x);
  if (z) {
    const c = `--crs EPSG:${gkEpsg(z.cm, true, z.width)}`;
    return { en: c, zh: c };
  }
  const cm = districtLon === null ? null : Math.round(districtLon / 3) * 3;
  if (cm === null || cm < 75 || cm > 135) return { en: '--crs EPSG:4534–4554', zh: '--crs EPSG:4534–4554' };
  return {
    en: `--crs EPSG:${gkEpsg(cm, false)} (CGCS2000 GK, CM ${cm}°E, the district's zone) or the .prj`,
    zh: `--crs EPSG:${gkEpsg(cm, false)}（CGCS2000 高斯–克吕格，中央经线 ${cm}°E，本区所在带）或提供 .prj`,
  };
}

/** The most common look among the positions (one per record). */
export function majorityLook(firsts: Position[]): { look: Look; sample: Position } | null {
  const counts = new Map<Look, number>();
  for (const p of firsts) counts.set(lookOf(p), (counts.get(lookOf(p)) ?? 0) + 1);
  let best: Look | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  if (best === null) return null;
  return { look: best, sample: firsts.find((p) => lookOf(p) === best) as Position };
}

const SWAPPED_LATLON = {
  en: 'latitude and longitude are swapped in the file: swapped them back',
  zh: '文件中经纬度顺序颠倒，已自动交换',
};
const SWAPPED_XY = {
  en: 'X holds the northing (surveyors’ X/Y order): swapped X and Y',
  zh: 'X 为北坐标（测量坐标系 X/Y 顺序），已自动交换 X 与 Y',
};

const fmtP = (p: Position) => `[${p.map((v) => Math.round(v * 1e6) / 1e6).join(', ')}]`;
const by = (source: string) => (source === '--crs' ? '--crs' : source);
const byZh = (source: string) => (source === '--crs' ? ' --crs ' : `文件（${source}）`);

/**
 * Decides the CRS. `declared` is null when nothing was said; `'cgcs2000'` is `--crs CGCS2000`
 * without a zone. `districtLon` (from site.json) helps suggest the zone.
 */
export function decideCrs(
  declared: Crs | 'cgcs2000' | null,
  source: string,
  look: Look,
  sample: Position,
  districtLon: number | null,
): Decision {
  const out: Decision = { crs: null, swap: false, warnings: [] };
  const degreesLook = look === 'lonlat' || look === 'latlon' || look === 'degrees';
  const metresLook = look === 'gk' || look === 'gk-zone' || look === 'gk-swapped';
  const s = fmtP(sample);
  const fix = source === '--crs' ? 'check --crs' : 'pass --crs';
  const fixZh = source === '--crs' ? '请检查 --crs' : '请用 --crs 指定';
  if (declared === null || declared === 'cgcs2000' || isGeographic(declared)) {
    const geoDeclared = declared !== null && declared !== 'cgcs2000';
    if (look === 'unknown') {
      out.error = geoDeclared
        ? {
            en: `coordinates like ${s} are not degrees, but ${by(source)} says ${declared.label}; ${fix} (e.g. EPSG:3857 Web Mercator, EPSG:326xx UTM, a "+proj=…" string)`,
            zh: `坐标 ${s} 不是经纬度，但${byZh(source)}声明为 ${declared.label}；${fixZh}（如 EPSG:3857 Web 墨卡托、EPSG:326xx UTM 或 "+proj=…" 定义）`,
          }
        : {
            en: `coordinates like ${s} are neither degrees in China nor CGCS2000 Gauss–Krüger metres; pass --crs (e.g. EPSG:3857 Web Mercator, EPSG:326xx UTM, a "+proj=…" string) or give the .prj`,
            zh: `坐标 ${s} 既不是中国范围内的经纬度，也不是 CGCS2000 高斯–克吕格米制坐标；请用 --crs 指定（如 EPSG:3857、EPSG:326xx 或 "+proj=…"）或提供 .prj`,
          };
      return out;
    }
    if (metresLook && declared !== 'cgcs2000') {
      const x = look === 'gk-swapped' ? sample[1] : sample[0];
      const sg = suggestFor(x, districtLon);
      out.error = {
        en: `coordinates like ${s} are projected metres, not degrees${geoDeclared ? ` as ${by(source)} says (${declared.label})` : ''}; ${source === '--crs' ? 'use' : 'pass'} ${sg.en}`,
        zh: `坐标 ${s} 是投影坐标（米），不是经纬度${geoDeclared ? `（${byZh(source)}声明为 ${declared.label}）` : ''}；请用 ${sg.zh}`,
      };
      return out;
    }
    if (degreesLook) {
      out.swap = look === 'latlon';
      if (out.swap) out.warnings.push(SWAPPED_LATLON);
      if (look === 'degrees')
        out.warnings.push({ en: 'coordinates lie outside China', zh: '坐标位于中国范围以外' });
      if (declared === null) out.crs = { kind: 'wgs84', label: 'WGS84' };
      else if (declared === 'cgcs2000') out.crs = { kind: 'wgs84', label: 'CGCS2000 geographic (≈ WGS84)' };
      else out.crs = declared;
      if (out.crs.kind === 'wgs84') out.warnings.push(GCJ_NOTE);
      return out;
    }
    // --crs CGCS2000 with metres: the zone in X says which GK zone.
    const x = look === 'gk-swapped' ? sample[1] : sample[0];
    const z = zoneOfX(x);
    if (!z) {
      const sg = suggestFor(x, districtLon);
      out.error = {
        en: `X has no zone number, so the central meridian is unknown; pass ${sg.en}`,
        zh: `X 坐标不带带号，无法确定中央经线；请加 ${sg.zh}`,
      };
      return out;
    }
    return plausible(gkCrs(z.cm, true, z.width), source, look, sample, out);
  }
  // A projected CRS was declared.
  if (degreesLook) {
    out.error = {
      en: `coordinates like ${s} are degrees, but ${by(source)} says ${declared.label}; ${source === '--crs' ? 'use' : 'pass'} --crs WGS84, GCJ02 or BD09`,
      zh: `坐标 ${s} 是经纬度，但${byZh(source)}声明为 ${declared.label}；请用 --crs WGS84、GCJ02 或 BD09`,
    };
    return out;
  }
  const d = declared as ProjCrs;
  if (d.cm === undefined) return plausible(d, source, look, sample, out);
  return zoneChecked(d, source, look, sample, out);
}

/** CGCS2000 GK: a zone number in X must match the declared zone; one that is missing or extra is fixed. */
function zoneChecked(d: ProjCrs, source: string, look: Look, sample: Position, out: Decision): Decision {
  const x = look === 'gk-swapped' ? sample[1] : sample[0];
  const z = x >= 1e6 ? zoneOfX(x) : null;
  const width = d.zoneWidth ?? 3;
  let crs: ProjCrs = d;
  // Without a zone number declared, X's zone number says the series (CM 105°E is in both).
  if (z && (z.cm !== d.cm || (d.zonePrefix && z.width !== width))) {
    out.error = {
      en: `X starts with zone ${z.zone} (${z.width}° zones, CM ${z.cm}°E) but ${by(source)} says ${d.label}; pass --crs EPSG:${gkEpsg(z.cm, true, z.width)} if the zone in X is right`,
      zh: `X 坐标带号为 ${z.zone}（${z.width}° 带，中央经线 ${z.cm}°E），与${byZh(source)}声明的 ${d.label} 不符；如带号正确，请加 --crs EPSG:${gkEpsg(z.cm, true, z.width)}`,
    };
    return out;
  }
  if (z && !d.zonePrefix) {
    crs = gkCrs(d.cm as number, true, z.width);
    out.warnings.push({
      en: `X carries the zone number ${z.zone}: used ${crs.label}`,
      zh: `X 坐标带有带号 ${z.zone}，已按 ${crs.label} 处理`,
    });
  } else if (!z && d.zonePrefix) {
    crs = gkCrs(d.cm as number, false, width);
    out.warnings.push({
      en: `X has no zone number: used ${crs.label}`,
      zh: `X 坐标不带带号，已按 ${crs.label} 处理`,
    });
  }
  return plausible(crs, source, look, sample, out);
}

const inChina = ([lon, lat]: Position) => inR(lon, 73, 136) && inR(lat, 3, 54);
const onEarth = ([lon, lat]: Position) =>
  Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

function tryConvert(crs: Crs, p: Position): Position | null {
  try {
    const r = toWgs84(crs)([p[0], p[1]]);
    return onEarth(r) ? r : null;
  } catch {
    return null;
  }
}

/**
 * The declared CRS applied to the sample: it must land on Earth (else refused, naming both the
 * CRS and where the numbers went); X/Y are swapped when only the swapped order lands in China;
 * outside China is a warning.
 */
function plausible(crs: Crs, source: string, look: Look, sample: Position, out: Decision): Decision {
  const asIs = tryConvert(crs, sample);
  const swapped = tryConvert(crs, [sample[1], sample[0]]);
  const preferSwap =
    look === 'gk-swapped' || (!(asIs && inChina(asIs)) && swapped !== null && inChina(swapped));
  const got = preferSwap && swapped ? swapped : asIs;
  if (!got) {
    out.error = {
      en: `${by(source)} says ${crs.label}, but coordinates like ${fmtP(sample)} do not convert to a place on Earth with it: wrong CRS?`,
      zh: `${byZh(source)}声明为 ${crs.label}，但坐标 ${fmtP(sample)} 按此换算后不在地球范围内：坐标系是否有误？`,
    };
    return out;
  }
  out.crs = crs;
  out.swap = preferSwap && swapped !== null;
  if (out.swap) out.warnings.push(SWAPPED_XY);
  if (!inChina(got))
    out.warnings.push({
      en: `with ${crs.label} (${by(source)}), coordinates like ${fmtP(sample)} land at ${fmtP(got)}, outside China: check the CRS`,
      zh: `按 ${crs.label}（${byZh(source)}）换算，坐标 ${fmtP(sample)} 位于 ${fmtP(got)}，在中国范围以外：请检查坐标系`,
    });
  return out;
}

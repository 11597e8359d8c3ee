/**
 * Decides the CRS from what was declared (`--crs`, .prj, the format's standard) and what the
 * numbers look like. Catches what numbers can show: metres declared as degrees (and the reverse),
 * swapped lon/lat or X/Y, a missing or extra zone number in X. What they cannot show, GCJ-02
 * declared as WGS84 (both are degrees, ~300–500 m apart), is said plainly as a warning.
 */
import type { Position } from 'geojson';
import { type Crs, gkCrs, gkEpsg } from './crs';

/** What a position looks like. */
export type Look = 'lonlat' | 'latlon' | 'degrees' | 'gk-zone' | 'gk' | 'gk-swapped' | 'unknown';

const inR = (v: number, lo: number, hi: number) => v >= lo && v <= hi;

/** Classifies one position in China's terms. */
export function lookOf([x, y]: Position): Look {
  if (inR(x, 73, 136) && inR(y, 3, 54)) return 'lonlat';
  if (inR(y, 73, 136) && inR(x, 3, 54)) return 'latlon';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'degrees';
  const northing = (v: number) => inR(v, 3e5, 6.1e6);
  const zoneEasting = (v: number) => inR(v, 25e6, 46e6);
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

const GCJ_NOTE = {
  en: 'coordinates are taken as WGS84 (GPS). GCJ-02 cannot be detected from the numbers: if they come from AMap/高德, Tencent or Google China maps, rerun with --crs GCJ02; from Baidu, --crs BD09; otherwise points land 300–500 m off. Please confirm the source app',
  zh: '坐标按 WGS84（GPS）处理。火星坐标（GCJ-02）无法从数值判断：如坐标来自高德、腾讯或谷歌中国地图，请加 --crs GCJ02 重新导入；来自百度地图请加 --crs BD09；否则位置会偏 300–500 米。请确认坐标来源',
};

/** Suggests the EPSG code for metres without a zone number, from the district's longitude. */
function suggestFor(look: Look, x: number, districtLon: number | null): { en: string; zh: string } {
  if (look === 'gk-zone') {
    const zone = Math.floor(x / 1e6);
    return { en: `--crs EPSG:${gkEpsg(zone * 3, true)}`, zh: `--crs EPSG:${gkEpsg(zone * 3, true)}` };
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
  const degreesLook = look === 'lonlat' || look === 'latlon' || look === 'degrees';
  const swapped = look === 'latlon' || look === 'gk-swapped';
  const x = swapped ? sample[1] : sample[0];
  const metresLook = look === 'gk' || look === 'gk-zone' || look === 'gk-swapped';
  const out: Decision = { crs: null, swap: swapped, warnings: [] };
  if (swapped)
    out.warnings.push(
      look === 'latlon'
        ? {
            en: 'latitude and longitude are swapped in the file: swapped them back',
            zh: '文件中经纬度顺序颠倒，已自动交换',
          }
        : {
            en: 'X holds the northing (surveyors’ X/Y order): swapped X and Y',
            zh: 'X 为北坐标（测量坐标系 X/Y 顺序），已自动交换 X 与 Y',
          },
    );
  const metresEastingLook: Look = swapped ? (x >= 25e6 ? 'gk-zone' : 'gk') : look;
  const geo = declared !== null && declared !== 'cgcs2000' && declared.kind !== 'projected';
  if (look === 'unknown') {
    out.error = {
      en: `coordinates like [${sample.join(', ')}] are neither degrees in China nor CGCS2000 Gauss–Krüger metres; pass --crs`,
      zh: `坐标 [${sample.join(', ')}] 既不是中国范围内的经纬度，也不是 CGCS2000 高斯–克吕格米制坐标；请用 --crs 指定`,
    };
    return out;
  }
  if (metresLook && (declared === null || geo)) {
    const s = suggestFor(metresEastingLook, x, districtLon);
    out.error = {
      en: `coordinates like [${sample.join(', ')}] are projected metres, not degrees${declared ? ` as ${source} says` : ''}; pass ${s.en}`,
      zh: `坐标 [${sample.join(', ')}] 是投影坐标（米），不是经纬度；请加 ${s.zh}`,
    };
    return out;
  }
  if (degreesLook && declared !== null && declared !== 'cgcs2000' && declared.kind === 'projected') {
    out.error = {
      en: `coordinates like [${sample.join(', ')}] are degrees, but ${source} says ${declared.label}; pass --crs WGS84, GCJ02 or BD09`,
      zh: `坐标 [${sample.join(', ')}] 是经纬度，但${source === '--crs' ? ' --crs ' : '文件声明'}为 ${declared.label}；请用 --crs WGS84、GCJ02 或 BD09`,
    };
    return out;
  }
  if (degreesLook) {
    if (look === 'degrees')
      out.warnings.push({ en: 'coordinates lie outside China', zh: '坐标位于中国范围以外' });
    out.crs = declared === null || declared === 'cgcs2000' ? { kind: 'wgs84', label: 'WGS84' } : declared;
    if (declared === 'cgcs2000') out.crs = { kind: 'wgs84', label: 'CGCS2000 geographic (≈ WGS84)' };
    if (out.crs.kind === 'wgs84') out.warnings.push(GCJ_NOTE);
    return out;
  }
  // Metres, declared projected or CGCS2000 without a zone.
  const zoneInX = metresEastingLook === 'gk-zone' ? Math.floor(x / 1e6) : null;
  if (declared === 'cgcs2000') {
    if (zoneInX === null) {
      const s = suggestFor('gk', x, districtLon);
      out.error = {
        en: `X has no zone number, so the central meridian is unknown; pass ${s.en}`,
        zh: `X 坐标不带带号，无法确定中央经线；请加 ${s.zh}`,
      };
      return out;
    }
    out.crs = gkCrs(zoneInX * 3, true);
    return out;
  }
  const d = declared as Extract<Crs, { kind: 'projected' }>;
  out.crs = d;
  // Only the 3-degree series have a zone number to add or remove.
  if (d.cm === undefined || d.cm % 3 !== 0) return out;
  if (zoneInX !== null && zoneInX * 3 !== d.cm) {
    out.error = {
      en: `X starts with zone ${zoneInX} (CM ${zoneInX * 3}°E) but ${source} says CM ${d.cm}°E; pass --crs EPSG:${gkEpsg(zoneInX * 3, true)} if the zone in X is right`,
      zh: `X 坐标带号为 ${zoneInX}（中央经线 ${zoneInX * 3}°E），与声明的中央经线 ${d.cm}°E 不符；如带号正确，请加 --crs EPSG:${gkEpsg(zoneInX * 3, true)}`,
    };
    out.crs = null;
  } else if (zoneInX !== null && !d.zonePrefix) {
    out.crs = gkCrs(d.cm, true);
    out.warnings.push({
      en: `X carries the zone number ${zoneInX}: used ${out.crs.label}`,
      zh: `X 坐标带有带号 ${zoneInX}，已按 ${out.crs.label} 处理`,
    });
  } else if (zoneInX === null && d.zonePrefix) {
    out.crs = gkCrs(d.cm, false);
    out.warnings.push({
      en: `X has no zone number: used ${out.crs.label}`,
      zh: `X 坐标不带带号，已按 ${out.crs.label} 处理`,
    });
  }
  return out;
}

/**
 * The EPSG codes `--crs EPSG:NNNN` (and a GeoJSON `crs` member) understand, as proj4 definitions
 * generated here: no network, no EPSG database. China first:
 *
 * - CGCS2000 geographic EPSG:4490 and WGS84 EPSG:4326 (centimetres apart: both taken as WGS84);
 * - CGCS2000 6° Gauss–Krüger: EPSG:4491–4501 (zones 13–23, zone number in front of X) and
 *   EPSG:4502–4512 (the same central meridians 75°E–135°E, no zone number);
 * - CGCS2000 3° Gauss–Krüger: EPSG:4513–4533 (zones 25–45, zone in X) and EPSG:4534–4554;
 * - WGS84 UTM EPSG:32601–32660 (north) and 32701–32760 (south), Web Mercator EPSG:3857
 *   (also 900913, 102100, 102113, 3785);
 * - anything else proj4 itself defines (e.g. EPSG:4269 NAD83).
 * Beijing 1954 and Xi'an 1980 codes are named so that the refusal can say what they are.
 */
import proj4 from 'proj4';

export interface GkParams {
  /** Central meridian, °E. */
  cm: number;
  /** 3° or 6° zones. */
  width: 3 | 6;
  /** X carries the zone number in front (34 500 000 m). */
  zonePrefix: boolean;
}

export interface EpsgEntry {
  code: number;
  label: string;
  def: string;
  geographic: boolean;
  gk?: GkParams;
}

export const GK3_ZONE_EPSG = [4513, 4533] as const;
export const GK3_CM_EPSG = [4534, 4554] as const;
export const GK6_ZONE_EPSG = [4491, 4501] as const;
export const GK6_CM_EPSG = [4502, 4512] as const;

/** The zone number of a central meridian in its series: 102°E → 34 (3°) or 18 (6°). */
export function zoneOf(cm: number, width: 3 | 6): number {
  return width === 3 ? cm / 3 : (cm + 3) / 6;
}

/** proj4 definition of CGCS2000 Gauss–Krüger at `cm`, with or without the zone number in X. */
export function gkDefinition(cm: number, zonePrefix: boolean, width: 3 | 6 = 3): string {
  const x0 = zonePrefix ? zoneOf(cm, width) * 1e6 + 500000 : 500000;
  return `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** The EPSG code of CGCS2000 GK for a central meridian: (102, prefix, 3°) → 4522. */
export function gkEpsg(cm: number, zonePrefix: boolean, width: 3 | 6 = 3): number {
  if (width === 3) return (zonePrefix ? GK3_ZONE_EPSG[0] : GK3_CM_EPSG[0]) + (cm / 3 - 25);
  return (zonePrefix ? GK6_ZONE_EPSG[0] : GK6_CM_EPSG[0]) + ((cm + 3) / 6 - 13);
}

/** A label such as `EPSG:4522 (CGCS2000 3° Gauss–Krüger zone 34, CM 102°E)`. */
export function gkLabel(g: GkParams): string {
  const code = gkEpsg(g.cm, g.zonePrefix, g.width);
  const zone = g.zonePrefix ? ` zone ${zoneOf(g.cm, g.width)},` : '';
  return `EPSG:${code} (CGCS2000 ${g.width}° Gauss–Krüger${zone} CM ${g.cm}°E)`;
}

function gkEntry(code: number, g: GkParams): EpsgEntry {
  return {
    code,
    label: gkLabel(g),
    def: gkDefinition(g.cm, g.zonePrefix, g.width),
    geographic: false,
    gk: g,
  };
}

const WEB_MERCATOR =
  '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +no_defs';

/** Old Chinese datums: named, never converted (they need local parameters). */
export function oldDatumCode(code: number): string | null {
  if (code === 4214 || (code >= 2401 && code <= 2442) || (code >= 21413 && code <= 21483))
    return 'Beijing 1954';
  if (code === 4610 || (code >= 2327 && code <= 2400)) return "Xi'an 1980";
  return null;
}

/** The entry for an EPSG code, or null when neither this table nor proj4 knows it. */
export function epsgEntry(code: number): EpsgEntry | null {
  if (code === 4326) return { code, label: 'EPSG:4326 (WGS84)', def: 'WGS84', geographic: true };
  if (code === 4490)
    return { code, label: 'EPSG:4490 (CGCS2000 geographic ≈ WGS84)', def: 'WGS84', geographic: true };
  if ([3857, 900913, 102100, 102113, 3785].includes(code))
    return { code, label: `EPSG:${code} (Web Mercator)`, def: WEB_MERCATOR, geographic: false };
  const inR = (r: readonly [number, number]) => code >= r[0] && code <= r[1];
  if (inR(GK3_ZONE_EPSG)) return gkEntry(code, { cm: (code - 4513 + 25) * 3, width: 3, zonePrefix: true });
  if (inR(GK3_CM_EPSG)) return gkEntry(code, { cm: (code - 4534 + 25) * 3, width: 3, zonePrefix: false });
  if (inR(GK6_ZONE_EPSG))
    return gkEntry(code, { cm: (code - 4491 + 13) * 6 - 3, width: 6, zonePrefix: true });
  if (inR(GK6_CM_EPSG)) return gkEntry(code, { cm: (code - 4502 + 13) * 6 - 3, width: 6, zonePrefix: false });
  const utm = code >= 32601 && code <= 32660 ? 'N' : code >= 32701 && code <= 32760 ? 'S' : null;
  if (utm) {
    const zone = code % 100;
    return {
      code,
      label: `EPSG:${code} (WGS84 UTM zone ${zone}${utm})`,
      def: `+proj=utm +zone=${zone}${utm === 'S' ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`,
      geographic: false,
    };
  }
  if (oldDatumCode(code)) return null;
  const known = proj4.defs(`EPSG:${code}`) as unknown as { projName?: string; title?: string } | undefined;
  if (known) {
    const def = `EPSG:${code}`;
    return { code, label: def, def, geographic: known.projName === 'longlat' };
  }
  return null;
}

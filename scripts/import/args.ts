/** The import CLI's command line. */
import { join } from 'node:path';
import { importCatalogue, setCatalogueDir } from './catalogue';
import { type Crs, parseCrsArg } from './crs';
import { areaLookup, siteBounds } from './district';
import { type Encoding, normalizeEncoding } from './encoding';
import type { Mapping } from './fields';

export const USAGE = `usage: npm run import -- --layer ID --from FILE [options]
  --layer ID          the layer to write: an id of the data folder's layers.json
  --from FILE         .zip or .shp (Shapefile), .csv, .kml, .kmz, .geojson (up to 256 MB)
  --crs CRS           EPSG:NNNN (4491–4554 CGCS2000 6°/3° Gauss–Krüger, 326xx/327xx UTM,
                      3857 Web Mercator, 4326, 4490, …), CGCS2000, WGS84, GCJ02, BD09, "+proj=…"
                      (default: the .prj / the file's own; CSV: WGS84, with a warning)
  --ignore-prj        use --crs even where the .prj (or GeoJSON "crs") says otherwise
  --map FIELD=PROP    take property PROP from column FIELD (repeatable; several after one --map)
  --defaults PROP=VAL value for PROP where the file has none (repeatable)
  --encoding gbk|utf8 text encoding of a .csv or .dbf (default: .cpg, else detected)
  --lon COL --lat COL the coordinate columns of a CSV (default: lon/lng/x/经度, lat/y/纬度)
  --out FILE          where to write (default: public/geo/ID.geojson)
  --dir DIR           the data folder for the cross-file checks (default: public/geo)
  --dry-run           check and report, write nothing
用法：npm run import -- --layer 图层ID --from 文件 [--crs 坐标系] [--map 字段=属性 ...] [--dry-run]`;

export interface ImportOptions {
  layer: string;
  from: string;
  crs: Crs | 'cgcs2000' | null;
  mapping: Mapping;
  encoding: Encoding | null;
  lon: string | null;
  lat: string | null;
  out: string;
  dir: string;
  dryRun: boolean;
  /** Use --crs over a contradicting .prj. */
  ignorePrj: boolean;
  /** site.json bounds of `dir`, for the far-away check. */
  site: [number, number, number, number] | null;
  /** Area names and ids → ids, from `dir`'s areas.geojson. */
  areaIds: Map<string, string>;
}

/** Parses argv; a string is an error message ('' for --help). */
export function parseArgs(argv: string[]): ImportOptions | string {
  const v: Record<string, string | undefined> = {};
  const map = new Map<string, string>();
  const defaults = new Map<string, string>();
  let dryRun = false;
  let ignorePrj = false;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=') && !a.startsWith('--map=') && !a.startsWith('--defaults=')) {
      inline = a.slice(a.indexOf('=') + 1);
      a = a.slice(0, a.indexOf('='));
    }
    if (a === '--help' || a === '-h') return '';
    if (a === '--dry-run') dryRun = true;
    else if (a === '--ignore-prj') ignorePrj = true;
    else if (a === '--map' || a === '--defaults' || a.startsWith('--map=') || a.startsWith('--defaults=')) {
      const target = a.startsWith('--map') ? map : defaults;
      const pairs: string[] = a.includes('=') ? [a.slice(a.indexOf('=') + 1)] : [];
      while (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') && argv[i + 1].includes('='))
        pairs.push(argv[++i]);
      if (pairs.length === 0) return `${a.split('=')[0]} needs FIELD=PROP`;
      for (const p of pairs) {
        const k = p.slice(0, p.indexOf('=')).trim();
        const val = p.slice(p.indexOf('=') + 1).trim();
        if (!k || (target === map && !val)) return `bad ${a.split('=')[0]} "${p}": expected NAME=VALUE`;
        target.set(k, val);
      }
    } else if (['--layer', '--from', '--crs', '--encoding', '--lon', '--lat', '--out', '--dir'].includes(a)) {
      const val = inline ?? argv[++i];
      if (val === undefined || val.startsWith('--')) return `${a} needs a value`;
      v[a.slice(2)] = val;
    } else return `unknown option ${a}`;
  }
  if (!v.layer) return '--layer is required';
  setCatalogueDir(v.dir ?? 'public/geo');
  let ids: readonly string[];
  try {
    ids = importCatalogue().ids;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  if (!ids.includes(v.layer)) return `unknown layer "${v.layer}"; use one of ${ids.join(', ')}`;
  if (!v.from) return '--from is required';
  let crs: ImportOptions['crs'] = null;
  if (v.crs !== undefined) {
    const c = parseCrsArg(v.crs);
    if (typeof c === 'object' && 'en' in c) return `${c.en} / ${c.zh}`;
    crs = c;
  }
  let encoding: Encoding | null = null;
  if (v.encoding !== undefined) {
    encoding = normalizeEncoding(v.encoding);
    if (!encoding) return `unknown --encoding "${v.encoding}"; use gbk or utf8`;
  }
  const dir = v.dir ?? 'public/geo';
  return {
    layer: v.layer,
    from: v.from,
    crs,
    mapping: { map, defaults },
    encoding,
    lon: v.lon ?? null,
    lat: v.lat ?? null,
    out: v.out ?? join(dir, `${v.layer}.geojson`),
    dir,
    dryRun,
    ignorePrj,
    site: siteBounds(dir),
    areaIds: areaLookup(dir),
  };
}

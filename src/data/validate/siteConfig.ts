/**
 * Shape check of `site.json` (SiteConfig), plus the small object checker shared with
 * targetsConfig.ts and tourConfig.ts.
 */
import type { BaseMapConfig } from '../types';
import { checkContacts } from './contacts';
import { isObject } from './isObject';
import { at, type ProblemSink } from './problem';
import { checkValue, type PropRule } from './properties';

// The literal unions of types.ts as lists; `Record<Union, true>` makes tsc fail if they drift.
const BASEMAPS: Record<BaseMapConfig['type'], true> = {
  none: true,
  raster: true,
  style: true,
  pmtiles: true,
};
export const keys = (r: Record<string, true>) => Object.keys(r);

type Spec = Record<
  string,
  { rule: PropRule | 'localized' | 'bool' | 'number' | 'texts1' | 'date'; required: boolean }
>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Checks an object against a small spec; returns it (or null when it is not an object). */
export function checkObject(
  v: unknown,
  loc: string,
  spec: Spec,
  sink: ProblemSink,
  name: string,
): Record<string, unknown> | null {
  if (!isObject(v)) {
    sink.error(loc, 'bad-type', `${name} must be a JSON object`, `${name} 必须是 JSON 对象`);
    return null;
  }
  for (const [key, { rule, required }] of Object.entries(spec)) {
    const l = at(loc, key);
    const val = v[key];
    if (val === undefined) {
      if (required)
        sink.error(l, 'missing-property', `required property "${key}" is missing`, `缺少必填属性 "${key}"`);
      continue;
    }
    if (rule === 'localized') {
      checkObject(
        val,
        l,
        { zh: { rule: { kind: 'text' }, required: true }, en: { rule: { kind: 'text' }, required: true } },
        sink,
        `"${key}"`,
      );
    } else if (rule === 'bool') {
      if (typeof val !== 'boolean')
        sink.error(l, 'bad-type', `"${key}" must be true or false`, `"${key}" 必须是 true 或 false`);
    } else if (rule === 'number') {
      if (typeof val !== 'number' || !Number.isFinite(val))
        sink.error(l, 'bad-type', `"${key}" must be a number`, `"${key}" 必须是数字`);
    } else if (rule === 'texts1') {
      checkValue(sink, l, key, val, { kind: 'texts' });
      if (Array.isArray(val) && val.length === 0)
        sink.error(l, 'bad-value', `"${key}" must not be empty`, `"${key}" 不能为空`);
    } else if (rule === 'date') {
      if (typeof val !== 'string' || !DATE.test(val))
        sink.error(
          l,
          'bad-date',
          `"${key}" must be a date YYYY-MM-DD, e.g. "2025-06-30"`,
          `"${key}" 必须是 YYYY-MM-DD 日期，如 "2025-06-30"`,
        );
    } else checkValue(sink, l, key, val, rule);
  }
  return v;
}

export function checkLonLat(v: unknown, loc: string, sink: ProblemSink): v is number[] {
  if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    sink.error(loc, 'bad-type', 'must be [longitude, latitude]', '必须是 [经度, 纬度]');
    return false;
  }
  if (Math.abs(v[0]) > 180 || Math.abs(v[1]) > 90) {
    sink.error(loc, 'coordinate-out-of-range', 'longitude/latitude out of range', '经纬度超出范围');
    return false;
  }
  return true;
}

export const TEXT: PropRule = { kind: 'text' };

/** Checks `site.json` against SiteConfig. */
/** A file of the data folder, named relative to it: no scheme, no leading slash, no `..`. */
function checkDataFile(site: Record<string, unknown>, key: string, ending: string, sink: ProblemSink) {
  const v = site[key];
  if (v === undefined) return;
  if (
    typeof v !== 'string' ||
    !new RegExp(`^([A-Za-z0-9_][A-Za-z0-9_.-]*/)*[A-Za-z0-9_][A-Za-z0-9_.-]*\\${ending}$`).test(v) ||
    v.includes('..')
  )
    sink.error(
      key,
      'bad-value',
      `${key} must name a ${ending} file in the data folder, e.g. "layers${ending}"`,
      `${key} 必须是数据文件夹中的 ${ending} 文件名，例如 "layers${ending}"`,
    );
}

export function checkSiteConfig(data: unknown, sink: ProblemSink): void {
  const site = checkObject(
    data,
    '',
    {
      title: { rule: 'localized', required: true },
      programme: { rule: 'localized', required: true },
      district: { rule: 'localized', required: true },
      illustrative: { rule: 'bool', required: true },
      as_of: { rule: 'date', required: true },
      attribution: { rule: { kind: 'texts' }, required: true },
    },
    sink,
    'site.json',
  );
  if (!site) return;
  const missing = (key: string) =>
    sink.error(key, 'missing-property', `required property "${key}" is missing`, `缺少必填属性 "${key}"`);
  if (site.camera === undefined) missing('camera');
  else {
    const cam = checkObject(
      site.camera,
      'camera',
      {
        zoom: { rule: 'number', required: true },
        bearing: { rule: 'number', required: false },
        pitch: { rule: 'number', required: false },
      },
      sink,
      '"camera"',
    );
    if (cam) {
      if (cam.center === undefined) missing('camera.center');
      else checkLonLat(cam.center, 'camera.center', sink);
      if (typeof cam.zoom === 'number' && (cam.zoom < 0 || cam.zoom > 24))
        sink.error('camera.zoom', 'bad-value', 'zoom must be 0–24', 'zoom 必须在 0–24 之间');
      if (typeof cam.pitch === 'number' && (cam.pitch < 0 || cam.pitch > 85))
        sink.error('camera.pitch', 'bad-value', 'pitch must be 0–85 degrees', 'pitch 必须在 0–85 度之间');
    }
  }
  const b = site.bounds;
  if (b === undefined) missing('bounds');
  else if (
    !Array.isArray(b) ||
    b.length !== 4 ||
    !b.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    sink.error(
      'bounds',
      'bad-type',
      'bounds must be [west, south, east, north]',
      'bounds 必须是 [西, 南, 东, 北]',
    );
  else if (
    !(b[0] < b[2] && b[1] < b[3]) ||
    Math.abs(b[0]) > 180 ||
    Math.abs(b[2]) > 180 ||
    Math.abs(b[1]) > 90 ||
    Math.abs(b[3]) > 90
  )
    sink.error(
      'bounds',
      'bad-value',
      'bounds must be [west, south, east, north] in degrees, with west < east and south < north',
      'bounds 必须是以度为单位的 [西, 南, 东, 北]，且西 < 东、南 < 北',
    );
  if (site.basemap === undefined) missing('basemap');
  else checkBasemap(site.basemap, sink);
  checkDataFile(site, 'layers_pmtiles', '.pmtiles', sink);
  checkDataFile(site, 'layers_summary', '.json', sink);
  if (site.layers_summary !== undefined && site.layers_pmtiles === undefined)
    sink.error(
      'layers_summary',
      'bad-value',
      'layers_summary is the summary of a PMTiles archive: set layers_pmtiles too (npm run tiles writes both)',
      'layers_summary 是 PMTiles 切片的汇总：还需设置 layers_pmtiles（npm run tiles 会同时生成二者）',
    );
  checkContacts(site.contacts, sink);
  if (site.share_url !== undefined) checkShareUrl(site.share_url, sink);
}

/** `share_url`: an absolute http(s) address, what a phone can open from the end slide's QR code. */
function checkShareUrl(v: unknown, sink: ProblemSink): void {
  let ok = false;
  if (typeof v === 'string' && !/\s/.test(v))
    try {
      const u = new URL(v);
      ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
    } catch {
      ok = false;
    }
  if (!ok)
    sink.error(
      'share_url',
      'bad-value',
      '"share_url" must be the map\'s address, starting with http:// or https://, e.g. "https://map.example.gov.cn/renewal/"',
      '"share_url" 必须是地图的网址，以 http:// 或 https:// 开头，如 "https://map.example.gov.cn/renewal/"',
    );
}

function checkBasemap(bm: unknown, sink: ProblemSink): void {
  if (!isObject(bm) || typeof bm.type !== 'string' || !keys(BASEMAPS).includes(bm.type)) {
    sink.error(
      'basemap.type',
      'bad-enum',
      `basemap "type" must be one of ${keys(BASEMAPS).join(', ')}`,
      `basemap 的 "type" 必须是 ${keys(BASEMAPS).join('、')} 之一`,
    );
    return;
  }
  if (bm.type === 'raster')
    checkObject(
      bm,
      'basemap',
      {
        tiles: { rule: 'texts1', required: true },
        overlay: { rule: { kind: 'texts' }, required: false },
        key: { rule: TEXT, required: false },
        tileSize: { rule: 'number', required: false },
        maxzoom: { rule: 'number', required: false },
        attribution: { rule: TEXT, required: false },
      },
      sink,
      'basemap',
    );
  else if (bm.type === 'style' || bm.type === 'pmtiles')
    checkObject(
      bm,
      'basemap',
      { url: { rule: TEXT, required: true }, attribution: { rule: TEXT, required: false } },
      sink,
      'basemap',
    );
}

/**
 * The URL contract (docs/ARCHITECTURE.md): the hash holds `&`-separated `key=value` pairs.
 * Parsing never throws: a missing, unknown or malformed value falls back to its default.
 * `map=` belongs to MapLibre's own hash handler and is passed through untouched.
 */
import { type LayerId, STATUSES, type Status } from '../data/types';

export const MODES = ['planner', 'resident', 'present'] as const;
/** The presenter's second window (S in present mode): opened by the tour, not a mode to switch to. */
export const PRESENTER_VIEW = 'presenter-view';
export type Mode = (typeof MODES)[number] | typeof PRESENTER_VIEW;
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const YEAR_MIN = 2022;
export const YEAR_MAX = 2027;
/** Radii of the 15-minute life circle (GB 50180-2018), metres. */
export const RADII = [300, 500, 1000] as const;
export const DEFAULT_RADIUS = 500;

export interface UrlState {
  mode: Mode;
  lang: Lang;
  /**
   * Visible layers as the link gives them; null (no `layers=`) = every layer of the catalogue.
   * Which ids exist is known only once `layers.json` is in: see `Catalogue.visible`.
   */
  layers: LayerId[] | null;
  /** Statuses shown; all three by default. */
  status: Status[];
  /** Show the programme as it stood at the end of this year; null = as the data says today. */
  year: number | null;
  /** The planner's second year, shown beside `year` across a swipe divider; null = no comparison. */
  compare: number | null;
  /** Selected feature id. */
  sel: string | null;
  /** The zone (a priority area or the pilot zone) the map and list are filtered to; null = the district. */
  zone: string | null;
  /**
   * `layer.measure`: the map and the list keep only the works that measure counts (a cross-table
   * cell of a measure with a `where`, e.g. pipelines put underground); null = no such filter.
   */
  measure: string | null;
  /** Resident's chosen place [lon, lat]. */
  at: [number, number] | null;
  /** Resident's radius in metres. */
  r: number;
  /** Presenter step, 0-based. */
  step: number;
  /** Presenter autoplay: seconds per step, or null. */
  autoplay: number | null;
}

export function defaultState(): UrlState {
  return {
    mode: 'planner',
    lang: 'zh',
    layers: null,
    status: [...STATUSES],
    year: null,
    compare: null,
    sel: null,
    zone: null,
    measure: null,
    at: null,
    r: DEFAULT_RADIUS,
    step: 0,
    autoplay: null,
  };
}

/** Splits a hash (with or without `#`) into its key/value pairs, in order; bad escapes are kept raw. */
export function splitHash(hash: string): Array<[string, string]> {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const pairs: Array<[string, string]> = [];
  for (const part of body.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = safeDecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : safeDecode(part.slice(eq + 1));
    pairs.push([key, value]);
  }
  return pairs;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function listOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T[]): T[] {
  if (value === undefined) return fallback;
  if (value === '') return [];
  const wanted = new Set(value.split(','));
  // Keep the canonical order, drop unknown ids; a list of only unknown ids means "use the default".
  const kept = allowed.filter((id) => wanted.has(id));
  return kept.length === 0 && [...wanted].some((v) => v !== '') ? fallback : kept;
}

/** A `layers=` list: ids in their given order, duplicates and malformed ids dropped. */
function layerList(value: string | undefined): LayerId[] | null {
  if (value === undefined) return null;
  if (value === '') return [];
  const ids = [...new Set(value.split(','))].filter((v) => /^[a-z0-9][a-z0-9-]{0,63}$/.test(v));
  return ids.length === 0 ? null : ids;
}

function intIn(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^-?\d{1,9}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function lonLat(value: string | undefined): [number, number] | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 2) return null;
  const [lon, lat] = parts.map((p) => (/^-?\d{1,3}(\.\d{1,12})?$/.test(p) ? Number(p) : Number.NaN));
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return [lon, lat];
}

/** Parses a location hash into the app state; never throws. */
export function parseHash(hash: string): UrlState {
  const d = defaultState();
  const kv = new Map<string, string>();
  for (const [k, v] of splitHash(hash)) kv.set(k, v);
  const sel = kv.get('sel');
  const zone = kv.get('zone');
  const measure = kv.get('measure');
  return {
    mode: oneOf<Mode>(kv.get('mode'), [...MODES, PRESENTER_VIEW], d.mode),
    lang: oneOf(kv.get('lang'), LANGS, d.lang),
    layers: layerList(kv.get('layers')),
    status: listOf(kv.get('status'), STATUSES, d.status),
    year: intIn(kv.get('year'), YEAR_MIN, YEAR_MAX),
    compare: intIn(kv.get('compare'), YEAR_MIN, YEAR_MAX),
    sel: sel && /^[a-z0-9-]{1,64}$/.test(sel) ? sel : null,
    zone: zone && /^[a-z0-9-]{1,64}$/.test(zone) ? zone : null,
    measure: measure && /^[a-z0-9-]{1,64}\.[a-z0-9_-]{1,64}$/.test(measure) ? measure : null,
    at: lonLat(kv.get('at')),
    r: intIn(kv.get('r'), 50, 5000) ?? d.r,
    step: intIn(kv.get('step'), 0, 999) ?? d.step,
    autoplay: intIn(kv.get('autoplay'), 3, 3600),
  };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Serialises the state into hash pairs, leaving out values equal to their defaults so links stay
 * short. MapLibre's `map=` pair of `previousHash` is kept in front.
 */
export function serializeHash(state: UrlState, previousHash = ''): string {
  const d = defaultState();
  const ours: Array<[string, string]> = [];
  if (state.mode !== d.mode) ours.push(['mode', state.mode]);
  if (state.lang !== d.lang) ours.push(['lang', state.lang]);
  if (state.layers !== null) ours.push(['layers', state.layers.join(',')]);
  if (!sameList(state.status, d.status)) ours.push(['status', state.status.join(',')]);
  if (state.year !== null) ours.push(['year', String(state.year)]);
  // The comparison is the planner's: a link to another mode does not carry it.
  if (state.compare !== null && state.mode === 'planner') ours.push(['compare', String(state.compare)]);
  if (state.sel) ours.push(['sel', state.sel]);
  if (state.zone) ours.push(['zone', state.zone]);
  if (state.measure) ours.push(['measure', state.measure]);
  if (state.at) ours.push(['at', `${state.at[0].toFixed(6)},${state.at[1].toFixed(6)}`]);
  if (state.at && state.r !== d.r) ours.push(['r', String(state.r)]);
  if ((state.mode === 'present' || state.mode === PRESENTER_VIEW) && state.step !== d.step)
    ours.push(['step', String(state.step)]);
  if (state.autoplay !== null) ours.push(['autoplay', String(state.autoplay)]);
  // Unknown keys are dropped; the camera (`map=`) stays first, as MapLibre writes it.
  const all = [...splitHash(previousHash).filter(([k]) => k === 'map'), ...ours];
  // Keys and values are ids, numbers and commas: only `%`, `&`, `#` and spaces need escaping.
  return `#${all.map(([k, v]) => `${k}=${v.replace(/[%&#\s]/g, encodeURIComponent)}`).join('&')}`;
}

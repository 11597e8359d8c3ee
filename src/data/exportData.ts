/**
 * What the planner's tools export and list: the features the map shows (same rule as the map,
 * `visibleFeatures`), one record per feature with its computed area or length, written out as
 * GeoJSON or as CSV for Excel; plus the scale bar and file names of the PNG export.
 */
import { area as turfArea, length as turfLength } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { boundsOf } from './derive';
import type { Dataset } from './load';
import { effectiveStatus, type ViewFilter, visibleFeatures } from './status';
import type { LayerId, Status } from './types';
import { toMu } from './units';

/** One visible feature, in the words of a table row or a CSV line. */
export interface FeatureRecord {
  layer: LayerId;
  id: string;
  name: string;
  name_en: string;
  /** The status the map shows for it in this view; null for the context layer. */
  status: Status | null;
  /** Year of completion as the data gives it. */
  year: number | null;
  /** The priority area it lies in. */
  area: string | null;
  /** Geodesic area for polygons, else null. */
  areaM2: number | null;
  /** Geodesic length for lines, else null. */
  lengthKm: number | null;
  /** Households of a community, area or pilot zone; households served by an elevator. */
  households: number | null;
  feature: Feature;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function measure(f: Feature): Pick<FeatureRecord, 'areaM2' | 'lengthKm'> {
  const t = f.geometry?.type;
  if (t === 'Polygon' || t === 'MultiPolygon') return { areaM2: turfArea(f), lengthKm: null };
  if (t === 'LineString' || t === 'MultiLineString')
    return { areaM2: null, lengthKm: turfLength(f, { units: 'kilometers' }) };
  return { areaM2: null, lengthKm: null };
}

/** What the list shows: the map's view, and with `bbox` only what meets the camera's bounds. */
export interface ListFilter extends ViewFilter {
  /** [west, south, east, north]: "only in view" — a feature is kept when its bounding box meets it */
  bbox?: readonly [number, number, number, number] | null;
}

const meets = (f: Feature, b: readonly [number, number, number, number]) => {
  const [w, s, e, n] = boundsOf(f);
  return w <= b[2] && e >= b[0] && s <= b[3] && n >= b[1];
};

/**
 * The features the map shows for this view, one record each, layers in registry order and
 * features in file order. Status is the one the map draws (as it stood at the end of `year`).
 */
export function featureRecords(
  dataset: Pick<Dataset, 'layers' | 'catalogue'>,
  view: ListFilter,
): FeatureRecord[] {
  const out: FeatureRecord[] = [];
  const box = view.bbox;
  for (const [layer, fc] of visibleFeatures(dataset, view)) {
    for (const f of fc.features) {
      if (box && !meets(f, box)) continue;
      const p = f.properties ?? {};
      const hasStatus = typeof p.status === 'string';
      out.push({
        layer,
        id: str(p.id),
        name: str(p.name),
        name_en: str(p.name_en),
        status: hasStatus ? effectiveStatus(p, view.year) : null,
        year: num(p.year),
        area: typeof p.area === 'string' ? p.area : null,
        ...measure(f),
        households: num(p.households) ?? num(p.households_served),
        feature: f,
      });
    }
  }
  return out;
}

/**
 * The rows of the feature list (and of its exports): the visible features but the context layer's,
 * which is the base map rather than the programme.
 */
export function listRecords(
  dataset: Pick<Dataset, 'layers' | 'catalogue'>,
  view: ListFilter,
): FeatureRecord[] {
  return featureRecords(dataset, view).filter((r) => dataset.catalogue.get(r.layer)?.role !== 'context');
}

/**
 * The list's rows as one GeoJSON FeatureCollection. Each feature keeps its properties, gains
 * `layer`, and carries the status the map shows (it differs from the file's in a year view).
 * The view itself is kept as a foreign member (RFC 7946 §6.1) so the file says what it is.
 */
export function toGeoJson(
  dataset: Pick<Dataset, 'layers' | 'catalogue'>,
  view: ListFilter,
  zone: string | null = null,
): FeatureCollection & { view: ExportedView } {
  return {
    type: 'FeatureCollection',
    view: {
      layers: dataset.catalogue.visible(view.layers),
      status: [...view.status],
      year: view.year,
      zone,
      bbox: view.bbox ? [...view.bbox] : null,
    },
    features: listRecords(dataset, view).map((r) => ({
      ...r.feature,
      properties: {
        layer: r.layer,
        ...r.feature.properties,
        ...(r.status ? { status: r.status } : {}),
      },
    })),
  };
}

/** The view an exported GeoJSON file says it holds. */
export interface ExportedView {
  layers: string[];
  status: Status[];
  year: number | null;
  zone: string | null;
  bbox: number[] | null;
}

/** Columns every CSV starts with, in this order; a layer's other properties follow. */
const FIXED_COLUMNS = ['layer', 'id', 'name', 'name_en', 'status', 'year', 'area'] as const;
/** Computed columns at the end of every row. */
const COMPUTED_COLUMNS = ['area_m2', 'area_mu', 'length_km'] as const;

/** A property value as one cell: lists joined by "; ", objects as JSON, missing as empty. */
export function flatten(v: unknown): string | number {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => String(flatten(x))).join('; ');
  return JSON.stringify(v);
}

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula — starting with
 * `=`, `+`, `-`, `@`, tab or carriage return — gets a leading apostrophe (OWASP CSV injection);
 * quotes are doubled and the cell quoted when it holds a separator, quote or line break.
 */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const round = (n: number | null, digits: number): number | string =>
  n === null ? '' : Number(n.toFixed(digits));

/**
 * The list's rows as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF line
 * ends, one row per feature with the fixed columns, every other property of its layer flattened,
 * and the computed area (m², 亩) or length (km).
 */
export function toCsv(dataset: Pick<Dataset, 'layers' | 'catalogue'>, view: ListFilter): string {
  const records = listRecords(dataset, view);
  const fixed = new Set<string>(FIXED_COLUMNS);
  const extras: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r.feature.properties ?? {})) {
      if (!fixed.has(k) && !seen.has(k)) {
        seen.add(k);
        extras.push(k);
      }
    }
  }
  const header = [...FIXED_COLUMNS, ...extras, ...COMPUTED_COLUMNS];
  const rows = records.map((r) => {
    const p = r.feature.properties ?? {};
    return [
      r.layer,
      r.id,
      r.name,
      r.name_en,
      r.status ?? '',
      r.year ?? '',
      r.area ?? '',
      ...extras.map((k) => flatten(p[k])),
      round(r.areaM2, 0),
      r.areaM2 === null ? '' : round(toMu(r.areaM2), 2),
      round(r.lengthKm, 3),
    ];
  });
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Metres around the equator (WGS84), as MapLibre uses it. */
export const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/**
 * Ground metres per CSS pixel at this zoom and latitude. MapLibre's zoom 0 shows the world on
 * one 512-pixel tile, so this is half the classic 156543.03392 m/px of 256-pixel tiles.
 */
export function metresPerPixel(zoom: number, lat: number, tileSize = 512): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (tileSize * 2 ** zoom);
}

/** The longest round distance (1, 2 or 5 × 10ⁿ metres) that fits in `maxPx`, and its length in pixels. */
export function scaleBar(mPerPx: number, maxPx: number): { metres: number; px: number } {
  const maxM = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxM));
  const step = [5, 2, 1].find((s) => s * pow <= maxM) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / mPerPx };
}

/** `YYYY-MM-DD` of a date in local time (the day the person exports on). */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** File name of an export: `old-town-renewal-2025-09-30.png`. */
export function exportFileName(ext: 'png' | 'pdf' | 'csv' | 'geojson', date: Date): string {
  return `old-town-renewal-${isoDate(date)}.${ext}`;
}

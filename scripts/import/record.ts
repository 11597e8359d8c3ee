/**
 * What every reader returns: the input's records in order (never dropped), each with a
 * human reference (`row 4`, `FID 3`, `placemark 2`, `features[5]`), its raw fields and its geometry
 * in the source CRS.
 */
import type { Geometry } from 'geojson';
import type { Problem } from '../../src/data/validate/index';
import type { Crs } from './crs';

export interface RawRecord {
  /** How the person finds the record in the source: `row 4` (spreadsheet row), `FID 3`, `placemark 2`. */
  ref: string;
  props: Record<string, unknown>;
  /** In the source CRS; null when the record has none. */
  geometry: Geometry | null;
  /** Why there is no geometry, when the reader knows (e.g. an empty longitude cell). */
  noGeometry?: { en: string; zh: string };
}

export interface ReadResult {
  format: 'shapefile' | 'csv' | 'kml' | 'geojson';
  /**
   * The records in file order, read as they are iterated (a stream for Shapefile, CSV and large
   * GeoJSON); may be iterated more than once.
   */
  records: () => Iterable<RawRecord>;
  /** Removes temporary files (an unpacked .zip); called when the import is done. */
  close?: () => void;
  /** Field names in file order. */
  fields: string[];
  /** The CRS the file declares (.prj, GeoJSON `crs`, the KML spec), if any. */
  declared?: { crs: Crs; source: string; explicit: boolean };
  /** A declared CRS that could not be used (e.g. an unreadable .prj). */
  declaredError?: { en: string; zh: string };
  /** Notes for the person (encoding guessed, columns picked), as warnings. */
  notes: Problem[];
}

export interface ReadOptions {
  path: string;
  encoding: 'utf-8' | 'gbk' | null;
  lon: string | null;
  lat: string | null;
}

/** Problem helper for whole-file findings. */
export function fileProblem(
  path: string,
  severity: 'error' | 'warning',
  code: string,
  en: string,
  zh: string,
): Problem {
  return { path, location: '$', severity, code, message_en: en, message_zh: zh };
}

/** Thrown by readers for a file that cannot be read at all; the CLI prints it as one problem. */
export class ImportError extends Error {
  constructor(
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

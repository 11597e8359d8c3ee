/** The two low-level parsers of shpjs we use (the package ships no types). */
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, in file order (null for null shapes); reprojected only if `prj` is given. */
  export function parseShp(shp: DataView | Uint8Array | ArrayBuffer, prj?: string): Array<Geometry | null>;
  /** Rows of a .dbf; `cpg` is a TextDecoder label. */
  export function parseDbf(
    dbf: DataView | Uint8Array | ArrayBuffer,
    cpg?: string,
  ): Array<Record<string, unknown>>;
}

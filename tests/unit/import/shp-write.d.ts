/** The low-level writer of @mapbox/shp-write (the package ships no types). */
declare module '@mapbox/shp-write' {
  export function write(
    rows: Array<Record<string, string | number>>,
    geometryType: 'POINT' | 'POLYLINE' | 'POLYGON',
    geometries: unknown[],
    callback: (err: unknown, files: { shp: DataView; shx: DataView; dbf: DataView; prj: string }) => void,
  ): void;
}

/** Minimal types for geojson-validation 1.0.2 (a CommonJS package without its own types). */
declare module 'geojson-validation' {
  type Check = {
    (value: unknown, trace: true): string[];
    (value: unknown, trace?: false): boolean;
  };
  const GJV: {
    valid: Check;
    isGeoJSONObject: Check;
    isFeature: Check;
    isFeatureCollection: Check;
    isGeometryObject: Check;
    isPosition: Check;
  };
  export default GJV;
}

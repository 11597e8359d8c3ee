/**
 * Measuring on the map: terra-draw (its MapLibre adapter) draws the line or polygon a planner
 * clicks — points, a rubber band to the pointer, Enter or a click on the last point to finish — so
 * no drawing code of our own. The app gets the geometry after each change and computes the length
 * or area itself (Turf), so the figures follow the project's units.
 */
import type { LineString, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';

export type MeasureKind = 'distance' | 'area';
/** The shape being measured, and whether it is finished. */
export type MeasureListener = (shape: LineString | Polygon | null, done: boolean) => void;

const MODE: Record<MeasureKind, string> = { distance: 'linestring', area: 'polygon' };
const INK = '#0b5c8a';

export class Measurer {
  private draw: TerraDraw | null = null;

  constructor(private readonly map: MapLibreMap) {}

  get active(): boolean {
    return this.draw !== null;
  }

  start(kind: MeasureKind, listener: MeasureListener) {
    this.stop();
    const styles = { lineStringColor: INK, lineStringWidth: 3, closingPointColor: INK } as const;
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: this.map }),
      modes: [
        new TerraDrawLineStringMode({ styles }),
        new TerraDrawPolygonMode({
          styles: {
            fillColor: INK,
            fillOpacity: 0.15,
            outlineColor: INK,
            outlineWidth: 3,
            closingPointColor: INK,
          },
        }),
      ],
    });
    draw.start();
    draw.setMode(MODE[kind]);
    const report = (done: boolean) => {
      const shapes = draw
        .getSnapshot()
        .filter((f) => f.geometry.type === 'LineString' || f.geometry.type === 'Polygon');
      const last = shapes[shapes.length - 1];
      listener(last ? (last.geometry as LineString | Polygon) : null, done);
    };
    draw.on('change', () => report(false));
    draw.on('finish', (id) => {
      // One measurement at a time: a finished shape replaces the one before it.
      const older = draw
        .getSnapshot()
        .map((f) => f.id)
        .filter((x): x is string | number => x !== undefined && x !== id);
      if (older.length) draw.removeFeatures(older);
      report(true);
    });
    this.draw = draw;
  }

  stop() {
    if (!this.draw) return;
    this.draw.clear();
    this.draw.stop();
    this.draw = null;
  }
}

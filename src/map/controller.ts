/**
 * What the modes may ask of the map, without importing MapLibre: the adapter implements it.
 * Camera moves carry an `origin` tag so a listener can tell a tour's flight from a person's drag.
 */
import type { Feature } from 'geojson';
import type { LayerId } from '../data/types';
import type { MeasureKind, MeasureListener } from './measure';
import type { Place } from './overlays';

export type { MeasureKind, MeasureListener, Place };

export interface CameraView {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

export interface MapController {
  select(id: string | null): void;
  highlight(ids: readonly string[]): void;
  feature(id: string): { layer: LayerId; feature: Feature } | undefined;
  fitFeatures(
    ids: readonly string[],
    opts?: { padding?: number; maxZoom?: number; duration?: number; origin?: string },
  ): void;
  /** Fits [west, south, east, north]; padding may differ per side (a bottom sheet covers the map). */
  fitBounds(
    bounds: [number, number, number, number],
    opts?: {
      padding?: number | { top: number; bottom: number; left: number; right: number };
      maxZoom?: number;
      duration?: number;
      origin?: string;
    },
  ): void;
  flyTo(camera: CameraView, duration?: number, origin?: string): void;
  /** The camera now. */
  view(): CameraView;
  /** What the camera shows now, [west, south, east, north]. */
  bounds(): [number, number, number, number];
  /** Calls back when a camera move ends, with the move's origin tag (undefined for a person's). */
  onMoveEnd(cb: (origin: string | undefined) => void): () => void;
  setPlace(place: Place | null): void;
  /** Measures a distance or an area drawn by clicks; null stops and clears the measurement. */
  measure(kind: MeasureKind | null, listener?: MeasureListener): void;
  /** Outlines on the map the ground a printed page will show (corners, lon/lat), or clears it. */
  setPrintFrame(ring: [number, number][] | null): void;
  /**
   * Renders a view (the camera now, unless given) of `width` × `height` CSS pixels at `pixelRatio`
   * on an off-screen map, in tiles when one drawing buffer would be too large; resolves to the
   * picture and the ratio it was rendered at (lower only for a tilted view too large for one buffer).
   */
  render(req: {
    width: number;
    height: number;
    pixelRatio: number;
    camera?: CameraView;
  }): Promise<{ canvas: HTMLCanvasElement; pixelRatio: number; tiles: number }>;
  /** Current canvas size in CSS pixels. */
  size(): { width: number; height: number };
  /** Turns MapLibre's own arrow-key panning on or off (a presenter's clicker sends arrow keys). */
  setKeyboard(enabled: boolean): void;
}

/**
 * Moves the map to a tour step: one smooth flight to the step's camera, or to the features it
 * fits, leaving room for the caption card (bottom left; the targets board is wider).
 */
import { boundsOfAll } from '../../data/derive';
import type { TourStep } from '../../data/types';
import type { MapController } from '../../map/controller';

/** A flight between steps: long enough for a room to follow, short enough for a clicker. */
export const FLIGHT_MS = 2600;
/** Camera moves of the tour carry this origin tag. */
export const TOUR_ORIGIN = 'tour';

type Box = [number, number, number, number];

/** The union of the bounding boxes of the step's `fit` features that exist, or null. */
export function stepBounds(step: TourStep, map: Pick<MapController, 'feature'>): Box | null {
  return boundsOfAll((step.fit ?? []).flatMap((id) => map.feature(id)?.feature ?? []));
}

/**
 * Room around the fitted features, in pixels: the legend and the caption card cover the left part
 * of a wide screen (matching tourSide.css), and the bottom part of a narrow one.
 */
export function paddingFor(kind: TourStep['kind'], width: number, height: number) {
  if (width < 720)
    return { top: height * 0.08, bottom: height * 0.45, left: width * 0.06, right: width * 0.06 };
  const card = kind === 'targets' ? 0.56 : 0.4;
  // The bottom keeps clear of the attribution (bottom right, up to three lines of room-sized text).
  return {
    top: height * 0.1,
    bottom: height * 0.14,
    left: width * (card + 0.05),
    right: width * 0.05,
  };
}

/** Flies to the step (or jumps, with `duration` 0). Returns false when the step has no camera. */
export function moveToStep(map: MapController, step: TourStep, duration: number): boolean {
  if (step.camera) {
    map.flyTo(step.camera, duration, TOUR_ORIGIN);
    return true;
  }
  const box = stepBounds(step, map);
  if (!box) return false;
  const { width, height } = map.size();
  map.fitBounds(box, {
    padding: paddingFor(step.kind, width, height),
    maxZoom: 17.5,
    duration,
    origin: TOUR_ORIGIN,
  });
  return true;
}

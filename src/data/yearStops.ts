/**
 * The stops of the year slider: the end of each programme year, and "today" (the data's as-of
 * date) placed where it falls in time — so the slider reads as one time line.
 */
import { YEAR_MAX, YEAR_MIN } from '../state/url';

/** Years in order with `null` (today, as the data says) inserted chronologically. */
export function yearStops(asOf: string, min = YEAR_MIN, max = YEAR_MAX): Array<number | null> {
  const stops: Array<number | null> = [];
  let placed = false;
  for (let y = min; y <= max; y++) {
    // A year's end comes after the as-of date: today sits before that stop.
    if (!placed && `${y}-12-31` > asOf) {
      stops.push(null);
      placed = true;
    }
    stops.push(y);
  }
  if (!placed) stops.push(null);
  return stops;
}

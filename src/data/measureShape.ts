/** What a drawn measurement comes to: a line's geodesic length, a polygon's geodesic area (Turf). */
import { area, length } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import type { Lang } from '../state/url';
import { formatLength, formatNumber } from './format';
import { toMu } from './units';

export function shapeLengthM(line: LineString): number {
  return length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' }) * 1000;
}

export function shapeAreaM2(poly: Polygon): number {
  return area({ type: 'Feature', properties: {}, geometry: poly });
}

/** "1.25 公里" / "850 m". */
export const measuredLength = (m: number, lang: Lang) => formatLength(m, lang);

/** "12,345 m² · 18.5 亩 · 1.23 公顷" — every unit a planner may be asked for. */
export function measuredArea(m2: number, lang: Lang): string {
  const mu = toMu(m2);
  const parts = [
    `${formatNumber(m2, lang)} m²`,
    `${formatNumber(mu, lang, mu < 100 ? 1 : 0)} ${lang === 'zh' ? '亩' : 'mu'}`,
    `${formatNumber(m2 / 10_000, lang, 2)} ${lang === 'zh' ? '公顷' : 'ha'}`,
  ];
  return parts.join(' · ');
}

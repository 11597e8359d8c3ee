/**
 * The placeholders a tour caption may use (`{pilot.mu}`, `{area.stairway.communities}` …): their
 * names and how they are shown. Kept apart from the numbers themselves (src/data/tour.ts) so the
 * validator can check a caption's placeholders without computing anything.
 */
import { AREA_IDS } from './types';

/** How a placeholder's number is written: whole, one decimal, or a year (no grouping). */
export type PlaceholderFormat = 'int' | 'dec1' | 'year';

/** Numbers per zone: `{area.<id>.<metric>}` for a priority area, `{pilot.<metric>}` for the pilot zone. */
export const AREA_METRICS = {
  mu: 'int',
  ha: 'dec1',
  households: 'int',
  communities: 'int',
  communities_completed: 'int',
  community_households: 'int',
  parks: 'int',
  elevators: 'int',
  lifts: 'int',
  pipelines_km: 'dec1',
  underground_km: 'dec1',
  riverside: 'int',
} as const satisfies Record<string, PlaceholderFormat>;
export type AreaMetric = keyof typeof AREA_METRICS;

/** Every other placeholder, by name. */
export const GLOBAL_PLACEHOLDERS = {
  year: 'year',
  'district.km2': 'dec1',
  'areas.count': 'int',
  'areas.mu': 'int',
  'areas.households': 'int',
  'communities.total': 'int',
  'communities.completed': 'int',
  'communities.under_construction': 'int',
  'communities.planned': 'int',
  'communities.households': 'int',
  'communities.households_completed': 'int',
  'parks.total': 'int',
  'parks.completed': 'int',
  'parks.under_construction': 'int',
  'parks.planned': 'int',
  'elevators.total': 'int',
  'elevators.completed': 'int',
  'elevators.lifts': 'int',
  'elevators.households': 'int',
  'pipelines.count': 'int',
  'pipelines.total_km': 'dec1',
  'pipelines.underground_km': 'dec1',
  'riverside.count': 'int',
  'riverside.completed': 'int',
  'riverside.mu': 'int',
} as const satisfies Record<string, PlaceholderFormat>;

/** Every placeholder name a caption may use, with its format. */
export const PLACEHOLDERS: ReadonlyMap<string, PlaceholderFormat> = new Map<string, PlaceholderFormat>([
  ...Object.entries(GLOBAL_PLACEHOLDERS),
  ...['pilot', ...AREA_IDS.map((id) => `area.${id}`)].flatMap((prefix) =>
    Object.entries(AREA_METRICS).map(([m, f]) => [`${prefix}.${m}`, f] as [string, PlaceholderFormat]),
  ),
]);

/** `{anything}` without nested braces; the name inside is checked against PLACEHOLDERS. */
const PLACEHOLDER_RE = /\{([^{}]*)\}/g;

/** The placeholder names in a text, in order (duplicates kept). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[1].trim());
}

/** The placeholder names in a text that are not known (each reported once). */
export function unknownPlaceholders(text: string): string[] {
  return [...new Set(placeholdersIn(text).filter((name) => !PLACEHOLDERS.has(name)))];
}

/** A piece of a filled caption: plain text, a number from the data, or an unknown placeholder ("?"). */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'number'; text: string; name: string }
  | { kind: 'unknown'; text: '?'; name: string };

/**
 * Splits a caption into text and placeholders, filling each placeholder with `value(name)`:
 * a string for a known, computable value; null when the name is unknown or the data cannot give
 * it (shown as "?", so a mistake is visible on screen rather than silently blank).
 */
export function splitTemplate(text: string, value: (name: string) => string | null): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER_RE)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ kind: 'text', text: text.slice(last, at) });
    const name = m[1].trim();
    const v = PLACEHOLDERS.has(name) ? value(name) : null;
    parts.push(v === null ? { kind: 'unknown', text: '?', name } : { kind: 'number', text: v, name });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

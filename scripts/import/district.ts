/**
 * What the importer knows about the data set it imports into: the district's bounds (site.json)
 * to catch vertices that land far away (src/data/validate/district.ts), and the priority areas' names so a
 * spreadsheet may say 中心梯道片区 instead of `stairway`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site's [west, south, east, north], or null. */
export function siteBounds(dir: string): [number, number, number, number] | null {
  try {
    const p = join(dir, 'site.json');
    if (!existsSync(p)) return null;
    const b = JSON.parse(readFileSync(p, 'utf8')).bounds;
    return Array.isArray(b) && b.length === 4 && b.every((x) => typeof x === 'number')
      ? (b as [number, number, number, number])
      : null;
  } catch {
    return null;
  }
}

/** Area id, zh name and en name (lower case) → area id, from the folder's areas.geojson. */
export function areaLookup(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  try {
    const p = join(dir, 'areas.geojson');
    if (!existsSync(p)) return m;
    for (const f of JSON.parse(readFileSync(p, 'utf8')).features ?? []) {
      const id = f?.properties?.id;
      if (typeof id !== 'string') continue;
      for (const k of [id, f.properties.name, f.properties.name_en])
        if (typeof k === 'string') m.set(k.trim().toLowerCase(), id);
    }
  } catch {
    // No usable areas file: area values must then be ids, and the validator says so.
  }
  return m;
}

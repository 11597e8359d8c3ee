/**
 * Search by name over the data set: communities, pocket parks, areas, the pilot zone, riverside
 * spaces, elevators (by building and community), and the streets and places of the context layer.
 * Tolerant of partial input: every whitespace-separated part of the query must occur in the
 * Chinese or English name (case-insensitive); names that start with the query rank first.
 */
import type { Feature } from 'geojson';
import type { Dataset } from './load';
import type { LayerId } from './types';

export interface SearchEntry {
  id: string;
  layer: LayerId;
  name: string;
  name_en: string;
  /** lower-cased text searched */
  haystack: string;
  feature: Feature;
}

const SEARCHED: LayerId[] = [
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'riverside',
  'elevators',
  'pipelines',
  'context',
];

/** Builds the search entries once per data set. */
export function buildSearchIndex(dataset: Pick<Dataset, 'layers'>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const communityName = new Map<string, { name: string; name_en: string }>();
  for (const f of dataset.layers.get('communities')?.features ?? []) {
    const p = f.properties ?? {};
    communityName.set(String(p.id), { name: String(p.name ?? ''), name_en: String(p.name_en ?? '') });
  }
  for (const layer of SEARCHED) {
    for (const f of dataset.layers.get(layer)?.features ?? []) {
      const p = f.properties ?? {};
      if (typeof p.id !== 'string') continue;
      if (layer === 'context' && !(p.kind === 'road' || p.kind === 'landmark' || p.kind === 'hill')) continue;
      let name = typeof p.name === 'string' ? p.name : '';
      let nameEn = typeof p.name_en === 'string' ? p.name_en : '';
      if (layer === 'elevators') {
        const c = communityName.get(String(p.community));
        name = `${c?.name ?? ''} ${p.building ?? ''} ${name}`.trim();
        nameEn = `${c?.name_en ?? ''} ${p.building ?? ''} ${nameEn}`.trim();
      }
      if (!name && !nameEn) continue;
      entries.push({
        id: p.id,
        layer,
        name,
        name_en: nameEn,
        haystack: `${name} ${nameEn}`.toLowerCase(),
        feature: f,
      });
    }
  }
  return entries;
}

/** The best matches for a query, at most `limit`. */
export function search(
  entries: readonly SearchEntry[],
  query: string,
  limit = 8,
  layers?: readonly LayerId[],
): SearchEntry[] {
  const parts = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const q = parts.join(' ');
  const scored: Array<[number, SearchEntry]> = [];
  for (const e of entries) {
    if (layers && !layers.includes(e.layer)) continue;
    if (!parts.every((p) => e.haystack.includes(p))) continue;
    const starts = e.name.toLowerCase().startsWith(q) || e.name_en.toLowerCase().startsWith(q);
    scored.push([(starts ? 0 : 1) * 1000 + e.name.length, e]);
  }
  return scored
    .sort((a, b) => a[0] - b[0])
    .slice(0, limit)
    .map(([, e]) => e);
}

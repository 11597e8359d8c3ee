/**
 * Search by name over the data set: every layer the catalogue gives a `search` entry, by its
 * search fields (a ref field, such as an elevator's community, reads as the named feature's name),
 * only features passing its `where` (the context layer's streets, places and hills).
 * Tolerant of partial input: every whitespace-separated part of the query must occur in the
 * Chinese or English name (case-insensitive); names that start with the query rank first, and a
 * name appears once per layer.
 */
import type { Feature } from 'geojson';
import { matches } from '../catalogue/catalogue';
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

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** Builds the search entries once per data set. */
export function buildSearchIndex(dataset: Pick<Dataset, 'layers' | 'catalogue'>): SearchEntry[] {
  const { catalogue } = dataset;
  const names = new Map<string, { name: string; name_en: string }>();
  for (const e of catalogue.sites)
    for (const f of dataset.layers.get(e.id)?.features ?? []) {
      const p = f.properties ?? {};
      if (typeof p.id === 'string') names.set(p.id, { name: str(p.name), name_en: str(p.name_en) });
    }
  const entries: SearchEntry[] = [];
  for (const layer of catalogue.searchable) {
    const spec = layer.search;
    if (!spec) continue;
    const fields = spec.fields.map((k) => catalogue.field(layer.id, k));
    for (const f of dataset.layers.get(layer.id)?.features ?? []) {
      const p = f.properties ?? {};
      if (typeof p.id !== 'string' || !matches(spec.where, p)) continue;
      const zh: string[] = [];
      const en: string[] = [];
      spec.fields.forEach((k, i) => {
        const def = fields[i];
        if (k.endsWith('_en')) return;
        if (def?.type === 'ref') {
          const n = names.get(str(p[k]));
          if (n) {
            zh.push(n.name);
            en.push(n.name_en || n.name);
          }
          return;
        }
        const v = str(p[k]);
        const vEn = str(p[`${k}_en`]) || v;
        if (v) zh.push(v);
        if (vEn) en.push(vEn);
      });
      const text = zh.join(' ').trim();
      const textEn = en.join(' ').trim();
      if (!text && !textEn) continue;
      // A feature's own name is what a result shows (an elevator's name already says its community
      // and building); the other search fields are only searched in. No English name: none shown.
      const name = str(p.name) || text;
      const nameEn = str(p.name_en) || (str(p.name) ? '' : textEn);
      entries.push({
        id: p.id,
        layer: layer.id,
        name,
        name_en: nameEn,
        haystack: `${text} ${textEn} ${name} ${nameEn}`.toLowerCase(),
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
  // One result per name and layer: a street drawn in several pieces is one street to a person.
  const seen = new Set<string>();
  const out: SearchEntry[] = [];
  for (const [, e] of scored.sort((a, b) => a[0] - b[0])) {
    const key = `${e.layer}\u0000${e.name || e.name_en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === limit) break;
  }
  return out;
}

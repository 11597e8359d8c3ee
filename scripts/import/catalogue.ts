/**
 * The catalogue the import writes for: `layers.json` of the target data folder (`--dir`, default
 * public/geo), read once. Its fields and geometry kinds decide what a record must have.
 */
import type { Catalogue } from '../../src/catalogue/catalogue';
import { loadCatalogue } from '../catalogue';

let dir = 'public/geo';
let cached: Catalogue | null = null;

/** The data folder whose catalogue the import uses (set from --dir before anything is read). */
export function setCatalogueDir(d: string): void {
  if (d !== dir) cached = null;
  dir = d;
}

export function importCatalogue(): Catalogue {
  cached ??= loadCatalogue(dir);
  return cached;
}

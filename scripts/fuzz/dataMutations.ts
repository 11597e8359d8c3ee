/**
 * Seeded mutations of the shipped data files, shared by the validator fuzz test (Vitest) and the
 * loader fuzz test (Playwright serves the mutated text with `page.route`). Each mutation says
 * whether it must make the file unusable (`breaks`): then the validator has to report an error
 * naming the file, and the app has to leave the layer out and name it on screen.
 */

import { loadCatalogue } from '../catalogue';
import type { Rng } from './random';

export const DATA_MUTATION_KINDS = [
  'truncate',
  'coord-nan-string',
  'coord-null',
  'coord-huge',
  'coord-infinite',
  'coord-nan-literal',
  'swap-axes',
  'drop-key',
  'wrong-type',
  'deep-nesting',
  'huge-file',
  'bom',
  'bom-truncated',
  'wrong-geometry',
  'empty',
  'not-a-collection',
  'byte-noise',
  'proto-keys',
  'lone-surrogate',
  'bad-status',
] as const;
export type DataMutationKind = (typeof DATA_MUTATION_KINDS)[number];

export interface DataMutation {
  kind: DataMutationKind;
  text: string;
  /** true when the result must be reported as an error */
  breaks: boolean;
}

type Json = Record<string, unknown>;
type Position = number[];

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every position array ([x, y]) of a geometry, so a mutation can change one in place. */
function positionsOf(coords: unknown, out: Position[] = []): Position[] {
  if (!Array.isArray(coords)) return out;
  if (coords.length >= 2 && typeof coords[0] === 'number') out.push(coords as Position);
  else for (const c of coords) positionsOf(c, out);
  return out;
}

function featuresOf(doc: unknown): Json[] {
  return isObj(doc) && Array.isArray(doc.features) ? (doc.features as unknown[]).filter(isObj) : [];
}

function geometryPositions(doc: unknown): Position[] {
  return featuresOf(doc).flatMap((f) =>
    isObj(f.geometry) ? positionsOf((f.geometry as Json).coordinates) : [],
  );
}

/** A placeholder no data file contains, replaced in the serialised text (for non-JSON tokens). */
const MARK = '"__fuzz_mark__"';

function truncate(text: string, r: Rng): string {
  const end = text.trimEnd().length;
  return text.slice(0, 1 + r.int(Math.max(1, end - 2)));
}

/** Replaces one coordinate number; returns null when the file has no geometry. */
function withCoordinate(doc: unknown, r: Rng, value: unknown): string | null {
  const ps = geometryPositions(doc);
  if (ps.length === 0) return null;
  const p = r.pick(ps);
  p[r.int(2)] = value as number;
  return JSON.stringify(doc);
}

function withCoordinateToken(doc: unknown, r: Rng, token: string): string | null {
  const text = withCoordinate(doc, r, '__fuzz_mark__');
  return text === null ? null : text.replace(MARK, token);
}

/** The shipped catalogue: which layers take one geometry kind (zones and works), and which are points. */
const CATALOGUE = loadCatalogue();
const geometryOf = (layerId: string) => CATALOGUE.get(layerId)?.geometry;

/**
 * Applies one mutation to a file's text. `layerId` is the file's base name (`communities`, `site`
 * …). Kinds that need features fall back to a truncation on files without them.
 */
export function mutateData(text: string, layerId: string, kind: DataMutationKind, r: Rng): DataMutation {
  const doc: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  const features = featuresOf(doc);
  const kinds = geometryOf(layerId);
  const isSiteLayer = Array.isArray(kinds);
  const fallback = (): DataMutation => ({ kind: 'truncate', text: truncate(text, r), breaks: true });
  const done = (out: string | null, breaks: boolean): DataMutation =>
    out === null ? fallback() : { kind, text: out, breaks };

  switch (kind) {
    case 'truncate':
      return fallback();
    case 'coord-nan-string':
      return done(withCoordinate(doc, r, 'NaN'), true);
    case 'coord-null':
      return done(withCoordinate(doc, r, null), true);
    case 'coord-huge':
      return done(withCoordinate(doc, r, r.pick([1e308, -1e300, 9e15, 123456789])), true);
    case 'coord-infinite':
      return done(withCoordinateToken(doc, r, r.pick(['1e400', '-1e999'])), true);
    case 'coord-nan-literal':
      return done(withCoordinateToken(doc, r, r.pick(['NaN', 'Infinity', 'undefined', '0x1F'])), true);
    case 'swap-axes': {
      const ps = geometryPositions(doc);
      for (const p of ps) [p[0], p[1]] = [p[1], p[0]];
      return done(ps.length ? JSON.stringify(doc) : null, true);
    }
    case 'drop-key': {
      if (features.length === 0) {
        if (!isObj(doc)) return fallback();
        const keys = Object.keys(doc);
        delete doc[r.pick(keys)];
        return done(JSON.stringify(doc), true);
      }
      const which = r.int(4);
      if (which === 0) delete (doc as Json).features;
      else if (which === 1) delete r.pick(features).geometry;
      else if (which === 2) delete (doc as Json).type;
      else {
        const f = r.pick(features);
        if (isObj(f.properties)) delete f.properties.id;
      }
      return done(JSON.stringify(doc), true);
    }
    case 'wrong-type': {
      if (features.length === 0) {
        if (!isObj(doc)) return fallback();
        const key = r.pick(Object.keys(doc));
        doc[key] = r.pick([42, 'text', true, [[[]]]]);
        return done(JSON.stringify(doc), true);
      }
      const which = r.int(4);
      const f = r.pick(features);
      if (which === 0) (doc as Json).features = r.pick([{}, 'features', 7, null]);
      else if (which === 1 && isObj(f.properties)) f.properties.id = r.pick([123, ['x'], { id: 'x' }, true]);
      else if (which === 2 && isObj(f.geometry)) (f.geometry as Json).coordinates = r.pick(['abc', 5, {}]);
      else f.geometry = r.pick(['Polygon', 17, [1, 2]]);
      return done(JSON.stringify(doc), true);
    }
    case 'deep-nesting': {
      const depth = 100_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      if (features.length === 0) return done(`{"deep":${nested}}`, true);
      const f = r.pick(features);
      f.geometry = { type: 'Polygon', coordinates: '__fuzz_mark__' };
      return done(JSON.stringify(doc).replace(MARK, nested), true);
    }
    case 'huge-file': {
      // 20 MB: the file's own features, then one feature whose name is one very long string and
      // whose geometry is missing, so the file stays JSON but must be rejected. A config file gets
      // an unknown 20 MB key instead, which the rules ignore: it must merely not hurt.
      if (!isObj(doc)) return fallback();
      const filler = 'x'.repeat(20 * 1024 * 1024);
      const junk = {
        type: 'Feature',
        properties: { id: 'fuzz-huge', name: '__fuzz_mark__' },
        geometry: null,
      };
      const layer = Array.isArray(doc.features);
      if (layer) (doc.features as unknown[]).push(junk);
      else doc.filler = '__fuzz_mark__';
      return done(JSON.stringify(doc).replace(MARK, `"${filler}"`), layer);
    }
    case 'bom':
      return done(`\uFEFF${text}`, false);
    case 'bom-truncated':
      return done(`\uFEFF${truncate(text, r)}`, true);
    case 'wrong-geometry': {
      if (!isSiteLayer || features.length === 0) return fallback();
      const f = r.pick(features);
      const point = Array.isArray(kinds) && kinds.every((k) => k.endsWith('Point'));
      f.geometry = point
        ? {
            type: 'Polygon',
            coordinates: [
              [
                [101.72, 26.58],
                [101.73, 26.58],
                [101.73, 26.59],
                [101.72, 26.58],
              ],
            ],
          }
        : { type: 'Point', coordinates: [101.72, 26.58] };
      return done(JSON.stringify(doc), true);
    }
    case 'empty':
      return done(r.pick(['', '   \n', '\uFEFF']), true);
    case 'not-a-collection':
      return done(r.pick(['null', '[]', '42', '"FeatureCollection"', 'true', '{}']), true);
    case 'byte-noise': {
      const chars = [...text];
      for (let i = 0; i < 1 + r.int(5); i++)
        chars[r.int(chars.length)] = r.pick(['{', '}', '[', '"', ',', ':', '\\', '\u0000']);
      return done(chars.join(''), false);
    }
    case 'proto-keys': {
      // JSON.parse makes `__proto__` an own key; code that copies it with `obj[key] = …` must not
      // pollute Object.prototype.
      const evil = '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},';
      const out = JSON.stringify(doc);
      const at = out.indexOf('"properties":{');
      return done(
        at < 0 ? `{${evil}${out.slice(1)}` : out.replace('"properties":{', `"properties":{${evil}`),
        false,
      );
    }
    case 'lone-surrogate': {
      if (features.length === 0) return done(JSON.stringify(doc), false);
      const f = r.pick(features);
      if (isObj(f.properties)) f.properties.name = `\ud800${String(f.properties.name)}\udfff`;
      return done(JSON.stringify(doc), false);
    }
    case 'bad-status': {
      if (!isSiteLayer || features.length === 0) return fallback();
      const f = r.pick(features);
      if (isObj(f.properties)) f.properties.status = r.pick(['done', 'COMPLETED', 3, null, '']);
      return done(JSON.stringify(doc), true);
    }
  }
}

/**
 * `count` seeded mutations over the given files ({ layerId: text }); the i-th mutation uses kind
 * i mod the number of kinds, so every kind is covered evenly.
 */
export function dataMutations(
  files: Record<string, string>,
  count: number,
  r: Rng,
  kinds: readonly DataMutationKind[] = DATA_MUTATION_KINDS,
): Array<DataMutation & { layerId: string }> {
  const ids = Object.keys(files);
  return Array.from({ length: count }, (_, i) => {
    const layerId = ids[Math.floor(i / kinds.length) % ids.length];
    return { layerId, ...mutateData(files[layerId], layerId, kinds[i % kinds.length], r) };
  });
}

/**
 * Fuzzed URLs through parseHash: 400 seeded random and malformed hashes (bad numbers, unknown ids,
 * huge values, script fragments, percent-encoding errors). Parsing never throws, every field is in
 * its domain (anything malformed falls back to the default), and serialising the result gives a
 * canonical hash that reads back to itself.
 */
import { describe, expect, it } from 'vitest';
import { randomHashes } from '../../scripts/fuzz/hashMutations';
import { rng } from '../../scripts/fuzz/random';
import { STATUSES } from '../../src/data/types';
import {
  defaultState,
  LANGS,
  MODES,
  parseHash,
  serializeHash,
  YEAR_MAX,
  YEAR_MIN,
} from '../../src/state/url';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

const hashes = randomHashes(400, rng(8));

describe('fuzzed hashes through parseHash', () => {
  it('are many and varied', () => {
    expect(new Set(hashes).size).toBeGreaterThanOrEqual(300);
    expect(hashes.some((h) => h.includes('<img') || h.includes('<script'))).toBe(true);
    expect(hashes.some((h) => /%(?![0-9A-Fa-f]{2})/.test(h))).toBe(true);
    expect(hashes.some((h) => h.length > 10_000)).toBe(true);
  });

  it('never throw and always give a state in its domain that round-trips', () => {
    for (const h of hashes) {
      const s = parseHash(h);
      expect(MODES).toContain(s.mode);
      expect(LANGS).toContain(s.lang);
      // The link keeps well-formed ids (null: every layer); the catalogue keeps the ones it has.
      for (const id of s.layers ?? []) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
      for (const id of catalogue.visible(s.layers)) expect(catalogue.ids).toContain(id);
      for (const st of s.status) expect(STATUSES).toContain(st);
      if (s.year !== null) expect(s.year >= YEAR_MIN && s.year <= YEAR_MAX).toBe(true);
      if (s.sel !== null) expect(s.sel).toMatch(/^[a-z0-9-]{1,64}$/);
      if (s.at !== null) {
        expect(Math.abs(s.at[0]) <= 180 && Math.abs(s.at[1]) <= 90).toBe(true);
      }
      expect(Number.isInteger(s.r) && s.r >= 50 && s.r <= 5000).toBe(true);
      expect(Number.isInteger(s.step) && s.step >= 0).toBe(true);
      if (s.autoplay !== null) expect(Number.isInteger(s.autoplay) && s.autoplay >= 3).toBe(true);
      const again = serializeHash(s, '');
      expect(again).not.toMatch(/[<>"']/);
      // The canonical form is stable: what the app writes back reads the same way again.
      expect(serializeHash(parseHash(again), '')).toBe(again);
    }
  });

  it('fall back to the defaults for a garbage value of each key', () => {
    const d = defaultState();
    const garbage = '%E4%B8<img src=x onerror=1>';
    const s = parseHash(
      `#mode=${garbage}&lang=${garbage}&year=1e400&sel=${garbage}&at=NaN,NaN&r=-1&step=1e9&autoplay=0x10`,
    );
    expect(s).toEqual({ ...d });
    expect(parseHash('#layers=<b>,%zz').layers).toEqual(d.layers);
    expect(catalogue.visible(parseHash('#layers=nope,nada').layers)).toEqual(catalogue.visible(d.layers));
    expect(parseHash('#status=%zz').status).toEqual(d.status);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultState, parseHash, serializeHash, type UrlState } from '../../src/state/url';
import { shippedCatalogue } from './helpers/catalogue';

const catalogue = shippedCatalogue();

describe('URL state', () => {
  it('an empty hash gives the defaults', () => {
    expect(parseHash('')).toEqual(defaultState());
    expect(parseHash('#')).toEqual(defaultState());
  });

  it('round-trips every field', () => {
    const state: UrlState = {
      mode: 'resident',
      lang: 'en',
      layers: ['context', 'communities', 'elevators'],
      status: ['completed'],
      year: 2024,
      compare: null,
      sel: 'c-012',
      zone: 'pilot-zone',
      measure: 'pipelines.underground_km',
      at: [101.718301, 26.581702],
      r: 1000,
      step: 0,
      autoplay: null,
    };
    expect(parseHash(serializeHash(state))).toEqual(state);
    const present: UrlState = { ...defaultState(), mode: 'present', step: 4, autoplay: 20 };
    expect(parseHash(serializeHash(present))).toEqual(present);
    const compare: UrlState = { ...defaultState(), year: 2024, compare: 2022 };
    expect(serializeHash(compare)).toBe('#year=2024&compare=2022');
    expect(parseHash(serializeHash(compare))).toEqual(compare);
  });

  it('the two-year comparison belongs to the planner: other modes do not carry it', () => {
    expect(serializeHash({ ...defaultState(), mode: 'resident', compare: 2027 })).toBe('#mode=resident');
    expect(parseHash('#compare=2031').compare).toBeNull();
  });

  it('keeps the defaults out of the link and keeps MapLibre’s map= pair', () => {
    const hash = serializeHash({ ...defaultState(), lang: 'en' }, '#map=14.2/26.58/101.72&foo=1');
    expect(hash).toBe('#map=14.2/26.58/101.72&lang=en');
    expect(serializeHash(defaultState())).toBe('#');
  });

  it('an empty layer list means no layers, unknown ids are dropped, only-unknown falls back', () => {
    const shown = (hash: string) => catalogue.visible(parseHash(hash).layers);
    expect(parseHash('#layers=').layers).toEqual([]);
    expect(shown('#layers=')).toEqual([]);
    // The link keeps what it says; the catalogue keeps the layers it has, in draw order.
    expect(parseHash('#layers=communities,bogus,areas').layers).toEqual(['communities', 'bogus', 'areas']);
    expect(shown('#layers=communities,bogus,areas')).toEqual(['areas', 'communities']);
    expect(shown('#layers=bogus')).toEqual([...catalogue.ids]);
    // No layers= at all: every layer.
    expect(parseHash('').layers).toBeNull();
    expect(shown('')).toEqual([...catalogue.ids]);
  });

  it('every layer shown is the default link (no layers=), a subset is listed in draw order', () => {
    expect(catalogue.linkLayers([...catalogue.ids].reverse())).toBeNull();
    expect(catalogue.linkLayers(['elevators', 'areas'])).toEqual(['areas', 'elevators']);
    expect(catalogue.linkLayers([])).toEqual([]);
    const state: UrlState = { ...defaultState(), layers: catalogue.linkLayers([...catalogue.ids]) };
    expect(serializeHash(state)).toBe('#');
    const some: UrlState = { ...defaultState(), layers: catalogue.linkLayers(['elevators', 'areas']) };
    expect(serializeHash(some)).toBe('#layers=areas,elevators');
    expect(catalogue.visible(parseHash(serializeHash(some)).layers)).toEqual(['areas', 'elevators']);
  });

  it.each([
    '#mode=evil',
    '#lang=fr',
    '#year=1999',
    '#year=20x4',
    '#compare=1999',
    '#compare=now',
    '#measure=<b>',
    '#measure=pipelines',
    '#sel=<script>',
    '#at=999,999',
    '#at=abc',
    '#at=1,2,3',
    '#r=-5',
    '#r=1e9',
    '#step=-1',
    '#autoplay=0',
    '#%E0%A4%A',
    '#==&&=',
    '#status=done',
  ])('falls back to defaults and never throws for %s', (hash) => {
    const parsed = parseHash(hash);
    const d = defaultState();
    for (const key of Object.keys(d) as Array<keyof UrlState>) {
      if (hash.includes(`${key}=`)) expect(parsed[key]).toEqual(d[key]);
    }
  });

  it('parses percent-encoded values', () => {
    expect(parseHash('#layers=areas%2Ccommunities').layers).toEqual(['areas', 'communities']);
  });
});

/**
 * The search box "输入小区或街道名": community, street and place names from the data. Results are
 * plain buttons (big enough for a thumb); choosing one puts the place at it.
 */
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import { placeOfFeature } from '../../data/nearMe';
import { type SearchEntry, search } from '../../data/search';
import type { LayerId } from '../../data/types';
import { localizedText } from '../../i18n';
import type { Lang } from '../../state/url';

export interface PlaceSearchProps {
  entries: readonly SearchEntry[];
  catalogue: Catalogue;
  lang: Lang;
  at: [number, number] | null;
  /** A place was chosen; `id` is the site feature found (null for a street or a landmark). */
  onChoose: (place: [number, number], id: string | null) => void;
}

const nameOf = (e: SearchEntry, lang: Lang) => (lang === 'en' && e.name_en ? e.name_en : e.name);
const isContext = (c: Catalogue, layer: string) => c.get(layer)?.role === 'context';

/** What a resident looks for: where they live, their street, a park or place they know (places, not lifts or pipes). */
function placeLayers(c: Catalogue): LayerId[] {
  return c.searchable
    .filter(
      (l) => l.role === 'context' || l.geometry === 'any' || l.geometry.some((g) => g.endsWith('Polygon')),
    )
    .map((l) => l.id);
}

export function PlaceSearch({ entries, catalogue, lang, at, onChoose }: PlaceSearchProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const chosenAt = useRef<[number, number] | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const results = useMemo(
    () => search(entries, query, 8, placeLayers(catalogue)),
    [entries, query, catalogue],
  );

  // A place chosen another way (a tap, the location) makes the old name wrong: clear it.
  useEffect(() => {
    if (at !== chosenAt.current) {
      setQuery('');
      setOpen(false);
    }
  }, [at]);

  const choose = (e: SearchEntry) => {
    const place = placeOfFeature(e.feature);
    if (!place) return;
    chosenAt.current = place;
    setQuery(nameOf(e, lang));
    setOpen(false);
    onChoose(place, isContext(catalogue, e.layer) ? null : e.id);
  };

  const onKeyDown = (ev: KeyboardEvent<HTMLInputElement>) => {
    if (ev.key === 'Enter' && results[0]) {
      ev.preventDefault();
      choose(results[0]);
    } else if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    } else if (ev.key === 'Escape') setOpen(false);
  };
  const onListKey = (ev: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      buttons[Math.max(0, Math.min(buttons.length - 1, i + (ev.key === 'ArrowDown' ? 1 : -1)))]?.focus();
    }
  };

  const showing = open && query.trim() !== '';
  return (
    <div className="place-search">
      <label htmlFor="place-search-input" className="visually-hidden">
        {t('resident.search.label')}
      </label>
      <input
        id="place-search-input"
        type="search"
        className="place-search-input"
        placeholder={t('resident.search.label')}
        value={query}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
        data-testid="place-search"
      />
      {showing && results.length > 0 && (
        <ul
          ref={listRef}
          className="place-results"
          aria-label={t('resident.search.results')}
          onKeyDown={onListKey}
          data-testid="place-search-results"
        >
          {results.map((e) => (
            <li key={e.id}>
              <button type="button" className="place-result" onClick={() => choose(e)} data-feature-id={e.id}>
                <span className="place-result-name">{nameOf(e, lang)}</span>
                <span className="place-result-kind">
                  {isContext(catalogue, e.layer)
                    ? t(`resident.found.${String(e.feature.properties?.kind ?? 'landmark')}`)
                    : t(`resident.found.${e.layer}`, {
                        defaultValue: localizedText(catalogue.get(e.layer)?.name, lang),
                      })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {showing && results.length === 0 && (
        <p className="place-results place-results-none" role="status">
          {t('resident.search.none', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}

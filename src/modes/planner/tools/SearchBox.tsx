/**
 * Search by name (ARIA 1.2 combobox with a listbox): communities, parks, areas, elevators by
 * building, riverside spaces, pipelines and the streets and places of the context layer, in
 * Chinese or English, from partial input. ↑/↓ choose, Enter goes, Esc clears. A site feature is
 * selected (`sel`) and the map flies to it; a street or place of the context layer is only flown to.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markerPoint } from '../../../data/derive';
import { buildSearchIndex, type SearchEntry, search } from '../../../data/search';
import { effectiveStatus } from '../../../data/status';
import { localizedText } from '../../../i18n';
import { useMapController } from '../../../map/MapContext';
import { store, useAppState } from '../../../state/store';
import type { Lang } from '../../../state/url';
import type { ModeProps } from '../../types';
import { ToolIcon } from './ToolIcon';

const LIMIT = 8;

const shownName = (e: SearchEntry, lang: Lang) =>
  lang === 'en' && e.name_en ? e.name_en : e.name || e.name_en;
/** In English the Chinese name follows (as on the signs); Chinese results stay Chinese only. */
const otherName = (e: SearchEntry, lang: Lang) => (lang === 'en' ? e.name : '');

export function SearchBox({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const year = useAppState((s) => s.year);
  const { catalogue } = dataset;
  const entries = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const results = useMemo(() => search(entries, query, LIMIT), [entries, query]);
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const expanded = open && query.trim() !== '';

  const sel = useAppState((s) => s.sel);
  // A feature chosen afterwards (on the map, in a list) replaces the searched place's marker.
  useEffect(() => {
    if (sel) map?.setPlace(null);
  }, [sel, map]);

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (e: SearchEntry) => {
    setQuery(shownName(e, lang));
    setOpen(false);
    setActive(-1);
    const isPlace = catalogue.get(e.layer)?.role === 'context';
    // A place that is not a work (a hill, a street) gets a marker, and the previous panel closes.
    map?.setPlace(
      isPlace
        ? {
            point: {
              type: 'Feature',
              properties: {},
              geometry: { type: 'Point', coordinates: markerPoint(e.feature) },
            },
          }
        : null,
    );
    if (isPlace) store.set({ sel: null });
    else {
      // A hidden layer is turned on: a person who searched for a feature expects to see it.
      store.set((s) => {
        const shown = catalogue.visible(s.layers);
        return {
          sel: e.id,
          layers: shown.includes(e.layer) ? s.layers : catalogue.linkLayers([...shown, e.layer]),
        };
      });
    }
    map?.fitFeatures([e.id], { maxZoom: 17 });
  };

  const onKeyDown = (ev: React.KeyboardEvent<HTMLInputElement>) => {
    const n = results.length;
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (n === 0) return;
      setOpen(true);
      const step = ev.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : n - 1) : (a + step + n) % n));
    } else if (ev.key === 'Enter') {
      if (expanded && n > 0) {
        ev.preventDefault();
        choose(results[active >= 0 && active < n ? active : 0]);
      }
    } else if (ev.key === 'Escape') {
      if (query || open) ev.preventDefault();
      map?.setPlace(null);
      setQuery('');
      setOpen(false);
      setActive(-1);
    }
  };

  const typeLabel = (e: SearchEntry) =>
    catalogue.get(e.layer)?.role === 'context'
      ? t(`tools.kind.${String(e.feature.properties?.kind)}`)
      : localizedText(catalogue.get(e.layer)?.name, lang);

  return (
    <div className="tool-search">
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {t('tools.search.label')}
      </label>
      <ToolIcon name="search" />
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('tools.search.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <div
        id={listId}
        role="listbox"
        aria-label={t('tools.search.listLabel')}
        className="tool-popup search-results"
        hidden={!expanded || results.length === 0}
        data-testid="search-results"
      >
        {results.map((e, i) => {
          const other = otherName(e, lang);
          const status = e.layer === 'context' ? null : effectiveStatus(e.feature.properties ?? {}, year);
          return (
            <div
              key={e.id}
              id={optionId(i)}
              role="option"
              // Focus stays in the input (aria-activedescendant); -1 keeps options out of the tab order.
              tabIndex={-1}
              aria-selected={i === active}
              className="search-option"
              data-feature-id={e.id}
              // mousedown, not click: the input must keep focus, or blur closes the list first
              onMouseDown={(ev) => {
                ev.preventDefault();
                choose(e);
              }}
              onMouseMove={() => setActive(i)}
            >
              <span className="search-name">
                {shownName(e, lang)}
                {other && other !== shownName(e, lang) && <span className="search-other"> {other}</span>}
              </span>
              <span className="search-meta">
                {typeLabel(e)}
                {status && (
                  <>
                    {' · '}
                    <span className={`tool-status-dot tool-status-${status}`} aria-hidden="true" />
                    {t(`status.${status}`)}
                  </>
                )}
              </span>
            </div>
          );
        })}
      </div>
      <span className="visually-hidden" role="status">
        {expanded
          ? results.length
            ? t('tools.search.results', { count: results.length })
            : t('tools.search.none', { query: query.trim() })
          : ''}
      </span>
      {expanded && results.length === 0 && (
        <p className="tool-popup search-none" aria-hidden="true">
          {t('tools.search.none', { query: query.trim() })}
        </p>
      )}
    </div>
  );
}

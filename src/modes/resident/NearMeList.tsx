/**
 * The near-me list (`near-me-list`): nearest first, each item in plain words — what it is, what it
 * means, its status and year, how far, and whether its works may disturb. Tapping an item selects
 * it (the map shows it); a selection made on the map marks the item here and scrolls to it.
 */
import './nearMeList.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import { formatNumber } from '../../data/format';
import type { NearMeItem } from '../../data/nearMe';
import { localized, localizedText } from '../../i18n';
import type { Lang } from '../../state/url';
import { statusSentence, worksDates } from './statusText';

export interface NearMeListProps {
  items: NearMeItem[];
  catalogue: Catalogue;
  selected: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
}

/** Metres as residents read them: to the nearest 10 m, never "0 m" outside a shape. */
export const shownMetres = (m: number) => Math.max(10, Math.round(m / 10) * 10);

export function NearMeList({ items, catalogue, selected, lang, onSelect }: NearMeListProps) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <p className="near-me-none" data-testid="near-me-none">
        {t('resident.list.none')}
      </p>
    );
  return (
    <ol className="near-me-list" data-testid="near-me-list" aria-label={t('resident.list.label')}>
      {items.map((item) => (
        <li key={item.id}>
          <NearItem
            item={item}
            catalogue={catalogue}
            selected={item.id === selected}
            lang={lang}
            onSelect={onSelect}
          />
        </li>
      ))}
    </ol>
  );
}

/**
 * What an item is, in plain words: the layer's sentence from the locale (shipped layers), else its
 * catalogue name, then the labels of its enumerated fields (a pipeline's kind and works).
 */
function whatItIs(
  t: ReturnType<typeof useTranslation>['t'],
  item: NearMeItem,
  catalogue: Catalogue,
  lang: Lang,
): string {
  const p = item.feature.properties ?? {};
  const entry = catalogue.get(item.layer);
  const base = t(`resident.what.${item.layer}`, { defaultValue: localizedText(entry?.name, lang) });
  const enums = catalogue
    .fields(item.layer)
    .filter((f) => f.type === 'enum' && f.key !== 'id' && typeof p[f.key] === 'string')
    .map((f) => {
      const v = String(p[f.key]);
      // A value with a plain-words sentence in the locale (管线入地：…) says it; else its catalogue label.
      return t(`resident.what.${v}`, { defaultValue: localizedText(f.values?.[v], lang) });
    })
    .filter(Boolean);
  return entry?.disturbs && enums.length ? enums.join(' · ') : base;
}

function NearItem({
  item,
  catalogue,
  selected,
  lang,
  onSelect,
}: {
  item: NearMeItem;
  catalogue: Catalogue;
  selected: boolean;
  lang: Lang;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  const p = (item.feature.properties ?? {}) as Record<string, unknown>;
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const dates = worksDates(t, p, lang);
  const disturbs = catalogue.get(item.layer)?.disturbs === true && dates !== null;
  const metres = shownMetres(item.distanceM);
  return (
    <button
      ref={ref}
      type="button"
      className={`near-item ${selected ? 'is-selected' : ''}`}
      aria-pressed={selected}
      onClick={() => onSelect(item.id)}
      data-feature-id={item.id}
      data-layer={item.layer}
      data-distance={Math.round(item.distanceM)}
    >
      <span className="near-item-name">{localized(p, 'name', lang)}</span>
      <span className="near-item-what">{whatItIs(t, item, catalogue, lang)}</span>
      {localized(p, 'summary', lang) && (
        <span className="near-item-summary">{localized(p, 'summary', lang)}</span>
      )}
      <span className="near-item-status" data-testid="item-status">
        {statusSentence(t, p)}
      </span>
      <span className="near-item-distance" data-testid="item-distance">
        {item.inside
          ? t('resident.item.inside')
          : t('resident.item.distance', { m: formatNumber(metres, lang), min: item.walkMin })}
      </span>
      {(disturbs || dates) && (
        <span className="near-item-note" data-testid="item-note">
          {disturbs && <span className="near-item-note-line">{t('resident.item.pipeWorks')}</span>}
          {dates && <span className="near-item-note-line">{dates}</span>}
        </span>
      )}
    </button>
  );
}

/**
 * The near-me list (`near-me-list`): nearest first, each item in plain words — what it is, what it
 * means, its status and year, how far, and whether its works may disturb. Tapping an item selects
 * it (the map shows it); a selection made on the map marks the item here and scrolls to it.
 */
import './nearMeList.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../data/format';
import type { NearMeItem } from '../../data/nearMe';
import { localized } from '../../i18n';
import type { Lang } from '../../state/url';
import { statusSentence, worksDates } from './statusText';

export interface NearMeListProps {
  items: NearMeItem[];
  selected: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
}

/** Metres as residents read them: to the nearest 10 m, never "0 m" outside a shape. */
export const shownMetres = (m: number) => Math.max(10, Math.round(m / 10) * 10);

export function NearMeList({ items, selected, lang, onSelect }: NearMeListProps) {
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
          <NearItem item={item} selected={item.id === selected} lang={lang} onSelect={onSelect} />
        </li>
      ))}
    </ol>
  );
}

function whatItIs(t: ReturnType<typeof useTranslation>['t'], item: NearMeItem): string {
  const p = item.feature.properties ?? {};
  if (item.layer === 'pipelines') {
    const kind = t('resident.what.pipeKind', { kind: t(`kind.${String(p.kind)}`) });
    return `${kind} · ${t(`resident.what.${String(p.method)}`)}`;
  }
  return t(`resident.what.${item.layer}`);
}

function NearItem({
  item,
  selected,
  lang,
  onSelect,
}: {
  item: NearMeItem;
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
  const disturbs = item.layer === 'pipelines' && dates !== null;
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
      <span className="near-item-what">{whatItIs(t, item)}</span>
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

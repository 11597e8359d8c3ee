/**
 * One row of a group: a single work, the lifts of one community, or works along the same street.
 * A tap selects its nearest item (the map shows it); every item it stands for is in
 * `data-feature-ids`, so nothing of the circle is hidden and nothing is listed twice.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import type { NearMeItem } from '../../../data/nearMe';
import { localized } from '../../../i18n';
import type { Lang } from '../../../state/url';
import { statusSentence, worksDates } from '../statusText';
import type { NearRow } from './grouping';
import { distanceText, partKind, whatItIs } from './rowText';

export interface NearRowProps {
  row: NearRow;
  n: number;
  catalogue: Catalogue;
  selected: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
}

const props = (i: NearMeItem) => (i.feature.properties ?? {}) as Record<string, unknown>;

export function NearRowView({ row, n, catalogue, selected, lang, onSelect }: NearRowProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  const isSelected = row.items.some((i) => i.id === selected);
  useEffect(() => {
    if (isSelected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isSelected]);
  const first = row.items[0];
  const several = row.items.length > 1;
  const disturbs = catalogue.get(row.layer)?.disturbs === true;
  const title = row.ref
    ? t('resident.row.liftsOf', { name: localized(row.ref.properties ?? {}, 'name', lang) })
    : localized(props(first), 'name', lang);
  return (
    <button
      ref={ref}
      type="button"
      className={`near-item ${isSelected ? 'is-selected' : ''}`}
      aria-pressed={isSelected}
      onClick={() => onSelect(first.id)}
      data-feature-id={first.id}
      data-feature-ids={row.items.map((i) => i.id).join(' ')}
      data-layer={row.layer}
      data-distance={Math.round(row.distanceM)}
    >
      <span className="near-item-head">
        <span className="near-item-n" aria-hidden="true">
          {n}
        </span>
        <span className="near-item-name">{title}</span>
      </span>
      {!several && <span className="near-item-what">{whatItIs(t, first, catalogue, lang)}</span>}
      {!several && localized(props(first), 'summary', lang) && (
        <span className="near-item-summary">{localized(props(first), 'summary', lang)}</span>
      )}
      {!several && (
        <span className="near-item-status" data-testid="item-status">
          {statusSentence(t, props(first))}
        </span>
      )}
      {several && (
        <span className="near-item-parts">
          {row.items.map((i) => (
            <span key={i.id} className="near-item-part" data-feature-id={i.id}>
              <span className="near-item-part-name">
                {row.ref
                  ? String(props(i).building ?? localized(props(i), 'name', lang))
                  : partKind(i, catalogue, lang)}
              </span>
              {row.ref &&
                typeof props(i).units === 'number' &&
                t('resident.row.units', { n: props(i).units })}
              <span className="near-item-part-status">{statusSentence(t, props(i))}</span>
              {disturbs && worksDates(t, props(i), lang) && (
                <span className="near-item-part-dates">{worksDates(t, props(i), lang)}</span>
              )}
            </span>
          ))}
        </span>
      )}
      <span className="near-item-distance" data-testid="item-distance">
        {distanceText(t, row, lang)}
      </span>
      {!several && worksDates(t, props(first), lang) && (
        <span className="near-item-note" data-testid="item-note">
          {worksDates(t, props(first), lang)}
        </span>
      )}
    </button>
  );
}

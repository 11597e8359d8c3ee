/** A row of the resident's answer in plain words: what it is, how far, its parts' status and dates. */
import type { TFunction } from 'i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import { formatNumber } from '../../../data/format';
import type { NearMeItem } from '../../../data/nearMe';
import { localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';

/** Metres as residents read them: to the nearest 10 m, never "0 m" outside a shape. */
export const shownMetres = (m: number) => Math.max(10, Math.round(m / 10) * 10);

/**
 * How far, honestly: "就在这里" inside, else the straight-line distance ("直线约350米"). No walking
 * minutes per item: along the streets it may be further, and the radius' minutes are the standard's.
 */
export function distanceText(
  t: TFunction,
  item: Pick<NearMeItem, 'inside' | 'distanceM'>,
  lang: Lang,
): string {
  return item.inside
    ? t('resident.item.inside')
    : t('resident.item.distance', { m: formatNumber(shownMetres(item.distanceM), lang) });
}

/**
 * What an item is, in plain words: the layer's sentence from the locale (shipped layers), else its
 * catalogue name; for works that disturb, the labels of its enumerated fields (a pipeline's kind
 * and works).
 */
export function whatItIs(t: TFunction, item: NearMeItem, catalogue: Catalogue, lang: Lang): string {
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

/** The short kind of a part of a merged row: its enumerated labels ("电力 · 架空线入地"). */
export function partKind(item: NearMeItem, catalogue: Catalogue, lang: Lang): string {
  const p = item.feature.properties ?? {};
  return catalogue
    .fields(item.layer)
    .filter((f) => f.type === 'enum' && f.key !== 'id' && typeof p[f.key] === 'string')
    .map((f) => localizedText(f.values?.[String(p[f.key])], lang))
    .filter(Boolean)
    .join(' · ');
}

/**
 * What the map's colours and patterns mean, in plain words, for the layers of the resident's
 * answer (from the catalogue), how status is drawn, and the place and its circle. Folded by default.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import { legendOf } from '../../../catalogue/legend';
import { STATUSES } from '../../../data/types';
import { localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';
import { STATUS_SWATCH, Swatch } from '../../../ui/Swatch';

export function ResidentLegend({ catalogue, lang }: { catalogue: Catalogue; lang: Lang }) {
  const { t } = useTranslation();
  const valueLabel = (id: string) => (field: string, v: string) =>
    catalogue.field(id, field)?.values?.[v] ?? { zh: v, en: v };
  const layers = catalogue.nearMe.filter((l) => !l.near_me?.container).reverse();
  return (
    <details className="resident-legend" data-testid="resident-legend">
      <summary>{t('resident.legend.title')}</summary>
      <ul className="legend-items">
        <li>
          <span className="legend-place" aria-hidden="true" />
          <span>{t('resident.legend.place')}</span>
        </li>
        <li>
          <span className="legend-mark" aria-hidden="true">
            1
          </span>
          <span>{t('resident.legend.mark')}</span>
        </li>
        {STATUSES.map((s) => (
          <li key={s}>
            <Swatch swatch={STATUS_SWATCH} status={s} />
            <span>{t(`resident.legend.${s}`)}</span>
          </li>
        ))}
        {layers.flatMap((l) =>
          legendOf(l, valueLabel(l.id)).map((item) => (
            <li key={`${l.id}-${item.label.zh}`} data-layer={l.id}>
              <Swatch swatch={item.swatch} />
              <span>
                {item.label.zh === l.name.zh
                  ? localizedText(l.name, lang)
                  : `${localizedText(l.name, lang)} · ${localizedText(item.label, lang)}`}
              </span>
            </li>
          )),
        )}
      </ul>
    </details>
  );
}

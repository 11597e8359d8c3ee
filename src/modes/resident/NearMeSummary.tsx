/**
 * One line per kind of work in the walking circle, before the list: its headline figure and how
 * much of it is done ("加装电梯 12 部，已完成 4 部"), from the metrics function — never "added"
 * for what is only planned.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import { localizedText } from '../../i18n';
import { formatMeasure } from '../../metrics/format';
import type { Lang } from '../../state/url';
import type { LayerFigure } from './nearMeFigures';

export function NearMeSummary({
  figures,
  catalogue,
  lang,
}: {
  figures: LayerFigure[];
  catalogue: Catalogue;
  lang: Lang;
}) {
  const { t } = useTranslation();
  if (figures.length === 0) return null;
  return (
    <ul className="near-me-summary" data-testid="near-me-summary">
      {figures.map(({ layer, measure, value }) => (
        <li key={layer} data-layer={layer}>
          {t('resident.summary.line', {
            what: localizedText(catalogue.get(layer)?.name, lang),
            total: formatMeasure(measure, value.total, lang),
            done: formatMeasure(measure, value.completed, lang),
          })}
        </li>
      ))}
    </ul>
  );
}

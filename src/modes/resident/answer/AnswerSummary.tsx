/**
 * The answer in one sentence, first: "步行10分钟内（约500米）：加装电梯 12 部（已完成 4 部，施工中
 * 3 部）；口袋公园 2 个（均为计划）…" — each kind of work's figure from the metrics function for the
 * circle, always with its status, never "added" for what is only planned.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import { localizedText } from '../../../i18n';
import { formatMeasure, formatMeasureNumber } from '../../../metrics/format';
import type { Lang, RADII } from '../../../state/url';
import type { LayerFigure } from '../nearMeFigures';
import { LIFE_CIRCLE_MINUTES } from '../RadiusChoice';

export function AnswerSummary({
  figures,
  catalogue,
  lang,
  r,
}: {
  figures: LayerFigure[];
  catalogue: Catalogue;
  lang: Lang;
  r: number;
}) {
  const { t } = useTranslation();
  const min = LIFE_CIRCLE_MINUTES[r as (typeof RADII)[number]];
  const lead = min ? t('resident.summary.lead', { min, m: r }) : t('resident.summary.leadMetres', { m: r });
  return (
    <p className="answer-summary" data-testid="near-me-summary">
      <span className="answer-summary-lead">{lead}</span>
      {figures.length === 0 && <span>{t('resident.summary.nothing')}</span>}
      {figures.map(({ layer, measure, value }, i) => {
        const f = (n: number) => formatMeasure(measure, n, lang);
        // the unit once, with the total: "加装电梯 83 部（已完成 4，施工中 66，计划 13）"
        const g = (n: number) => formatMeasureNumber(measure, n, lang);
        const split =
          value.completed === 0 && value.under_construction === 0
            ? t('resident.summary.allPlanned')
            : [
                value.completed > 0 && t('resident.summary.done', { n: g(value.completed) }),
                value.under_construction > 0 &&
                  t('resident.summary.underway', { n: g(value.under_construction) }),
                value.planned > 0 && t('resident.summary.planned', { n: g(value.planned) }),
              ]
                .filter(Boolean)
                .join(t('resident.summary.comma'));
        return (
          <span key={layer} data-layer={layer} className="answer-summary-part">
            {t('resident.summary.part', {
              what: localizedText(catalogue.get(layer)?.name, lang),
              total: f(value.total),
              split,
            })}
            {i < figures.length - 1 ? t('resident.summary.sep') : t('resident.summary.end')}
          </span>
        );
      })}
    </p>
  );
}

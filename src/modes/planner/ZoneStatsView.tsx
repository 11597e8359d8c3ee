/**
 * The numbers of a priority area or the pilot zone, all from the metrics function
 * (src/metrics/zoneSummary.ts): its area and households, then every work layer's measures inside it,
 * each split by status (已完成 · 在建 · 计划), and the share of works completed.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import { formatNumber, formatPercent } from '../../data/format';
import { localizedText } from '../../i18n';
import { formatMeasure, formatMeasureNumber } from '../../metrics/format';
import type { ZoneSummary } from '../../metrics/zoneSummary';
import type { Lang } from '../../state/url';
import { fixed } from './plannerFormat';
import { StatusBar } from './StatusBar';

export interface ZoneStatsViewProps {
  stats: ZoneSummary;
  catalogue: Catalogue;
  /** The pilot zone's declared area in 亩, shown beside the computed one, labelled. */
  declaredMu?: number | null;
  lang: Lang;
  /** "today" or "end of 2025", for the caption. */
  when: string;
}

export function ZoneStatsView({ stats: s, catalogue, declaredMu, lang, when }: ZoneStatsViewProps) {
  const { t } = useTranslation();
  const share = s.shareCompleted;
  const rows = s.rows.filter((r) => r.value.total > 0);
  return (
    <section className="zone-stats" data-testid="zone-stats" aria-labelledby={`zs-${s.id}`}>
      <h3 id={`zs-${s.id}`} className="section-title">
        {t('planner.stats.title')}
      </h3>
      <div className="stat-grid">
        <div className="stat" data-testid="stat-area">
          <div className="stat-label">{t('planner.stats.area')}</div>
          <div className="stat-figure">
            <span className="stat-value">{fixed(s.mu, lang, 1)}</span>{' '}
            <span className="stat-unit">{t('planner.stats.mu')}</span>
          </div>
          <div className="stat-sub">{`${fixed(s.ha, lang, 2)} ${t('planner.stats.ha')}`}</div>
          {declaredMu ? (
            <div className="stat-sub stat-note" data-testid="stat-area-note">
              {t('planner.stats.declared', { mu: formatNumber(declaredMu, lang, 1) })}
            </div>
          ) : null}
        </div>
        {s.households !== null && (
          <div className="stat" data-testid="stat-households">
            <div className="stat-label">{t('planner.stats.households')}</div>
            <div className="stat-figure">
              <span className="stat-value">{formatNumber(s.households, lang)}</span>{' '}
              <span className="stat-unit">{t('planner.stats.hu')}</span>
            </div>
          </div>
        )}
      </div>
      <table className="zone-measures" data-testid="zone-measures">
        <caption className="visually-hidden">{t('planner.stats.byStatus', { when })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.stats.measure')}</th>
            <th scope="col">{t('planner.stats.total')}</th>
            <th scope="col">{t('status.completed')}</th>
            <th scope="col">{t('status.under_construction')}</th>
            <th scope="col">{t('status.planned')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ layer, measure, value }) => {
            const entry = catalogue.get(layer);
            const head = measure.id === 'count' || measure.id === 'features' ? entry?.name : measure.label;
            const n = (v: number) => formatMeasureNumber(measure, v, lang);
            return (
              <tr key={`${layer}.${measure.id}`} data-testid={`stat-${layer}-${measure.id}`}>
                <th scope="row">
                  {localizedText(head, lang)}
                  <span className="muted"> · {localizedText(measure.unit, lang)}</span>
                </th>
                <td className="num" data-status="total">
                  {formatMeasure(measure, value.total, lang)}
                </td>
                <td className="num" data-status="completed">
                  {n(value.completed)}
                </td>
                <td className="num" data-status="under_construction">
                  {n(value.under_construction)}
                </td>
                <td className="num" data-status="planned">
                  {n(value.planned)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="stat-share" data-testid="stat-share">
        <div className="stat-share-head">
          <span>{t('planner.stats.share', { when })}</span>
          <strong className="stat-share-value">{share === null ? '—' : formatPercent(share, lang)}</strong>
        </div>
        <StatusBar
          amounts={s.works}
          max={s.works.total}
          size="large"
          label={t('planner.stats.worksAria', {
            completed: s.works.completed,
            building: s.works.under_construction,
            planned: s.works.planned,
          })}
        />
        <p className="muted small stat-works">
          {t('planner.stats.works', {
            total: s.works.total,
            completed: s.works.completed,
            building: s.works.under_construction,
            planned: s.works.planned,
          })}
        </p>
      </div>
      <p className="muted small">{t('planner.stats.method')}</p>
    </section>
  );
}

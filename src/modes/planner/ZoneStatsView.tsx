/**
 * The numbers of a priority area or the pilot zone, computed from the geometry and the data
 * (src/data/stats.ts): area, households, works inside, km of pipelines inside, share completed.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../data/format';
import type { ZoneStats } from '../../data/stats';
import type { Lang } from '../../state/url';
import { fixed } from './plannerFormat';
import { StatusBar } from './StatusBar';

export interface ZoneStatsViewProps {
  stats: ZoneStats;
  /** The pilot zone's declared area in 亩, shown beside the computed one, labelled. */
  declaredMu?: number | null;
  lang: Lang;
  /** "today" or "end of 2025", for the caption. */
  when: string;
}

export function ZoneStatsView({ stats: s, declaredMu, lang, when }: ZoneStatsViewProps) {
  const { t } = useTranslation();
  const n = (x: number) => formatNumber(x, lang);
  const tiles: Array<{
    key: string;
    value: string;
    unit: string;
    label: string;
    sub?: string;
    note?: string;
  }> = [
    {
      key: 'area',
      value: fixed(s.mu, lang, 1),
      unit: t('planner.stats.mu'),
      label: t('planner.stats.area'),
      sub: `${fixed(s.ha, lang, 2)} ${t('planner.stats.ha')}`,
      note: declaredMu ? t('planner.stats.declared', { mu: formatNumber(declaredMu, lang, 1) }) : undefined,
    },
    ...(s.households !== null
      ? [
          {
            key: 'households',
            value: n(s.households),
            unit: t('planner.stats.hu'),
            label: t('planner.stats.households'),
          },
        ]
      : []),
    {
      key: 'communities',
      value: n(s.communities.total),
      unit: t('planner.stats.communitiesUnit'),
      label: t('planner.stats.communities'),
      sub: t('planner.stats.communityHouseholds', { households: n(s.communityHouseholds) }),
    },
    {
      key: 'parks',
      value: n(s.pocketParks.total),
      unit: t('planner.stats.parksUnit'),
      label: t('planner.stats.parks'),
    },
    {
      key: 'elevators',
      value: n(s.elevators.total),
      unit: t('planner.stats.elevatorsUnit'),
      label: t('planner.stats.elevators'),
    },
    {
      key: 'pipelines',
      value: fixed(s.pipelineKm.total, lang, 2),
      unit: t('planner.stats.km'),
      label: t('planner.stats.pipelines'),
      sub:
        s.pipelineKm.total > 0
          ? t('planner.stats.pipelinesDone', { km: fixed(s.pipelineKm.completed, lang, 2) })
          : undefined,
    },
    ...(s.riverside.total
      ? [
          {
            key: 'riverside',
            value: n(s.riverside.total),
            unit: t('planner.stats.riversideUnit'),
            label: t('planner.stats.riverside'),
          },
        ]
      : []),
  ];
  const share = s.shareCompleted;
  return (
    <section className="zone-stats" data-testid="zone-stats" aria-labelledby={`zs-${s.id}`}>
      <h3 id={`zs-${s.id}`} className="section-title">
        {t('planner.stats.title')}
      </h3>
      <div className="stat-grid">
        {tiles.map((tile) => (
          <div key={tile.key} className="stat" data-testid={`stat-${tile.key}`}>
            <div className="stat-label">{tile.label}</div>
            <div className="stat-figure">
              <span className="stat-value">{tile.value}</span> <span className="stat-unit">{tile.unit}</span>
            </div>
            {tile.sub && <div className="stat-sub">{tile.sub}</div>}
            {tile.note && (
              <div className="stat-sub stat-note" data-testid={`stat-${tile.key}-note`}>
                {tile.note}
              </div>
            )}
          </div>
        ))}
      </div>
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

/**
 * 片区概览: the four priority areas and the pilot zone (under its area), each with its computed
 * area, works and share completed. Choosing one selects it and frames it on the map.
 */
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../../data/format';
import type { ZoneStats } from '../../data/stats';
import type { Lang } from '../../state/url';
import { Swatch } from '../../ui/Swatch';
import { featureSwatch } from './featureSwatch';
import type { PlannerData } from './plannerData';
import { featureName, fixed } from './plannerFormat';
import { StatusBar } from './StatusBar';

export interface AreasOverviewProps {
  data: PlannerData;
  stats: Map<string, ZoneStats>;
  sel: string | null;
  lang: Lang;
  when: string;
  onSelect: (id: string) => void;
}

export function AreasOverview({ data, stats, sel, lang, when, onSelect }: AreasOverviewProps) {
  const { t } = useTranslation();
  // The pilot zone is listed right under the area it lies in.
  const pilot = data.zones.filter((z) => z.properties?.id === 'pilot-zone');
  const areas = data.zones.filter((z) => z.properties?.id !== 'pilot-zone');
  const ordered = areas.flatMap((a) => [
    { zone: a, child: false },
    ...pilot.filter((p) => p.properties?.area === a.properties?.id).map((zone) => ({ zone, child: true })),
  ]);
  for (const p of pilot) if (!ordered.some((o) => o.zone === p)) ordered.push({ zone: p, child: true });

  return (
    <section className="areas-overview" data-testid="areas-overview" aria-labelledby="areas-overview-title">
      <h2 id="areas-overview-title" className="panel-title">
        {t('planner.areas.title')}
      </h2>
      <p className="muted small">{t('planner.areas.intro', { when })}</p>
      <ul className="zone-list">
        {ordered.map(({ zone, child }) => {
          const id = String(zone.properties?.id ?? '');
          const s = stats.get(id);
          if (!s) return null;
          const layer = id === 'pilot-zone' ? 'pilot-zone' : 'areas';
          return (
            <li key={id} className={child ? 'zone-item is-child' : 'zone-item'}>
              <button
                type="button"
                className="zone-button"
                aria-current={sel === id ? 'true' : undefined}
                onClick={() => onSelect(id)}
                data-testid={`zone-${id}`}
              >
                <span className="zone-name">
                  <Swatch swatch={featureSwatch(layer, zone)} />
                  <strong>{featureName(zone, lang)}</strong>
                  <span className="zone-mu">
                    {t('planner.areas.mu', { mu: fixed(s.mu, lang, s.mu < 1000 ? 1 : 0) })}
                  </span>
                </span>
                <span className="zone-counts">
                  {t('planner.areas.counts', {
                    communities: formatNumber(s.communities.total, lang),
                    parks: formatNumber(s.pocketParks.total, lang),
                    elevators: formatNumber(s.elevators.total, lang),
                    km: fixed(s.pipelineKm.total, lang, 1),
                  })}
                </span>
                <span className="zone-share">
                  <StatusBar
                    amounts={s.works}
                    max={s.works.total}
                    label={t('planner.stats.worksAria', {
                      completed: s.works.completed,
                      building: s.works.under_construction,
                      planned: s.works.planned,
                    })}
                  />
                  <span className="zone-share-value">
                    {s.shareCompleted === null
                      ? '—'
                      : t('planner.areas.done', { share: formatPercent(s.shareCompleted, lang) })}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

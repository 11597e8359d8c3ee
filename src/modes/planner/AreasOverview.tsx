/**
 * 片区概览: the priority areas and, under the area each lies in, the other zones (the pilot zone),
 * each with its computed area, its works' headline figures and share completed — all from the
 * metrics function. Choosing one selects it and frames it on the map.
 */
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../data/format';
import { localizedText } from '../../i18n';
import { formatMeasure } from '../../metrics/format';
import type { ZoneSummary } from '../../metrics/zoneSummary';
import type { Lang } from '../../state/url';
import { Swatch } from '../../ui/Swatch';
import { featureSwatch } from './featureSwatch';
import type { PlannerData } from './plannerData';
import { featureName, fixed } from './plannerFormat';
import { StatusBar } from './StatusBar';

export interface AreasOverviewProps {
  data: PlannerData;
  stats: Map<string, ZoneSummary>;
  sel: string | null;
  lang: Lang;
  when: string;
  onSelect: (id: string) => void;
}

export function AreasOverview({ data, stats, sel, lang, when, onSelect }: AreasOverviewProps) {
  const { t } = useTranslation();
  const areaLayer = data.catalogue.areaLayer;
  const summaries = data.zoneIds.flatMap((id) => {
    const s = stats.get(id);
    return s ? [s] : [];
  });
  const areas = summaries.filter((s) => s.layer === areaLayer);
  const others = summaries.filter((s) => s.layer !== areaLayer);
  const parentOf = (s: ZoneSummary) => data.byId.get(s.id)?.feature.properties?.area;
  // Another zone (the pilot zone) is listed right under the area it lies in.
  const ordered = areas.flatMap((a) => [
    { s: a, child: false },
    ...others.filter((o) => parentOf(o) === a.id).map((s) => ({ s, child: true })),
  ]);
  for (const o of others) if (!ordered.some((x) => x.s === o)) ordered.push({ s: o, child: true });

  return (
    <section className="areas-overview" data-testid="areas-overview" aria-labelledby="areas-overview-title">
      <h2 id="areas-overview-title" className="panel-title">
        {t('planner.areas.title')}
      </h2>
      <p className="muted small">{t('planner.areas.intro', { when })}</p>
      <ul className="zone-list">
        {ordered.map(({ s, child }) => {
          const zone = data.byId.get(s.id)?.feature;
          // Each work layer's headline figure (its first panel measure), where it has any inside.
          const heads = data.catalogue.works.flatMap((w) => {
            const r = s.rows.find((x) => x.layer === w.id);
            return r && r.value.total > 0
              ? [`${localizedText(w.name, lang)} ${formatMeasure(r.measure, r.value.total, lang)}`]
              : [];
          });
          return (
            <li key={s.id} className={child ? 'zone-item is-child' : 'zone-item'}>
              <button
                type="button"
                className="zone-button"
                aria-current={sel === s.id ? 'true' : undefined}
                onClick={() => onSelect(s.id)}
                data-testid={`zone-${s.id}`}
              >
                <span className="zone-name">
                  {zone && <Swatch swatch={featureSwatch(data.catalogue, s.layer, zone)} />}
                  <strong>{featureName(zone, lang)}</strong>
                  <span className="zone-mu">
                    {t('planner.areas.mu', { mu: fixed(s.mu, lang, s.mu < 1000 ? 1 : 0) })}
                  </span>
                </span>
                <span className="zone-counts">{heads.join(' · ')}</span>
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

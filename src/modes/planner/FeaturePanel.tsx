/**
 * The selected feature's panel (right on a desk, a bottom sheet on a phone): its name, status
 * with the legend's swatch, its one-sentence summary, the statistics of an area or the pilot
 * zone, and every property in readable units. × or Esc closes it and clears `sel`.
 */
import type { Feature } from 'geojson';
import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveStatus } from '../../data/status';
import type { LayerId, Status } from '../../data/types';
import { localized, localizedText } from '../../i18n';
import type { ZoneSummary } from '../../metrics/zoneSummary';
import type { Lang } from '../../state/url';
import { Swatch } from '../../ui/Swatch';
import { FeatureFacts } from './FeatureFacts';
import { featureSwatch } from './featureSwatch';
import type { PlannerData } from './plannerData';
import { ZoneStatsView } from './ZoneStatsView';

export interface FeaturePanelProps {
  layer: LayerId;
  feature: Feature;
  data: PlannerData;
  stats: ZoneSummary | undefined;
  year: number | null;
  lang: Lang;
  /** "today (as of …)" or "end of 2025" */
  when: string;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** the other features under the click that chose this one (identify) */
  picked?: ReactNode;
}

export function FeaturePanel({
  layer,
  feature,
  data,
  stats,
  year,
  lang,
  when,
  onSelect,
  onClose,
  picked,
}: FeaturePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const p = (feature.properties ?? {}) as Record<string, unknown>;
  const name = localized(p, 'name', lang);
  const other = lang === 'en' ? (typeof p.name === 'string' ? p.name : '') : localized(p, 'name', 'en');
  const summary = localized(p, 'summary', lang);
  const dataStatus = p.status as Status | undefined;
  const shown = dataStatus ? effectiveStatus(p, year) : undefined;
  const swatch = featureSwatch(data.catalogue, layer, feature);
  const entry = data.catalogue.get(layer);
  const declaredField = entry?.rules?.declared_area_field;

  // A new selection starts at the top of the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll on a new feature only
  useEffect(() => {
    ref.current?.scrollTo?.({ top: 0 });
  }, [feature]);

  return (
    <aside ref={ref} className="feature-panel" data-testid="feature-panel" aria-labelledby={headingId}>
      <header className="feature-head">
        <div className="feature-kind">
          <Swatch swatch={swatch} />
          <span>{entry ? localizedText(entry.name, lang) : layer}</span>
        </div>
        <button
          type="button"
          className="icon-button feature-close"
          onClick={onClose}
          aria-label={t('planner.panel.close')}
          title={t('planner.panel.closeHint')}
          data-testid="feature-close"
        >
          ×
        </button>
      </header>
      {picked}
      <h2 id={headingId} className="feature-name" data-testid="feature-name">
        {name}
      </h2>
      {other && other !== name && (
        <p className="feature-other-name" lang={lang === 'en' ? 'zh-CN' : 'en'}>
          {other}
        </p>
      )}
      {shown && (
        <p className="feature-status" data-testid="feature-status">
          <Swatch swatch={swatch} status={shown} />
          <strong>{t(`status.${shown}`)}</strong>
          {year !== null && (
            <span className="muted">
              {' '}
              · {when}
              {dataStatus && dataStatus !== shown
                ? ` · ${t('planner.panel.nowStatus', { status: t(`status.${dataStatus}`) })}`
                : ''}
            </span>
          )}
        </p>
      )}
      {summary && <p className="feature-summary">{summary}</p>}
      {stats && (
        <ZoneStatsView
          stats={stats}
          catalogue={data.catalogue}
          lang={lang}
          when={when}
          declaredMu={
            declaredField && typeof p[declaredField] === 'number' ? (p[declaredField] as number) : null
          }
        />
      )}
      <h3 className="section-title">{t('planner.panel.facts')}</h3>
      <FeatureFacts layer={layer} feature={feature} data={data} lang={lang} onSelect={onSelect} />
    </aside>
  );
}

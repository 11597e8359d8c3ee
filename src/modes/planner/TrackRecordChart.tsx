/**
 * The speech's track record (communities renovated per year) as a small bar chart computed from
 * the data, each bar with a tick at the speech's figure and a word on whether they agree.
 */
import { useTranslation } from 'react-i18next';
import type { TrackRecordCheck } from '../../data/targets';
import { StatusBar } from './StatusBar';

export function TrackRecordChart({ checks }: { checks: TrackRecordCheck[] }) {
  const { t } = useTranslation();
  if (checks.length === 0) return null;
  const max = Math.max(...checks.flatMap((c) => [c.fromData.total, c.record.communities])) * 1.1;
  return (
    <section className="track-record" data-testid="track-record" aria-labelledby="track-record-title">
      <h3 id="track-record-title" className="section-title">
        {t('planner.track.title')}
      </h3>
      <ul className="track-list">
        {checks.map((c) => {
          const years =
            c.record.years.length > 1
              ? `${c.record.years[0]}–${c.record.years[c.record.years.length - 1]}`
              : String(c.record.years[0]);
          return (
            <li key={years} className="track-row" data-testid={`track-${years}`}>
              <span className="track-years">{t('planner.track.years', { years })}</span>
              <StatusBar
                amounts={c.fromData}
                max={max}
                target={c.record.communities}
                label={t('planner.track.aria', {
                  years,
                  data: c.fromData.total,
                  speech: c.record.communities,
                })}
              />
              <span className="track-figures">
                <strong>{c.fromData.total}</strong>
                <span className={c.matches ? 'track-match' : 'track-mismatch'}>
                  {c.matches
                    ? t('planner.track.match', { speech: c.record.communities })
                    : t('planner.track.mismatch', { speech: c.record.communities })}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="muted small">{t('planner.track.note')}</p>
    </section>
  );
}

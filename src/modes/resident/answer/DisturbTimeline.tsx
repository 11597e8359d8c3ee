/**
 * "When does it disturb me": the circle's unfinished works that dig, close roads or cut supply,
 * month by month on one axis with today marked, and the one going on now or coming next named at
 * the top ("下一次：人民路供水管，2026年4月–9月，可能临时停水"). Months come from the data; the
 * note says so, with the data's date.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import { formatMonthRange, formatYearMonth } from '../../../data/format';
import type { NearMeItem } from '../../../data/nearMe';
import { localized, localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';
import { type Disturbance, disturbances, monthOf, monthsBetween, nextDisturbance } from './disturbances';

export interface DisturbTimelineProps {
  items: readonly NearMeItem[];
  catalogue: Catalogue;
  lang: Lang;
  /** the data's date (site.json `as_of`, YYYY-MM-DD) */
  asOf: string | undefined;
  onSelect: (id: string) => void;
}

const addMonth = (ym: string, k: number) => {
  const i = Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1 + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

export function DisturbTimeline({ items, catalogue, lang, asOf, onSelect }: DisturbTimelineProps) {
  const { t } = useTranslation();
  const list = disturbances(items, catalogue);
  const today = monthOf(new Date());
  const name = (d: Disturbance) => localized(d.item.feature.properties ?? {}, 'name', lang);
  const sentence = (d: Disturbance) =>
    [
      name(d),
      formatMonthRange(d.start, d.end, lang),
      d.note ? localizedText(d.note, lang) : t('resident.timeline.mayDisturb'),
    ].join(t('resident.timeline.sep'));
  if (list.length === 0)
    return (
      <section className="disturb-timeline" data-testid="disturb-timeline" aria-labelledby="disturb-title">
        <h3 id="disturb-title">{t('resident.timeline.title')}</h3>
        <p data-testid="disturb-next">{t('resident.timeline.none')}</p>
      </section>
    );
  const next = nextDisturbance(list, today);
  const from = [list[0].start, today].sort()[0];
  const to = addMonth([...list.map((d) => d.end), today].sort().at(-1) ?? today, 1);
  const span = Math.max(1, monthsBetween(from, to));
  const pct = (ym: string) => `${(monthsBetween(from, ym) / span) * 100}%`;
  const years: string[] = [];
  for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y++)
    if (`${y}-01` < to) years.push(`${y}-01`);
  return (
    <section className="disturb-timeline" data-testid="disturb-timeline" aria-labelledby="disturb-title">
      <h3 id="disturb-title">{t('resident.timeline.title')}</h3>
      <p className="disturb-next" data-testid="disturb-next">
        {next
          ? t(next.now ? 'resident.timeline.now' : 'resident.timeline.next', { what: sentence(next.d) })
          : t('resident.timeline.allPast', { today: formatYearMonth(today, lang) })}
      </p>
      <div className="disturb-axis" aria-hidden="true">
        <span className="disturb-tick" style={{ left: '0%' }}>
          {formatYearMonth(from, lang)}
        </span>
        {years.map((y) => (
          <span key={y} className="disturb-tick" style={{ left: pct(y) }}>
            {y.slice(0, 4)}
          </span>
        ))}
      </div>
      <ol className="disturb-list">
        {list.map((d) => (
          <li key={d.item.id} data-feature-id={d.item.id} data-start={d.start} data-end={d.end}>
            <button type="button" className="disturb-row" onClick={() => onSelect(d.item.id)}>
              <span className="disturb-label">{sentence(d)}</span>
              <span className="disturb-track" aria-hidden="true">
                <span
                  className={`disturb-bar is-${d.start <= today && d.end >= today ? 'now' : d.end < today ? 'past' : 'next'}`}
                  style={{
                    left: pct(d.start),
                    width: `${(Math.max(1, monthsBetween(d.start, d.end) + 1) / span) * 100}%`,
                  }}
                />
                <span className="disturb-today" style={{ left: pct(today) }} />
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p className="disturb-legend">
        <span className="disturb-today-key" aria-hidden="true" />
        {t('resident.timeline.today', { today: formatYearMonth(today, lang) })}
        {asOf && ` ${t('resident.timeline.asOf', { date: formatYearMonth(asOf.slice(0, 7), lang) })}`}
      </p>
    </section>
  );
}

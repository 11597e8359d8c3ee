/** "My community": the old community the place lies in — its measures, year, status, its lifts. */
import type { Feature } from 'geojson';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../data/format';
import type { NearMeItem } from '../../data/nearMe';
import type { Contact } from '../../data/types';
import { localized } from '../../i18n';
import type { Lang } from '../../state/url';
import { ContactLinks } from './answer/ContactLinks';
import { statusSentence, worksDates } from './statusText';

export interface CommunityCardProps {
  community: NearMeItem;
  elevators: readonly Feature[];
  lang: Lang;
  /** who to ask about it (site.json contacts for "home") */
  contacts?: readonly Contact[];
}

export function CommunityCard({ community, elevators, lang, contacts = [] }: CommunityCardProps) {
  const { t } = useTranslation();
  const p = (community.feature.properties ?? {}) as Record<string, unknown>;
  const measures = Array.isArray(p.measures) ? p.measures.map(String) : [];
  const lifts = elevators.filter((f) => f.properties?.community === community.id);
  const dates = worksDates(t, p, lang);
  const n = (v: unknown) => (typeof v === 'number' ? formatNumber(v, lang) : '–');
  return (
    <section
      className="community-card"
      data-testid="my-community"
      data-feature-id={community.id}
      aria-labelledby="my-community-title"
    >
      <h3 id="my-community-title" className="community-card-title">
        <span className="community-card-kicker">{t('resident.card.title')}</span>
        {localized(p, 'name', lang)}
      </h3>
      <p>{t('resident.card.inside')}</p>
      <p className="community-card-status" data-testid="community-status">
        {statusSentence(t, p)}
        {dates && <span className="community-card-dates">{dates}</span>}
      </p>
      <p>
        {t('resident.card.facts', {
          households: n(p.households),
          buildings: n(p.buildings),
          built: p.built ?? '–',
        })}
      </p>
      {measures.length > 0 && (
        <>
          <h4>{t('resident.card.measures')}</h4>
          <ul className="community-measures" data-testid="community-measures">
            {measures.map((m) => (
              <li key={m}>{t(`resident.measure.${m}`, { defaultValue: m })}</li>
            ))}
          </ul>
        </>
      )}
      <h4>{t('resident.card.elevators')}</h4>
      {lifts.length === 0 ? (
        <p data-testid="community-elevators-none">{t('resident.card.noElevators')}</p>
      ) : (
        <ul className="community-lifts" data-testid="community-elevators">
          {lifts.map((f) => {
            const e = (f.properties ?? {}) as Record<string, unknown>;
            return (
              <li key={String(e.id)} data-feature-id={String(e.id)}>
                {t('resident.card.elevator', {
                  building: e.building,
                  units: n(e.units),
                  floors: n(e.floors),
                  households: n(e.households_served),
                })}
                <span className="community-lift-status">{statusSentence(t, e)}</span>
              </li>
            );
          })}
        </ul>
      )}
      <ContactLinks contacts={contacts} lang={lang} />
    </section>
  );
}

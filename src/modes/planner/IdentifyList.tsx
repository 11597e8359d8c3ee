/**
 * Identify: a click where features overlap (a lift in a community in an area in the pilot zone)
 * lists every one of them at the top of the feature panel; each is a button that shows its facts.
 */
import { useTranslation } from 'react-i18next';
import { localizedText } from '../../i18n';
import type { Lang } from '../../state/url';
import type { PlannerData } from './plannerData';
import { featureName } from './plannerFormat';

export function IdentifyList({
  ids,
  sel,
  data,
  lang,
  onChoose,
}: {
  ids: readonly string[];
  sel: string;
  data: PlannerData;
  lang: Lang;
  onChoose: (id: string) => void;
}) {
  const { t } = useTranslation();
  const hits = ids.flatMap((id) => {
    const hit = data.byId.get(id);
    return hit ? [{ id, ...hit }] : [];
  });
  if (hits.length < 2) return null;
  return (
    <nav className="identify-list" aria-label={t('planner.identify.label')} data-testid="identify-list">
      <p className="small muted">{t('planner.identify.here', { n: hits.length })}</p>
      <ul>
        {hits.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              className="link-button"
              aria-current={h.id === sel ? 'true' : undefined}
              onClick={() => onChoose(h.id)}
              data-feature-id={h.id}
            >
              {featureName(h.feature, lang)}
            </button>
            <span className="muted small"> · {localizedText(data.catalogue.get(h.layer)?.name, lang)}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

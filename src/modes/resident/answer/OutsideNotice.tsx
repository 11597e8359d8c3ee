/** The answer for a place outside the district, or outside every area with no work near. */
import { useTranslation } from 'react-i18next';
import { formatLength } from '../../../data/format';
import { localized, localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';
import type { PlaceStanding } from './outside';

export function OutsideNotice({
  standing,
  district,
  lang,
  onGo,
}: {
  standing: PlaceStanding;
  district: { zh: string; en: string };
  lang: Lang;
  onGo: (place: [number, number]) => void;
}) {
  const { t } = useTranslation();
  if (standing.kind === 'in-programme') return null;
  const { nearest } = standing;
  const areaName = nearest ? localized(nearest.feature.properties ?? {}, 'name', lang) : '';
  return (
    <div className="outside-notice" role="status" data-testid="outside-notice" data-kind={standing.kind}>
      <p>
        {standing.kind === 'outside-district'
          ? t('resident.outside.district', { district: localizedText(district, lang) })
          : t('resident.outside.programme')}
      </p>
      {nearest && (
        <>
          <p>
            {t('resident.outside.nearest', {
              name: areaName,
              distance: formatLength(Math.round(nearest.distanceM / 10) * 10, lang),
            })}
          </p>
          <button
            type="button"
            className="outside-go"
            onClick={() => onGo(nearest.place)}
            data-testid="outside-go"
          >
            {t('resident.outside.go', { name: areaName })}
          </button>
        </>
      )}
    </div>
  );
}

/** The walking radius, by the 15-minute life circle of GB 50180-2018: 5, 10 or 15 minutes. */
import { useTranslation } from 'react-i18next';
import { RADII } from '../../state/url';

/** The standard's walking times for its radii (GB 50180-2018, 居住区 life circles). */
export const LIFE_CIRCLE_MINUTES: Record<(typeof RADII)[number], number> = { 300: 5, 500: 10, 1000: 15 };

export function RadiusChoice({ value, onChange }: { value: number; onChange: (m: number) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="radius-choice" data-testid="radius-choice">
      <legend className="radius-legend">{t('resident.radius.legend')}</legend>
      <div className="radius-options">
        {RADII.map((m) => (
          <label key={m} className={`radius-option ${value === m ? 'is-checked' : ''}`}>
            <input
              type="radio"
              name="resident-radius"
              value={m}
              checked={value === m}
              onChange={() => onChange(m)}
              data-testid={`radius-${m}`}
            />
            <span className="radius-min">
              {t('resident.radius.minutes', { min: LIFE_CIRCLE_MINUTES[m] })}
            </span>
            <span className="radius-m">{t('resident.radius.metres', { m })}</span>
          </label>
        ))}
      </div>
      <details className="radius-help">
        <summary>{t('resident.radius.why')}</summary>
        <p>{t('resident.radius.help')}</p>
      </details>
    </fieldset>
  );
}

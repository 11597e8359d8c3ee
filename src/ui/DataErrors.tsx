import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataError } from '../data/load';
import type { Lang } from '../state/url';

const SHOWN_PER_FILE = 3;

/** Names every data file that has a problem and says what it is; the rest of the map still draws. */
export function DataErrors({ errors, lang }: { errors: DataError[]; lang: Lang }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const withErrors = errors.filter((e) => e.problems.some((p) => p.severity === 'error'));
  if (!open || withErrors.length === 0) return null;
  return (
    <div className="data-errors" role="alert" data-testid="data-errors">
      <div className="data-errors-head">
        <strong>{t('errors.dataTitle')}</strong>
        <button
          type="button"
          className="icon-button"
          onClick={() => setOpen(false)}
          aria-label={t('errors.dismiss')}
        >
          ×
        </button>
      </div>
      <p>{t('errors.dataIntro')}</p>
      <ul>
        {withErrors.map((e) => {
          const problems = e.problems.filter((p) => p.severity === 'error');
          return (
            <li key={e.file}>
              <code className="file-name">{e.file}</code>
              <ul>
                {problems.slice(0, SHOWN_PER_FILE).map((p) => (
                  <li key={`${p.location}-${p.code}`}>
                    <span className="muted">{p.location}</span> {lang === 'en' ? p.message_en : p.message_zh}
                  </li>
                ))}
                {problems.length > SHOWN_PER_FILE && (
                  <li>{t('errors.more', { count: problems.length - SHOWN_PER_FILE })}</li>
                )}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

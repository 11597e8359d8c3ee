import { useTranslation } from 'react-i18next';

/** Shown instead of a blank map when the map cannot be drawn at all. */
export function ErrorScreen({
  title,
  body,
  hint,
  hintLang,
}: {
  title: string;
  body: string;
  hint?: string;
  /** The language of the hint when it is not the page's (the other language of a bilingual message). */
  hintLang?: string;
}) {
  const { t } = useTranslation();
  return (
    <main className="error-screen" data-testid="error-screen" role="alert">
      <h1>{title}</h1>
      <p>{body}</p>
      {hint && (
        <p className="muted" lang={hintLang}>
          {hint}
        </p>
      )}
      <button type="button" onClick={() => window.location.reload()}>
        {t('errors.retry')}
      </button>
    </main>
  );
}

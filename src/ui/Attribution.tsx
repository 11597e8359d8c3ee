import { useTranslation } from 'react-i18next';

/** The data set's attribution lines, as text (MapLibre's own control would insert them as HTML). */
export function Attribution({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  return (
    <footer className="attribution" data-testid="attribution">
      <span className="visually-hidden">{t('attribution.label')}: </span>
      {lines.map((line, i) => (
        <span key={line}>
          {i > 0 && ' · '}
          {line}
        </span>
      ))}
    </footer>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The data set's attribution lines, as text (MapLibre's own control would insert them as HTML).
 * On a phone it is one line; a tap shows all of it.
 */
export function Attribution({ lines }: { lines: string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <footer className={`attribution ${open ? 'is-open' : ''}`} data-testid="attribution">
      <button type="button" className="attribution-text" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="visually-hidden">{t('attribution.label')}: </span>
        {lines.join(' · ')}
      </button>
    </footer>
  );
}

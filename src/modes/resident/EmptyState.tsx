/** Before a place is chosen: the three ways to choose one. */
import { useTranslation } from 'react-i18next';

export function EmptyState() {
  const { t } = useTranslation();
  return (
    <div className="empty-state" data-testid="near-me-empty">
      <p>{t('resident.empty.intro')}</p>
      <ol>
        <li>{t('resident.empty.search')}</li>
        <li>{t('resident.empty.tap')}</li>
        <li>{t('resident.empty.locate')}</li>
      </ol>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './pwa.css';
import { startServiceWorker, subscribeDataUpdates } from './register';

/**
 * Registers the service worker once the map has its data, and says so when the server has newer
 * data than the copy on screen (stale-while-revalidate showed the cached copy first).
 */
export function DataUpdateNotice() {
  const { t } = useTranslation();
  const [files, setFiles] = useState<readonly string[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    startServiceWorker();
    return subscribeDataUpdates(setFiles);
  }, []);

  if (files.length === 0 || dismissed) return null;
  return (
    <div className="data-update-notice" role="status" data-testid="data-update-notice">
      <span>{t('deploy.dataUpdated')}</span>
      <button type="button" className="data-update-reload" onClick={() => window.location.reload()}>
        {t('deploy.reload')}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => setDismissed(true)}
        aria-label={t('deploy.dismiss')}
      >
        ×
      </button>
    </div>
  );
}

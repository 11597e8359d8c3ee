/**
 * Shares the result as a link: the Web Share sheet where the device has one, else the clipboard,
 * else the link shown to copy by hand. The link is the page's own URL (at=, r=, sel=).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { store } from '../../state/store';
import { currentLink } from '../../state/urlSync';

type Outcome = { kind: 'shared' | 'copied' } | { kind: 'manual'; url: string } | null;

export function ShareButton() {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const share = async () => {
    const url = currentLink(store);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: t('resident.share.title'), url });
        setOutcome({ kind: 'shared' });
        return;
      } catch (e) {
        // The person closed the share sheet: nothing to report.
        if (e instanceof DOMException && e.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', url });
    }
  };
  return (
    <>
      <button
        type="button"
        className="share-button"
        onClick={share}
        aria-label={t('resident.share.label')}
        data-testid="share"
      >
        {t('resident.share.button')}
      </button>
      {outcome && (
        <p className="share-status" role="status" data-testid="share-status">
          {t(`resident.share.${outcome.kind}`)}
          {outcome.kind === 'manual' && (
            <input
              className="share-link"
              readOnly
              value={outcome.url}
              aria-label={t('resident.share.label')}
            />
          )}
        </p>
      )}
    </>
  );
}

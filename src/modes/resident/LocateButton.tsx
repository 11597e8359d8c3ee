/**
 * "Use my location": the browser's geolocation, asked only when pressed. The position goes into
 * the page's state and nowhere else; the note beside the button says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type LocateState = 'idle' | 'busy' | 'denied' | 'unavailable' | 'unsupported' | 'outside';

export interface LocateButtonProps {
  /** The data set's [west, south, east, north]: a position outside is flagged. */
  bounds: [number, number, number, number];
  onLocated: (place: [number, number]) => void;
}

/** Set once the privacy note has been shown: after that it folds into a "?" beside the button. */
const PRIVACY_SEEN = 'otr.locatePrivacySeen';

/** Read once per page load, so the note stays open for the whole first visit. */
let seenAtLoad: boolean | null = null;
function privacySeenBefore(): boolean {
  if (seenAtLoad !== null) return seenAtLoad;
  try {
    seenAtLoad = localStorage.getItem(PRIVACY_SEEN) === '1';
    localStorage.setItem(PRIVACY_SEEN, '1');
  } catch {
    // storage blocked (a private window): show the note every time
    seenAtLoad = false;
  }
  return seenAtLoad;
}

/** How far outside the data set's bounds a position still counts as "here", in degrees (≈ 2 km). */
const MARGIN_DEG = 0.02;

export function LocateButton({ bounds, onLocated }: LocateButtonProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<LocateState>('idle');
  const [folded] = useState(privacySeenBefore);
  const [privacyOpen, setPrivacyOpen] = useState(false);
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setState('unsupported');
      return;
    }
    setState('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const place: [number, number] = [pos.coords.longitude, pos.coords.latitude];
        const [w, s, e, n] = bounds;
        const inside =
          place[0] >= w - MARGIN_DEG &&
          place[0] <= e + MARGIN_DEG &&
          place[1] >= s - MARGIN_DEG &&
          place[1] <= n + MARGIN_DEG;
        setState(inside ? 'idle' : 'outside');
        onLocated(place);
      },
      (err) => setState(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const message = state === 'idle' || state === 'busy' ? null : t(`resident.locate.${state}`);
  return (
    <>
      <button
        type="button"
        className="locate-button"
        onClick={locate}
        aria-busy={state === 'busy'}
        aria-describedby="locate-privacy"
        data-testid="locate"
      >
        <span aria-hidden="true" className="locate-icon">
          ◎
        </span>
        {state === 'busy' ? t('resident.locate.busy') : t('resident.locate.button')}
      </button>
      {folded && (
        <button
          type="button"
          className="locate-privacy-toggle"
          aria-expanded={privacyOpen}
          aria-controls="locate-privacy"
          aria-label={t('resident.locate.privacyToggle')}
          onClick={() => setPrivacyOpen(!privacyOpen)}
          data-testid="locate-privacy-toggle"
        >
          ?
        </button>
      )}
      <p
        id="locate-privacy"
        className="locate-privacy"
        data-testid="locate-privacy"
        hidden={folded && !privacyOpen}
      >
        {t('resident.locate.privacy')}
      </p>
      {message && (
        <p className="locate-message" role="status" data-testid="locate-message">
          {message}
        </p>
      )}
    </>
  );
}

/**
 * Opens (or brings forward) the presenter view: this same page in a second window, at
 * `#mode=presenter-view` with the current step and language. Same origin and same index.html, so
 * it runs under the same Content-Security-Policy; the two windows talk over stepChannel.ts.
 */
import { store } from '../../state/store';
import { PRESENTER_VIEW } from '../../state/url';

const WINDOW_NAME = 'renewal-map-presenter-view';

/** The presenter view's address for the current state of this window. */
export function presenterViewUrl(): string {
  const { step, lang } = store.get();
  const { pathname, search } = window.location;
  return `${pathname}${search}#mode=${PRESENTER_VIEW}${step ? `&step=${step}` : ''}${lang === 'en' ? '&lang=en' : ''}`;
}

/** False when the browser refused the window (a pop-up blocker). */
export function openPresenterView(): boolean {
  const w = window.open(presenterViewUrl(), WINDOW_NAME, 'popup,width=1280,height=800');
  if (!w) return false;
  w.focus();
  return true;
}

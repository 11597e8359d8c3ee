/**
 * Keeps the store and `location.hash` in step: the hash is read at start and on `hashchange`
 * (a pasted link), and written with `replaceState` (no history entry per toggle), throttled.
 */
import type { Store } from './store';
import { parseHash, serializeHash, type UrlState } from './url';

const WRITE_DELAY_MS = 150;

export function startUrlSync(store: Store): () => void {
  store.set(parseHash(window.location.hash));
  let timer: number | undefined;
  let lastWritten = window.location.hash;

  const write = () => {
    timer = undefined;
    const next = serializeHash(store.get(), window.location.hash);
    if (next !== window.location.hash) {
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', next === '#' ? pathname + search : next);
      lastWritten = window.location.hash;
    }
  };
  const unsubscribe = store.subscribe(() => {
    if (timer === undefined) timer = window.setTimeout(write, WRITE_DELAY_MS);
  });
  const onHashChange = () => {
    if (window.location.hash === lastWritten) return;
    const parsed: UrlState = parseHash(window.location.hash);
    store.set(parsed);
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

/** Writes any pending state to the URL now (before copying a link). */
export function currentLink(store: Store): string {
  const url = new URL(window.location.href);
  url.hash = serializeHash(store.get(), window.location.hash);
  return url.toString();
}

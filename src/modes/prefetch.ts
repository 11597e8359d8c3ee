/**
 * Loads the chunks the opened mode does not need yet — the other modes, the planner's drawer,
 * panels and export — once the first map is drawn (the `map:idle` mark) and the browser is idle,
 * so they do not compete with the first paint, and a later click finds them already loaded.
 * If the map never becomes idle (no WebGL, a broken style) they load after `fallbackMs`.
 */
export function prefetchWhenIdle(
  loaders: ReadonlyArray<() => Promise<unknown>>,
  fallbackMs = 8000,
): () => void {
  let started = false;
  let observer: PerformanceObserver | null = null;
  const run = () => {
    if (started) return;
    started = true;
    stop();
    // A chunk that fails now (offline before the service worker has it) is tried again on use.
    for (const load of loaders) load().catch(() => undefined);
  };
  const whenIdle = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
    else window.setTimeout(run, 300);
  };
  const timer = window.setTimeout(whenIdle, fallbackMs);
  function stop() {
    window.clearTimeout(timer);
    observer?.disconnect();
  }
  if (performance.getEntriesByName('map:idle').length) whenIdle();
  else if (typeof PerformanceObserver === 'function') {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map:idle').length) whenIdle();
    });
    try {
      observer.observe({ type: 'mark', buffered: true });
    } catch {
      observer = null; // an old engine: the fallback timer does it
    }
  }
  return () => {
    started = true;
    stop();
  };
}

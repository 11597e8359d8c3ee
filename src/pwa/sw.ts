/**
 * The service worker, built by vite-plugin-pwa (`injectManifest`) from Workbox modules.
 *
 * - App shell (hashed assets + index.html): precached, served from the cache, replaced as a whole
 *   when a new build is deployed.
 * - Data files (geo/*.json, *.geojson): stale-while-revalidate. The cached copy is shown at once
 *   (so the map works offline); the network copy is fetched in the background with the page's own
 *   `cache: 'no-cache'` request, and when it differs (ETag / Last-Modified / Content-Length)
 *   Workbox broadcast-update tells the page, which shows the "data updated" notice. Data replaced
 *   on the server therefore shows on the next visit after the one that noticed it, without a
 *   rebuild.
 * - The data files listed in the build's manifest are fetched into the data cache at install, so
 *   the first visit already works offline afterwards.
 *
 * This file is type checked with the DOM library (the project's), so the few service-worker globals
 * it uses are typed locally instead of pulling the WebWorker library into the whole program.
 */
import { BroadcastUpdatePlugin } from 'workbox-broadcast-update';
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  type PrecacheEntry,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { StaleWhileRevalidate } from 'workbox-strategies';
import { DATA_CACHE, isDataPath, splitManifest } from './dataFiles';

interface InstallEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ServiceWorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: InstallEvent) => void): void;
}
const sw = self as unknown as ServiceWorkerScope;

const { shell, data } = splitManifest((self as unknown as ServiceWorkerScope).__WB_MANIFEST);

cleanupOutdatedCaches();
precacheAndRoute(shell);
// Hash routing: every navigation is the one page.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url }) => url.origin === sw.location.origin && isDataPath(url.pathname),
  new StaleWhileRevalidate({
    cacheName: DATA_CACHE,
    // nginx sends `Vary: Accept-Encoding`; the Request objects here never carry that header.
    matchOptions: { ignoreVary: true },
    plugins: [new BroadcastUpdatePlugin()],
  }),
);

sw.addEventListener('install', (event) => {
  const urls = data.map((path) => new URL(path, sw.location.href).href);
  event.waitUntil(
    caches
      .open(DATA_CACHE)
      .then((cache) => cache.addAll(urls.map((u) => new Request(u, { cache: 'no-cache' }))))
      // A data file missing on the server must not stop the app shell from going offline.
      .catch(() => undefined),
  );
});

// A new build takes over at once; the page reloads itself when that happens (autoUpdate).
void sw.skipWaiting();
clientsClaim();

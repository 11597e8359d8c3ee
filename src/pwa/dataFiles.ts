/**
 * Which files the service worker treats as data (stale-while-revalidate, updatable on the server
 * without a rebuild) and which as the app shell (precached per build). Shared by the service worker
 * and its unit test.
 */

/** Cache that holds the data files; the page listens for updates to it. */
export const DATA_CACHE = 'geo-data';

/** `geo/site.json`, `/town/geo/areas.geojson`, any `*.geojson`: data, not app shell. */
export function isDataPath(pathname: string): boolean {
  return /\.geojson$/i.test(pathname) || /(^|\/)geo\/[^/]+\.json$/i.test(pathname);
}

interface ManifestEntry {
  url: string;
  revision?: string | null;
}

/** Splits the build's precache manifest into app-shell entries and data-file paths. */
export function splitManifest<T extends ManifestEntry | string>(
  manifest: T[],
): { shell: T[]; data: string[] } {
  const shell: T[] = [];
  const data: string[] = [];
  for (const entry of manifest) {
    const url = typeof entry === 'string' ? entry : entry.url;
    if (isDataPath(url)) data.push(url);
    else shell.push(entry);
  }
  return { shell, data };
}

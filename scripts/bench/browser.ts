/**
 * The measurements in headless Chromium (the system one, with playwright.config.ts's flags): time
 * from navigation to the map's first `idle`, and frame times during a camera flight. Each run gets
 * a fresh browser context, so nothing is cached between runs.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import config from '../../playwright.config';

export async function launch(): Promise<Browser> {
  const { executablePath, args } = config.use?.launchOptions ?? {};
  return chromium.launch({ executablePath, args });
}

export type PageKind = 'app' | 'bare';

/**
 * The app marks `data-map-state="idle"` on the map (mapState.ts); record the first time it does,
 * and the main thread's long tasks (over 200 ms) until then — on the bare page until its
 * `bench.idleAt`, so the two can be compared (software WebGL has long tasks of its own).
 */
const APP_IDLE_PROBE = `
  window.__idleAt = null;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      if (window.__idleAt !== null || (window.bench && window.bench.idleAt != null)) return;
      for (const e of list.getEntries()) if (e.duration > 200) window.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver((_, obs) => {
    if (document.querySelector('[data-testid="map"][data-map-state="idle"]')) {
      window.__idleAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'], childList: true });
`;

const idleAt = (page: Page, kind: PageKind) =>
  page.evaluate((k) => {
    const w = window as unknown as { __idleAt: number | null; bench?: { idleAt: number | null } };
    return k === 'app' ? w.__idleAt : (w.bench?.idleAt ?? null);
  }, kind);

async function newPage(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', locale: 'zh-CN' });
  await context.addInitScript(APP_IDLE_PROBE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** When the app's panels had their data (its `app:data` mark), or null before. */
const dataAt = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('app:data')[0]?.startTime ?? null);

/**
 * Milliseconds from navigation start to the first idle map; `onLongTasks` gets the number of main
 * thread tasks over 200 ms before it, `onData` when the panels had their data (the app only; a
 * map drawn from PMTiles is idle before them).
 */
export async function timeToIdle(
  browser: Browser,
  url: string,
  kind: PageKind,
  onLongTasks?: (n: number) => void,
  timeoutMs = 180_000,
  onData?: (ms: number) => void,
) {
  const { context, page, errors } = await newPage(browser, { width: 1280, height: 800 });
  try {
    await page.goto(url);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const t = await idleAt(page, kind);
      if (t !== null) {
        if (onLongTasks)
          onLongTasks(
            await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.length),
          );
        while (onData && kind === 'app') {
          const d = await dataAt(page);
          if (d !== null) {
            onData(d);
            break;
          }
          if (Date.now() > until) throw new Error(`${url}: no data within ${timeoutMs / 1000} s`);
          await page.waitForTimeout(50);
        }
        return t;
      }
      if (errors.length) throw new Error(`${url}: ${errors[0]}`);
      if (Date.now() > until) throw new Error(`${url}: no idle map within ${timeoutMs / 1000} s`);
      await page.waitForTimeout(50);
    }
  } finally {
    await context.close();
  }
}

interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** MapLibre's `map=zoom/lat/lng/bearing/pitch` hash parameter as a camera. */
export function cameraFromHash(hash: string): Camera | null {
  const v = new URLSearchParams(hash.replace(/^#/, '')).get('map');
  const n = v?.split('/').map(Number) ?? [];
  if (n.length < 3 || n.some((x) => !Number.isFinite(x))) return null;
  return { zoom: n[0], center: [n[2], n[1]], bearing: n[3] ?? 0, pitch: n[4] ?? 0 };
}

/**
 * Starts recording requestAnimationFrame deltas in the page. A string, not a function: tsx would
 * wrap the function's inner functions in a `__name` helper that the page does not have.
 */
export const startFrames = (page: Page) =>
  page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame((t) => {
      last = t;
      requestAnimationFrame(tick);
    });
  })()`);

export const stopFrames = (page: Page) =>
  page.evaluate('(window.__recording = false, window.__frames)') as Promise<number[]>;

const waitIdle = (page: Page) =>
  page.getByTestId('map').and(page.locator('[data-map-state="idle"]')).waitFor({ timeout: 60_000 });

export interface Flight {
  from: Camera;
  to: Camera;
  ms: number;
}

/**
 * The presenter's flight from the first tour step to the second (→ key), at 1920×1080: returns the
 * frame deltas over the flight and its start and end cameras, for the bare page to repeat.
 */
export async function appFlight(browser: Browser, base: string, ms: number) {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  try {
    await page.goto(`${base}#mode=present`);
    await waitIdle(page);
    await page.waitForTimeout(500);
    await waitIdle(page);
    const from = cameraFromHash(await page.evaluate(() => location.hash));
    await startFrames(page);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(ms);
    const frames = await stopFrames(page);
    await waitIdle(page);
    await page.waitForTimeout(400);
    const to = cameraFromHash(await page.evaluate(() => location.hash));
    if (!from || !to) throw new Error('the app did not put the camera in the URL (map=)');
    return { frames, flight: { from, to, ms } };
  } finally {
    await context.close();
  }
}

/** The same flight on the bare page. */
export async function bareFlight(browser: Browser, url: string, flight: Flight): Promise<number[]> {
  const { context, page } = await newPage(browser, { width: 1920, height: 1080 });
  type BareWindow = {
    bench: { idleAt: number | null; jump(c: Camera): Promise<void>; fly(c: Camera, ms: number): void };
  };
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as BareWindow).bench?.idleAt != null, null, {
      timeout: 60_000,
    });
    await page.evaluate((c) => (window as unknown as BareWindow).bench.jump(c), flight.from);
    await page.waitForTimeout(500);
    await startFrames(page);
    await page.evaluate(({ to, ms }) => (window as unknown as BareWindow).bench.fly(to, ms), flight);
    await page.waitForTimeout(flight.ms);
    return await stopFrames(page);
  } finally {
    await context.close();
  }
}

/**
 * Memory: a planner session of 200 layer toggles and 200 selections leaves the page's JS heap
 * within 10% of where it started. Chromium reports exact heap sizes with
 * --enable-precise-memory-info, and --expose-gc lets the test collect garbage before each reading,
 * so what is left is what the app still holds on to.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import config from '../../playwright.config';
import { PlannerDriver } from './plannerDriver';

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  },
  actionTimeout: 15_000,
  // Selections jump instead of flying (the app honours the setting): the same views and caches,
  // without minutes of software-rendered flights.
  reducedMotion: 'reduce',
});

const ids = (layer: string) =>
  (JSON.parse(readFileSync(`public/geo/${layer}.geojson`, 'utf8')) as FeatureCollection).features.map((f) =>
    String(f.properties?.id),
  );
/** The planner's list of areas and the pilot zone: each button selects one and frames it. */
const SELECTABLE = [...ids('areas'), ...ids('pilot-zone')];
const TOGGLED = ['communities', 'elevators', 'pipelines', 'pocket-parks', 'riverside'];

/** Used JS heap in bytes after two full collections. */
async function heapAfterGc(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { gc: () => void };
    w.gc();
    await new Promise((r) => setTimeout(r, 100));
    w.gc();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });
}

const selected = (i: number) => SELECTABLE[i % SELECTABLE.length];

/** One toggle (off, or back on) on the layers tab and one selection on the areas tab. */
async function round(d: PlannerDriver, i: number) {
  // Real click events on the real controls, without Playwright's wait for two stable animation
  // frames before each (a software-rendered map makes that most of the test's time).
  await d.tab('layers').dispatchEvent('click');
  await d.layerToggle(TOGGLED[i % TOGGLED.length]).dispatchEvent('click');
  await d.tab('areas').dispatchEvent('click');
  await d.zone(selected(i)).dispatchEvent('click');
  await expect(d.zone(selected(i))).toHaveAttribute('aria-current', 'true');
}

test('200 layer toggles and selections leave the JS heap within 10% of the start', async ({ page }) => {
  // 72 s alone on a slow 2-core machine; twice that beside a 4K page.
  test.setTimeout(240_000);
  const d = new PlannerDriver(page);
  await d.open();
  expect(await page.evaluate(() => typeof (window as unknown as { gc?: unknown }).gc)).toBe('function');
  // Warm-up: loads the panel's code and fills MapLibre's bounded tile, glyph and placement caches
  // at every camera the selections visit (50 rounds: each layer toggled an even number of times).
  for (let i = 0; i < 50; i++) await round(d, i);
  await d.waitForMapIdle();
  const start = await heapAfterGc(page);

  for (let i = 0; i < 200; i++) {
    await round(d, i);
    if (i % 20 === 19) await d.waitForMapIdle();
  }
  await d.waitForMapIdle();
  // Every layer is back on (each was toggled an even number of times) and the last selection shows.
  await d.openTab('layers');
  for (const id of TOGGLED) await expect(d.layerToggle(id)).toBeChecked();
  expect((await d.hashParams()).get('sel')).toBe(selected(199));
  await expect(d.featurePanel).toBeVisible();

  const end = await heapAfterGc(page);
  const growth = (end - start) / start;
  test.info().annotations.push({
    type: 'heap',
    description: `${(start / 1e6).toFixed(1)} MB → ${(end / 1e6).toFixed(1)} MB (${(growth * 100).toFixed(1)}%)`,
  });
  expect(growth).toBeLessThan(0.1);
  expect(d.consoleErrors).toEqual([]);
});

/**
 * The planner's e2e driver: the filters, the feature panel, the areas overview and the targets
 * board, in a planner's words. Expected numbers come from public/geo through the same pure
 * functions the app uses (src/data), never typed into the tests.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { loadCatalogue } from '../../scripts/catalogue';
import type { LayerId, SiteConfig, TargetsConfig } from '../../src/data/types';
import { Metrics } from '../../src/metrics/metrics';
import { MapDriver } from './driver';

const GEO = 'public/geo';

/** The default data set as the app loads it (every layer file, site and targets). */
export function readData() {
  const catalogue = loadCatalogue(GEO);
  const layers = new Map<LayerId, FeatureCollection>(
    catalogue.sites.map((e) => [e.id, JSON.parse(readFileSync(`${GEO}/${e.id}.geojson`, 'utf8'))]),
  );
  const site = JSON.parse(readFileSync(`${GEO}/site.json`, 'utf8')) as SiteConfig;
  const targets = JSON.parse(readFileSync(`${GEO}/targets.json`, 'utf8')) as TargetsConfig;
  return { catalogue, layers, metrics: new Metrics(catalogue, layers), site, targets };
}

/** A number with exactly `digits` decimals, as the statistics show it. */
export const fixed = (n: number, digits: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

export class PlannerDriver extends MapDriver {
  constructor(page: Page) {
    super(page);
  }

  get featurePanel() {
    return this.page.getByTestId('feature-panel');
  }

  get targetsBoard() {
    return this.page.getByTestId('targets-board');
  }

  statusToggle(status: string) {
    return this.page.getByTestId(`status-${status}`);
  }

  async setStatus(status: string, on: boolean) {
    if (on) await this.statusToggle(status).check();
    else await this.statusToggle(status).uncheck();
    await this.waitForMapIdle();
  }

  /** Moves the year slider to a year, or to "now" (null), as a person would drag it. */
  async setYear(year: number | null) {
    const ticks = await this.page.locator('.year-tick').allTextContents();
    const index = ticks.findIndex((t) => (year === null ? !/^\d{4}$/.test(t) : t === String(year)));
    expect(index, `year ${year} on the slider`).toBeGreaterThanOrEqual(0);
    await this.page.getByTestId('year-slider').fill(String(index));
    await this.waitForMapIdle();
  }

  async openTab(tab: 'layers' | 'areas' | 'targets') {
    await this.page.getByTestId(`tab-${tab}`).click();
  }

  /** Chooses an area (or the pilot zone) in the areas overview. */
  async chooseZone(id: string) {
    await this.openTab('areas');
    await this.page.getByTestId(`zone-${id}`).click();
  }

  /** The camera from the URL: [zoom, lat, lon]. */
  async camera(): Promise<[number, number, number]> {
    const [zoom, lat, lon] = ((await this.hashParams()).get('map') ?? '').split('/').map(Number);
    return [zoom, lat, lon];
  }

  /** Waits for a camera move to finish and the URL to have caught up. */
  async settle() {
    await this.page.waitForTimeout(1200);
    await this.waitForMapIdle();
  }

  /** Clicks the middle of the map, where a person would click a feature drawn there. */
  async clickMapCentre() {
    const box = await this.map.boundingBox();
    if (!box) throw new Error('map not visible');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  fact(key: string) {
    return this.featurePanel.locator(`[data-fact="${key}"] dd`);
  }
}

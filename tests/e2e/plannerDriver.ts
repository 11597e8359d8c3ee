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

  /** The selected feature's name, at the head of the feature panel. */
  get featureName() {
    return this.page.getByTestId('feature-name');
  }

  get featureStatus() {
    return this.page.getByTestId('feature-status');
  }

  /** The feature panel's × button. */
  get featureClose() {
    return this.page.getByTestId('feature-close');
  }

  /** A link in the feature panel to another feature (an elevator's community, a community's lifts). */
  featureLink(id: string) {
    return this.featurePanel.getByTestId(`link-${id}`);
  }

  /** The feature panel's list of facts (households, area, money, …). */
  get featureFacts() {
    return this.page.getByTestId('feature-facts');
  }

  fact(key: string) {
    return this.featurePanel.locator(`[data-fact="${key}"] dd`);
  }

  /** The title in the top bar, and whether any of it is cut (an ellipsis, a clipped line). */
  get title() {
    return this.page.locator('.app-title');
  }

  async titleIsCut(): Promise<boolean> {
    // A few pixels of glyph overhang below the last line are not a cut line (that is a whole line).
    return this.title.evaluate(
      (e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 4,
    );
  }

  /** The list of every feature under the last click (identify), at the top of the feature panel. */
  get identifyList() {
    return this.page.getByTestId('identify-list');
  }

  async identifyIds(): Promise<string[]> {
    return this.identifyList
      .locator('button[data-feature-id]')
      .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-feature-id') ?? ''));
  }

  identifyChoice(id: string) {
    return this.identifyList.locator(`button[data-feature-id="${id}"]`);
  }

  /** The planner's toolbar (search, list, cross-table, export, link). */
  get toolbar() {
    return this.page.getByTestId('planner-toolbar');
  }

  get topBar() {
    return this.page.locator('.top-bar');
  }

  /** The left panel (layers, areas, targets). */
  get leftPanel() {
    return this.page.locator('.planner-left');
  }

  /** The size of the page's root text, in CSS pixels (what every rem of the panels follows). */
  async rootFontPx(): Promise<number> {
    return this.page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
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

  get yearSlider() {
    return this.page.getByTestId('year-slider');
  }

  /** The year the slider shows, in words ("2022年底", "现状"). */
  get yearValue() {
    return this.page.getByTestId('year-value');
  }

  /** The button that puts the slider back to now. */
  get yearToday() {
    return this.page.getByTestId('year-today');
  }

  /** Moves the year slider to a year, or to "now" (null), as a person would drag it. */
  async setYear(year: number | null) {
    const ticks = await this.page.locator('.year-tick').allTextContents();
    const index = ticks.findIndex((t) => (year === null ? !/^\d{4}$/.test(t) : t === String(year)));
    expect(index, `year ${year} on the slider`).toBeGreaterThanOrEqual(0);
    await this.yearSlider.fill(String(index));
    await this.waitForMapIdle();
  }

  tab(tab: 'layers' | 'areas' | 'targets') {
    return this.page.getByTestId(`tab-${tab}`);
  }

  async openTab(tab: 'layers' | 'areas' | 'targets') {
    await this.tab(tab).click();
  }

  get areasOverview() {
    return this.page.getByTestId('areas-overview');
  }

  /** An area's (or the pilot zone's) button in the areas overview. */
  zone(id: string) {
    return this.page.getByTestId(`zone-${id}`);
  }

  /** Chooses an area (or the pilot zone) in the areas overview. */
  async chooseZone(id: string) {
    await this.openTab('areas');
    await this.zone(id).click();
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

  /** The selected zone's statistics: its tiles and its table of measures. */
  get zoneStats() {
    return this.page.getByTestId('zone-stats');
  }

  /** A figure tile of the selected zone's statistics: 'area', 'households', 'share'. */
  statTile(name: 'area' | 'households' | 'share') {
    return this.page.getByTestId(`stat-${name}`);
  }

  /** The big number of a statistics tile. */
  statValue(name: 'area' | 'households' | 'share') {
    return this.statTile(name).locator('.stat-value');
  }

  /** The area the documents declare, shown beside the computed one. */
  get declaredArea() {
    return this.page.getByTestId('stat-area-note');
  }

  /** One cell of the zone's table of measures: a layer's measure for a status, or 'total'. */
  measureCell(layer: string, measure: string, status: string) {
    return this.page.getByTestId(`stat-${layer}-${measure}`).locator(`[data-status="${status}"]`);
  }

  /** A district target's row on the targets board. */
  target(id: string) {
    return this.page.getByTestId(`target-${id}`);
  }

  /** What a target's row says about the gap to the goal. */
  targetGap(id: string) {
    return this.page.getByTestId(`gap-${id}`);
  }

  /** How many works a target's row counts as of unknown amount. */
  targetUnknown(id: string) {
    return this.page.getByTestId(`unknown-${id}`);
  }

  /** The city's targets, shown for reference without progress bars. */
  get cityTargets() {
    return this.page.getByTestId('city-targets');
  }

  /** The row of the track record of earlier years ("2019–2021", "2022"). */
  trackRecord(years: string) {
    return this.page.getByTestId(`track-${years}`);
  }
}

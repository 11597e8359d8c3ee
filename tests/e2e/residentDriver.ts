/**
 * The resident's driver: choose a place (search, tap, location), read the near-me list as a person
 * sees it, and compute independently — with Turf on the files in public/geo — what the list should
 * say, so a spec can compare the two.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Feature } from 'geojson';
import { labelPoint } from '../../src/data/derive';
import { type Expected, expectedNear } from '../shared/expectedNear';
import { MapDriver } from './driver';

export { type Expected, expectedNear, readLayer } from '../shared/expectedNear';

type Areal = Parameters<typeof labelPoint>[0];
/** A place inside a polygon feature, near its visual centre (as the app's place search puts it). */
export const inside = (f: Feature) => labelPoint(f as Areal).geometry.coordinates as [number, number];
/** A place as the URL's `at=` writes it. */
export const fmt = ([lon, lat]: [number, number]) => `${lon.toFixed(6)},${lat.toFixed(6)}`;

/** Web Mercator, 512-px tiles as MapLibre uses: world pixel coordinates at zoom 0. */

export class ResidentDriver extends MapDriver {
  constructor(page: Page) {
    super(page);
  }

  async openResident(extra = '') {
    await this.open(`mode=resident${extra ? `&${extra}` : ''}`);
  }

  /** The answer's groups (电梯 · 道路和管线施工 · …), each folded to one line until tapped. */
  get list() {
    return this.page.getByTestId('near-me-groups');
  }

  /** The rows of every group, open or folded. */
  get items() {
    return this.list.locator('.near-item');
  }

  /** The row that stands for this feature (alone, or with the other lifts or works it is merged with). */
  item(id: string) {
    return this.list.locator(`.near-item[data-feature-ids~="${id}"]`);
  }

  /** A group by its catalogue id (lifts, roadworks, parks, communities, areas). */
  group(id: string) {
    return this.list.locator(`[data-group="${id}"]`);
  }

  /** The one line a group is folded to: its name, count and how many are done. */
  groupToggle(id: string) {
    return this.group(id).locator('.near-group-toggle');
  }

  /** Opens the group that holds this feature's row, if it is folded. */
  async openGroupOf(id: string) {
    const row = this.page.locator(`.near-item[data-feature-ids~="${id}"]`);
    const toggle = this.list.locator('.near-group', { has: row }).locator('.near-group-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await expect(this.item(id)).toBeVisible();
  }

  /** The bottom sheet (phone) and its handle: peek, half, full. */
  get sheet() {
    return this.page.getByTestId('resident-sheet');
  }

  get sheetHandle() {
    return this.page.getByTestId('sheet-handle');
  }

  /** "When does it disturb me": the works' rows (data-start, data-end) and the next one named. */
  get timeline() {
    return this.page.getByTestId('disturb-timeline');
  }

  get timelineRows() {
    return this.timeline.locator('li[data-feature-id]');
  }

  get nextDisturbance() {
    return this.page.getByTestId('disturb-next');
  }

  /** What is said for a place outside the district or outside every area. */
  get outsideNotice() {
    return this.page.getByTestId('outside-notice');
  }

  get outsideGo() {
    return this.page.getByTestId('outside-go');
  }

  get legend() {
    return this.page.getByTestId('resident-legend');
  }

  /** The tel: links of a group or of "my community". */
  contactsIn(where: Locator) {
    return where.getByTestId('contacts').locator('a');
  }

  /** An item's distance in metres and walking minutes. */
  distanceOf(item: Locator) {
    return item.getByTestId('item-distance');
  }

  /** An item's status in words ("预计2026年完工"). */
  statusOf(item: Locator) {
    return item.getByTestId('item-status');
  }

  /** An item's warning about the works (road use, dates). */
  noteOf(item: Locator) {
    return item.getByTestId('item-note');
  }

  /** The summary sentence's part for a layer ("加装电梯 83 部（已完成 4，施工中 66，计划 13）；"). */
  summaryLine(layer: string) {
    return this.page.getByTestId('near-me-summary').locator(`[data-layer="${layer}"]`);
  }

  get summary() {
    return this.page.getByTestId('near-me-summary');
  }

  /** What the sheet says before a place is chosen: the three ways to choose one. */
  get emptyHint() {
    return this.page.getByTestId('near-me-empty');
  }

  /** The card of the community the place is in. */
  get myCommunity() {
    return this.page.getByTestId('my-community');
  }

  /** The works listed on "my community" card. */
  get myCommunityMeasures() {
    return this.myCommunity.getByTestId('community-measures').locator('li');
  }

  /** The lift retrofits listed on "my community" card. */
  get myCommunityLifts() {
    return this.myCommunity.getByTestId('community-elevators').locator('li');
  }

  /** The walking-time choice for this radius in metres (300, 500, 1000). */
  radius(metres: number) {
    return this.page.getByTestId(`radius-${metres}`);
  }

  get placeSearch() {
    return this.page.getByTestId('place-search');
  }

  get placeResults() {
    return this.page.getByTestId('place-search-results');
  }

  /** The place search's result for this feature. */
  placeResult(id: string) {
    return this.placeResults.locator(`[data-feature-id="${id}"]`);
  }

  /** "用我的位置", and what is said beside it. */
  get locateButton() {
    return this.page.getByTestId('locate');
  }

  get locatePrivacy() {
    return this.page.getByTestId('locate-privacy');
  }

  get locateMessage() {
    return this.page.getByTestId('locate-message');
  }

  get shareButton() {
    return this.page.getByTestId('share');
  }

  /** What sharing did ("链接已复制", "已分享"). */
  get shareStatus() {
    return this.page.getByTestId('share-status');
  }

  /** The rows as shown, group by group: the ids each stands for, its layer and distance. */
  async listed(): Promise<Array<{ ids: string[]; layer: string; distance: number; group: string }>> {
    return this.items.evaluateAll((els) =>
      els.map((el) => ({
        ids: (el.getAttribute('data-feature-ids') ?? '').split(' ').filter(Boolean),
        layer: el.getAttribute('data-layer') ?? '',
        distance: Number(el.getAttribute('data-distance')),
        group: el.closest('[data-group]')?.getAttribute('data-group') ?? '',
      })),
    );
  }

  /** The ids "my community" stands for: the community and its lifts listed on the card. */
  async homeIds(): Promise<string[]> {
    if ((await this.myCommunity.count()) === 0) return [];
    return this.myCommunity.evaluate((card) => [
      card.getAttribute('data-feature-id') ?? '',
      ...[...card.querySelectorAll('[data-testid="community-elevators"] [data-feature-id]')].map(
        (li) => li.getAttribute('data-feature-id') ?? '',
      ),
    ]);
  }

  /** The place and radius the URL says, once the map has settled. */
  async place(): Promise<{ at: [number, number]; r: number }> {
    await this.waitForMapIdle();
    const params = await this.hashParams();
    const at = params.get('at');
    expect(at, 'at= in the URL').toBeTruthy();
    const [lon, lat] = (at ?? '').split(',').map(Number);
    return { at: [lon, lat], r: Number(params.get('r') ?? 500) };
  }

  /** Checks the list against the Turf computation for the URL's place and radius. */
  async expectListMatchesTurf(): Promise<Expected[]> {
    const { at, r } = await this.place();
    const expected = expectedNear(at, r);
    const ids = expected.map((e) => e.id).sort();
    // every work of the circle in exactly one place: a row of one group, or "my community"
    await expect
      .poll(async () => {
        const home = (await this.homeIds()).filter((id) => ids.includes(id));
        return [...(await this.listed()).flatMap((s) => s.ids), ...home].sort();
      })
      .toEqual(ids);
    const shown = await this.listed();
    for (const s of shown) {
      // a row is as far as its nearest item, to the metre, and rows run nearest first in a group
      const nearest = Math.min(...s.ids.map((id) => expected.find((x) => x.id === id)?.distanceM ?? -99));
      expect(Math.abs(s.distance - nearest), s.ids.join(' ')).toBeLessThanOrEqual(1);
    }
    for (const g of new Set(shown.map((s) => s.group))) {
      const d = shown.filter((s) => s.group === g).map((s) => s.distance);
      expect(d, g).toEqual([...d].sort((a, b) => a - b));
    }
    return expected;
  }

  async tapAt(x: number, y: number) {
    await this.page.touchscreen.tap(x, y);
    await this.waitForMapIdle();
  }

  async search(text: string) {
    await this.placeSearch.fill(text);
  }
}

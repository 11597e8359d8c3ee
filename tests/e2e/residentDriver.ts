/**
 * The resident's driver: choose a place (search, tap, location), read the near-me list as a person
 * sees it, and compute independently — with Turf on the files in public/geo — what the list should
 * say, so a spec can compare the two.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { type Expected, expectedNear } from '../shared/expectedNear';
import { MapDriver } from './driver';

export { type Expected, expectedNear, readLayer } from '../shared/expectedNear';

/** Web Mercator, 512-px tiles as MapLibre uses: world pixel coordinates at zoom 0. */

export class ResidentDriver extends MapDriver {
  constructor(page: Page) {
    super(page);
  }

  async openResident(extra = '') {
    await this.open(`mode=resident${extra ? `&${extra}` : ''}`);
  }

  get list() {
    return this.page.getByTestId('near-me-list');
  }

  get items() {
    return this.list.locator('.near-item');
  }

  /** The list's item for this feature. */
  item(id: string) {
    return this.list.locator(`[data-feature-id="${id}"]`);
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

  /** The summary above the list: one line for a layer ("加装电梯：共 n 部，已完成 m 部"). */
  summaryLine(layer: string) {
    return this.page.getByTestId('near-me-summary').locator(`[data-layer="${layer}"]`);
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

  /** The list as shown: id, layer and the distance it carries, in order. */
  async listed(): Promise<Array<{ id: string; layer: string; distance: number }>> {
    return this.items.evaluateAll((els) =>
      els.map((el) => ({
        id: el.getAttribute('data-feature-id') ?? '',
        layer: el.getAttribute('data-layer') ?? '',
        distance: Number(el.getAttribute('data-distance')),
      })),
    );
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
    await expect(this.items).toHaveCount(expected.length);
    const shown = await this.listed();
    expect(shown.map((s) => s.id).sort()).toEqual(expected.map((e) => e.id).sort());
    // nearest first: the distances shown are the sorted Turf distances, to the metre
    shown.forEach((s, i) => {
      expect(Math.abs(s.distance - expected[i].distanceM)).toBeLessThanOrEqual(1);
    });
    for (const s of shown) {
      const e = expected.find((x) => x.id === s.id);
      expect(Math.abs(s.distance - (e?.distanceM ?? -99)), s.id).toBeLessThanOrEqual(1);
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

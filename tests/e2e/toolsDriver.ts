/**
 * The planner's tools, spoken as a person uses them: search and choose with the keyboard, export a
 * file, copy the link, open the list and sort it.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';
import { PlannerDriver } from './plannerDriver';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

export class ToolsDriver extends PlannerDriver {
  get searchInput(): Locator {
    // The mode <select> is a combobox too: take the search's own.
    return this.page.getByTestId('search-input');
  }

  get searchResults(): Locator {
    return this.page.getByTestId('search-results');
  }

  get options(): Locator {
    return this.searchResults.getByRole('option');
  }

  /** The top bar's button that shows or hides the feature list. */
  get listToggle(): Locator {
    return this.page.getByTestId('list-toggle');
  }

  /** The feature list's panel (its table, count and controls). */
  get tablePanel(): Locator {
    return this.page.getByTestId('feature-table-panel');
  }

  get table(): Locator {
    return this.page.getByTestId('feature-table');
  }

  row(id: string): Locator {
    return this.table.locator(`tbody tr[data-feature-id="${id}"]`);
  }

  /** The names the results show, top to bottom (without their kind and status). */
  async optionNames(): Promise<string[]> {
    return this.options.locator('.search-name').allTextContents();
  }

  async type(text: string) {
    await this.searchInput.click();
    await this.searchInput.fill('');
    await this.searchInput.pressSequentially(text);
  }

  /** The result option of this feature. */
  option(id: string): Locator {
    return this.options.and(this.page.locator(`[data-feature-id="${id}"]`));
  }

  /** Presses ↓ until the option with this text (or this option) is the active one, then Enter. */
  async chooseWithKeyboard(what: string | RegExp | Locator) {
    const target =
      typeof what === 'string' || what instanceof RegExp
        ? this.options.filter({ hasText: what }).first()
        : what;
    await expect(target).toBeVisible();
    const targetId = await target.getAttribute('id');
    for (let i = 0; i < 10; i++) {
      await this.searchInput.press('ArrowDown');
      if ((await this.searchInput.getAttribute('aria-activedescendant')) === targetId) break;
    }
    await expect(this.searchInput).toHaveAttribute('aria-activedescendant', targetId ?? '');
    await expect(target).toHaveAttribute('aria-selected', 'true');
    await this.searchInput.press('Enter');
  }

  /** Chooses an item of the export menu and returns the file the browser saved. */
  async exportFile(kind: 'png' | 'geojson' | 'csv', timeout = 30_000): Promise<Downloaded> {
    await this.page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout }),
      this.page.getByTestId(`export-${kind}`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  /** What the export said it did ("已下载"). */
  get exportStatus(): Locator {
    return this.page.getByTestId('export-status');
  }

  get copyLinkButton(): Locator {
    return this.page.getByTestId('copy-link');
  }

  async openList() {
    await this.listToggle.click();
    await expect(this.table).toBeVisible();
  }

  /** The toolbar's button that opens the cross-table in the bottom drawer. */
  get crossToggle(): Locator {
    return this.page.getByTestId('cross-toggle');
  }

  get crossTable(): Locator {
    return this.page.getByTestId('cross-table');
  }

  async openCrossTable() {
    await this.crossToggle.click();
    await expect(this.crossTable).toBeVisible();
  }

  /** One number of the cross-table: a zone's measure of a layer, in all or for one status. */
  crossNumber(zone: string, layer: string, measure: string, status: string): Locator {
    return this.crossTable.locator(
      `tbody tr[data-zone="${zone}"] td[data-cell="${layer}:${measure}"] button[data-status="${status}"]`,
    );
  }

  /** The bottom drawer (list and cross-table) and its handle. */
  get drawer(): Locator {
    return this.page.getByTestId('drawer');
  }

  get drawerHandle(): Locator {
    return this.page.getByTestId('drawer-handle');
  }

  /** The list's footer: how many rows the table shows, and how many the data hold. */
  get listFooter(): Locator {
    return this.page.getByTestId('feature-table-count');
  }

  get listZone(): Locator {
    return this.page.getByTestId('list-zone');
  }

  get listLayer(): Locator {
    return this.page.getByTestId('list-layer');
  }

  listStatus(status: string): Locator {
    return this.page.getByTestId(`list-status-${status}`);
  }

  get listInView(): Locator {
    return this.page.getByTestId('list-in-view');
  }

  /** The ids of the table's rows, top to bottom. */
  async rowIds(): Promise<string[]> {
    return this.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-feature-id') ?? ''));
  }

  /** What the map shows, [west, south, east, north], from the camera in the URL and the map's size. */
  async viewBounds(): Promise<[number, number, number, number]> {
    const box = await this.map.boundingBox();
    if (!box) throw new Error('no map box');
    const [zoom, lat, lon] = ((await this.hashParams()).get('map') ?? '').split('/').map(Number);
    const k = 512 * 2 ** zoom;
    const x = ((lon + 180) / 360) * k;
    const s = Math.sin((lat * Math.PI) / 180);
    const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * k;
    const lonOf = (px: number) => (px / k) * 360 - 180;
    const latOf = (py: number) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / k))) * 180) / Math.PI;
    return [
      lonOf(x - box.width / 2),
      latOf(y + box.height / 2),
      lonOf(x + box.width / 2),
      latOf(y - box.height / 2),
    ];
  }

  /** Opens the measure tool and chooses a distance or an area. */
  async startMeasure(kind: 'distance' | 'area') {
    if (!(await this.page.getByTestId('measure-panel').isVisible()))
      await this.page.getByTestId('measure-button').click();
    await this.page.getByTestId(`measure-${kind}`).click();
  }

  /** The measured figure, as the tool writes it. */
  get measureResult(): Locator {
    return this.page.getByTestId('measure-result');
  }

  get measureStop(): Locator {
    return this.page.getByTestId('measure-stop');
  }

  /** Clicks the map at a longitude/latitude (the camera must not move in between). */
  async clickAt(lonLat: [number, number]) {
    const p = await this.screenPoint(lonLat);
    // A person's pointer moves there first: terra-draw follows pointermove to place the point.
    await this.page.mouse.move(p.x, p.y, { steps: 8 });
    await this.page.mouse.down();
    await this.page.waitForTimeout(40);
    await this.page.mouse.up();
    await this.page.waitForTimeout(250);
  }

  /** The text of one column of the table body, top to bottom. */
  async column(index: number): Promise<string[]> {
    return this.table.locator(`tbody tr > :nth-child(${index + 1})`).allInnerTexts();
  }

  sortButton(name: string | RegExp): Locator {
    return this.table.locator('thead').getByRole('button', { name });
  }
}

/** Reads a layer file of the default data set, as the app serves it. */
export function geoFile(name: string): { features: Array<{ properties: Record<string, unknown> }> } {
  return JSON.parse(readFileSync(`public/geo/${name}`, 'utf8'));
}

/** Width and height of a PNG from its IHDR chunk (after the 8-byte signature). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

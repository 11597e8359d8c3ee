/**
 * The planner's tools, spoken as a person uses them: search and choose with the keyboard, export a
 * file, copy the link, open the list and sort it.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator } from '@playwright/test';
import { MapDriver } from './driver';

export interface Downloaded {
  name: string;
  bytes: Buffer;
}

export class ToolsDriver extends MapDriver {
  get searchInput(): Locator {
    // The mode <select> is a combobox too: take the search's own.
    return this.page.getByTestId('search-input');
  }

  get options(): Locator {
    return this.page.getByTestId('search-results').getByRole('option');
  }

  get table(): Locator {
    return this.page.getByTestId('feature-table');
  }

  row(id: string): Locator {
    return this.table.locator(`tbody tr[data-feature-id="${id}"]`);
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

  /** Zoom, latitude and longitude of the camera as the URL says. */
  async camera(): Promise<[number, number, number]> {
    const [zoom, lat, lon] = ((await this.hashParams()).get('map') ?? '').split('/').map(Number);
    return [zoom, lat, lon];
  }

  /** Chooses an item of the export menu and returns the file the browser saved. */
  async exportFile(kind: 'png' | 'geojson' | 'csv'): Promise<Downloaded> {
    await this.page.getByTestId('export-button').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 30_000 }),
      this.page.getByTestId(`export-${kind}`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  async openList() {
    await this.page.getByTestId('list-toggle').click();
    await expect(this.table).toBeVisible();
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

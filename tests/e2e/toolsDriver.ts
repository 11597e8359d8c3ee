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

/**
 * The first download holds only what the opened mode shows (issue 17): the other modes, the
 * planner's drawer, feature panel, other tabs and export arrive after the first map is drawn,
 * by themselves, so a later click needs no network at all.
 */
import { expect, type Page, test } from '@playwright/test';
import { MapDriver } from './driver';

/** Chunks the planner's first screen does not need (file names start with the module's name). */
const LATER = [
  'ResidentMode',
  'PresenterMode',
  'PlannerDrawer',
  'FeaturePanel',
  'AreasOverview',
  'TargetsBoard',
  'pictureText',
  'PrintPanel',
  // the first bundle's English strings (a page in Chinese needs them only on a switch)
  'english',
];

/** When each script started loading, and when the first map was idle (ms since navigation). */
async function timeline(page: Page) {
  return page.evaluate(() => ({
    idle: performance.getEntriesByName('map:idle')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]+\.js$/.test(e.name))
      .map((e) => ({ file: e.name.replace(/^.*\/assets\//, ''), start: e.startTime })),
  }));
}

test('the planner loads the other modes, the list, the panels and the export only after its map is drawn, then works without the network', async ({
  page,
}) => {
  const app = new MapDriver(page);
  await app.open();
  const first = await timeline(page);
  expect(first.idle).not.toBeNull();
  // Nothing of LATER was asked for before the map was drawn.
  for (const s of first.scripts.filter((s) => LATER.some((n) => s.file.startsWith(`${n}-`))))
    expect(s.start, s.file).toBeGreaterThanOrEqual(first.idle ?? 0);

  // … and all of it arrives without a click.
  await expect
    .poll(async () => {
      const files = (await timeline(page)).scripts.map((s) => s.file);
      return LATER.filter((n) => !files.some((f) => f.startsWith(`${n}-`)));
    })
    .toEqual([]);

  // The network goes away: every later click still works, in the language shown, no raw keys.
  await page.route('**/assets/**', (route) => route.abort());
  await page.getByTestId('list-toggle').click();
  await expect(page.getByTestId('feature-table')).toBeVisible();
  await page.getByTestId('cross-toggle').click();
  await expect(page.getByTestId('cross-table')).toBeVisible();
  await page.getByTestId('tab-targets').click();
  await expect(page.getByTestId('targets-board')).toBeVisible();
  await page.getByTestId('export-button').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);

  await page.getByTestId('mode-select').selectOption('resident');
  await expect(page.getByTestId('resident')).toBeVisible();
  await expect(page.getByTestId('resident')).toContainText('身边的更新');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('resident')).toContainText('Renewal near me');
  // The top bar's strings (common.json) switched too, from the English chunk fetched earlier.
  await expect(page.getByTestId('mode-select')).toContainText('Planner');
  await expect(page.locator('body')).not.toContainText(
    /\b(resident|presenter|tools|planner)\.[a-zA-Z]+\.?[a-zA-Z]*/,
  );

  await page.getByTestId('mode-select').selectOption('present');
  await expect(page.getByTestId('tour-caption')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\b(resident|presenter)\.[a-zA-Z]+/);
  expect(app.consoleErrors.filter((e) => !/net::ERR_FAILED|Failed to load resource/.test(e))).toEqual([]);
});

test('a link straight into resident mode shows its strings at once, in both languages', async ({ page }) => {
  const app = new MapDriver(page);
  await app.open('mode=resident');
  await expect(page.getByTestId('resident')).toContainText('身边的更新');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('resident')).toContainText('Renewal near me');
  // The top bar's strings (common.json) switched too, from the English chunk fetched earlier.
  await expect(page.getByTestId('mode-select')).toContainText('Planner');
  await expect(page.locator('body')).not.toContainText(/\bresident\.[a-zA-Z]+/);
});

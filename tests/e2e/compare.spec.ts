/**
 * Issue 18, part 3: two years side by side. `compare=` opens a second map at that year across a
 * divider, the earlier year on the left; the cameras move together; the divider is dragged or
 * moved with the keys; the URL keeps the comparison and drops it when it is closed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PlannerDriver } from './plannerDriver';

test.describe.configure({ timeout: 90_000 });

/** A completed community's fill. */
const YELLOW: [number, number, number] = [0xf2, 0xcf, 0x3b];

async function openCompare(page: import('@playwright/test').Page, hash: string) {
  const planner = new PlannerDriver(page);
  await planner.open(hash);
  const second = page.getByTestId('compare-map');
  await expect(second).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
  return { planner, second, handle: page.getByTestId('compare-handle') };
}

test('compare=2027 beside 2022: each side draws its own year, the divider moves with the keys', async ({
  page,
}) => {
  const { planner, second, handle } = await openCompare(page, 'year=2022&compare=2027');
  // 2022 is the earlier year: the main map (2022) on the left, 2027 on the right.
  await expect(second).toHaveAttribute('data-side', 'right');
  await expect(page.getByTestId('compare-left')).toHaveText('2022年底');
  await expect(page.getByTestId('compare-year')).toHaveValue('2027');
  await expect(handle).toHaveAttribute('aria-valuetext', '左侧 2022年底，右侧 2027年底');

  // The divider far right: the map shows 2022; far left (by the layer panel, where it stays in
  // reach): the map right of the panel shows 2027, with more completed.
  await handle.focus();
  await page.keyboard.press('End');
  await expect(handle).toHaveAttribute('aria-valuenow', '98');
  await page.waitForTimeout(300);
  const yellow2022 = await planner.countPixels(YELLOW, 30);
  await page.keyboard.press('Home');
  const panel = await page.locator('.planner-left').boundingBox();
  if (!panel) throw new Error('no layer panel');
  const lowest = Math.round(((panel.x + panel.width + 24) / 1280) * 100);
  await expect(handle).toHaveAttribute('aria-valuenow', String(lowest));
  await page.waitForTimeout(300);
  const yellow2027 = await planner.countPixels(YELLOW, 30);
  expect(yellow2022).toBeGreaterThan(1000);
  expect(yellow2027).toBeGreaterThan(yellow2022 * 1.3);

  // Dragging the handle puts the divider under the pointer.
  const box = await page.getByTestId('map').boundingBox();
  const h = await handle.boundingBox();
  if (!box || !h) throw new Error('no boxes');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, h.y + h.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '70');
});

test('the cameras move together, and the URL round-trips and drops the comparison when closed', async ({
  page,
}) => {
  const { planner, second } = await openCompare(page, 'compare=2022');
  // 2022 is before today (the main map): the comparison is on the left.
  await expect(second).toHaveAttribute('data-side', 'left');
  await expect(page.getByTestId('compare-right')).toContainText('现状');
  // Each map's scale bar, its text and its width: equal only when the cameras are.
  const bar = (el: HTMLElement) => `${el.textContent} ${el.style.width}`;
  const scales = () =>
    Promise.all([
      page.getByTestId('map').locator('.maplibregl-ctrl-scale').evaluate(bar),
      second.locator('.maplibregl-ctrl-scale').evaluate(bar),
    ]);
  const [before] = await scales();
  // Zoom the main map in on its right half (the comparison covers the left).
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  await page.mouse.wheel(0, -600);
  // The wheel's zoom is animated: wait for it to show in the main map's scale bar, then for both maps.
  await expect.poll(async () => (await scales())[0]).not.toBe(before);
  await planner.waitForMapIdle();
  await expect(second).toHaveAttribute('data-map-state', 'idle');
  const [main, other] = await scales();
  expect(other).toBe(main);

  // Another year from the chip: the URL follows and the comparison moves to the right.
  await page.getByTestId('compare-year').selectOption('2027');
  await expect(second).toHaveAttribute('data-side', 'right');
  expect((await planner.hashParams()).get('compare')).toBe('2027');
  await page.reload();
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('compare-year')).toHaveValue('2027');

  const axe = await new AxeBuilder({ page }).include('.compare-ui').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);

  await page.getByTestId('compare-close').click();
  await expect(page.getByTestId('compare-map')).toHaveCount(0);
  expect((await planner.hashParams()).get('compare')).toBeNull();
  // The layer panel's toggle opens it again, at the programme's last year.
  await page.getByTestId('compare-toggle').click();
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-state', 'idle', {
    timeout: 30_000,
  });
  expect((await planner.hashParams()).get('compare')).toBe('2027');
});

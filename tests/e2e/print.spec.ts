/**
 * Export and print (issue 18 part 5): the print layout makes a PDF that poppler renders to a page
 * of the paper's shape with the map, legend and a scale bar as long as the scale says; the PNG on
 * a 4K screen is the map's own 3840 pixels, not an upscaled smaller render.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { scaleBar } from '../../src/data/exportData';
import { MARGIN_MM, metresPerCssPx, pageLayout } from '../../src/modes/planner/print/paper';
import { M } from '../../src/modes/planner/tools/pictureCanvas';
import { pngSize, ToolsDriver } from './toolsDriver';

// A 4K page and PDFs rendered in software (SwiftShader) on a shared machine: more than 45 s.
test.describe.configure({ timeout: 150_000 });

async function openPrint(page: Page) {
  const map = new ToolsDriver(page);
  await map.open();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-print').click();
  const panel = page.getByTestId('print-panel');
  await expect(panel).toBeVisible();
  return { map, panel };
}

/** Luma of a decoded picture's pixel. */
const luma = (img: PNG, x: number, y: number) => {
  const i = (y * img.width + x) * 4;
  return 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2];
};

test('print: an A4 landscape PDF at 1:5000, with map, legend and a true scale bar', async ({
  page,
}, info) => {
  const { map, panel } = await openPrint(page);
  // Opened from the menu, the panel takes the focus; Escape closes it and gives it back.
  await expect(page.getByTestId('print-paper-A4')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(page.getByTestId('export-button')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menuitem', { name: '打印版式（PDF）…' }).press('Enter');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('print-paper-A4')).toBeChecked();
  await page.getByTestId('print-landscape').check();
  await page.getByTestId('print-scale').selectOption('5000');
  // 281 mm of frame at 1:5000 is 1.4 km of ground.
  await expect(page.getByTestId('print-extent')).toContainText('1.4');
  const axe = await new AxeBuilder({ page }).include('[data-testid="print-panel"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await page.screenshot({ path: info.outputPath('print-panel-1280.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    panel.getByTestId('print-make').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^old-town-renewal-\d{4}-\d{2}-\d{2}\.pdf$/);
  const dir = info.outputPath();
  mkdirSync(dir, { recursive: true });
  const pdf = join(dir, 'page.pdf');
  writeFileSync(pdf, readFileSync(await download.path()));
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  // The file says what it shows, as the PNG does: the title, and the view as its subject.
  const meta = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(meta).toMatch(/Title:\s+老城焕新/);
  expect(meta).toMatch(/Subject:\s+现状（数据截至 \d{4}-\d{2}-\d{2}） · 状态：全部/);
  expect(meta).toMatch(/Pages:\s+1\n/);
  // poppler renders it: one page, at the print's own 200 dpi.
  const dpi = 200;
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-singlefile', pdf, join(dir, 'page')]);
  const img = PNG.sync.read(readFileSync(join(dir, 'page.png')));
  expect(img.width / img.height).toBeCloseTo(297 / 210, 2);
  expect(Math.abs(img.width - (297 / 25.4) * dpi)).toBeLessThan(1.5);

  // Not blank: the map's colours vary, and the community yellow is there.
  let sum = 0;
  let sq = 0;
  let yellow = 0;
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x++) {
      const l = luma(img, x, y);
      sum += l;
      sq += l * l;
      const i = (y * img.width + x) * 4;
      const [r, g, b] = [img.data[i], img.data[i + 1], img.data[i + 2]];
      if (Math.abs(r - 0xf2) < 30 && Math.abs(g - 0xcf) < 30 && Math.abs(b - 0x3b) < 40) yellow++;
    }
  const n = img.width * img.height;
  const sd = Math.sqrt(sq / n - (sum / n) ** 2);
  expect(sd).toBeGreaterThan(20);
  expect(yellow).toBeGreaterThan(2000);

  // The legend at the frame's top right: dark text on its white panel.
  const mm = (v: number) => Math.round((v / 25.4) * dpi);
  const dark = (x0: number, y0: number, x1: number, y1: number) => {
    let count = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (luma(img, x, y) < 80) count++;
    return count;
  };
  const frameRight = img.width - mm(MARGIN_MM);
  expect(
    dark(frameRight - mm(60), mm(MARGIN_MM + 20), frameRight - mm(3), mm(MARGIN_MM + 60)),
  ).toBeGreaterThan(300);

  // The scale bar: its dark half is half the bar's length on the ground, at 1:5000, on paper.
  const layout = pageLayout({ paper: 'A4', orientation: 'landscape', scale: 5000, dpi: 200 });
  const bar = scaleBar(metresPerCssPx(5000), Math.min(160, layout.cssWidth / 4));
  const halfMm = (bar.metres / 2 / 5000) * 1000;
  // Each row of the lower left of the frame: the run of dark pixels from the bar's left end. The
  // bar's dark half is the most common run (its outline, one pixel, runs the whole bar).
  const barX = mm(MARGIN_MM) + Math.round(((M + 10) / 96) * dpi);
  const runs = new Map<number, number>();
  for (let y = img.height - mm(45); y < img.height - mm(MARGIN_MM) - 3; y++) {
    let x = barX - 4;
    while (x < barX + 4 && luma(img, x, y) >= 80) x++;
    let run = 0;
    for (; x < barX + mm(80) && luma(img, x, y) < 80; x++) run++;
    if (run > mm(3)) runs.set(run, (runs.get(run) ?? 0) + 1);
  }
  const common = [...runs.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  expect(Math.abs((common / dpi) * 25.4 - halfMm)).toBeLessThan(0.6);
  expect(map.consoleErrors).toEqual([]);
});

test.describe('on a 3840 × 2160 screen', () => {
  test.use({ viewport: { width: 3840, height: 2160 }, deviceScaleFactor: 1 });

  test('the PNG is the map’s own 3840 pixels, as sharp as the screen; the print panel fits', async ({
    page,
  }, info) => {
    const map = new ToolsDriver(page);
    await map.open();
    const box = await map.map.boundingBox();
    const file = await map.exportFile('png', 90_000);
    const size = pngSize(file.bytes);
    expect(size).toEqual({ width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) });
    expect(size.width).toBe(3840);
    // Rendered at that size, not upscaled: a window of the map away from the panels matches the
    // screen pixel for pixel closely, and has as many sharp edges as the screen has there.
    const img = PNG.sync.read(file.bytes);
    const clip = { x: 1500, y: 900, width: 600, height: 400 };
    const shot = PNG.sync.read(await page.screenshot({ clip }));
    let diff = 0;
    let edgesPng = 0;
    let edgesShot = 0;
    for (let y = 0; y < clip.height; y++)
      for (let x = 0; x < clip.width - 1; x++) {
        const a = luma(img, clip.x + x, clip.y + y);
        const b = luma(shot, x, y);
        diff += Math.abs(a - b);
        if (Math.abs(a - luma(img, clip.x + x + 1, clip.y + y)) > 40) edgesPng++;
        if (Math.abs(b - luma(shot, x + 1, y)) > 40) edgesShot++;
      }
    expect(edgesShot).toBeGreaterThan(200);
    expect(edgesPng / edgesShot).toBeGreaterThan(0.8);
    expect(diff / (clip.width * clip.height)).toBeLessThan(6);

    await page.getByTestId('export-button').click();
    await page.getByTestId('export-print').click();
    const panel = page.getByTestId('print-panel');
    await expect(panel).toBeVisible();
    const p = await panel.boundingBox();
    expect(p && p.x >= 0 && p.y >= 0 && p.x + p.width <= 3840 && p.y + p.height <= 2160).toBe(true);
    await page.screenshot({ path: info.outputPath('print-panel-3840.png') });
    expect(map.consoleErrors).toEqual([]);
  });
});

test.describe('a picture larger than one GPU buffer', () => {
  // 2080 CSS pixels at 2×: 4160 device pixels, more than the 4096 of one buffer, so two tiles
  // (a low window keeps the software renderer's work small).
  test.use({ viewport: { width: 2080, height: 480 }, deviceScaleFactor: 2 });

  test('is rendered in tiles that join without a seam, on a turned map', async ({ page }) => {
    const map = new ToolsDriver(page);
    await map.open('map=16.2/26.5800/101.7230/30');
    const box = await map.map.boundingBox();
    const file = await map.exportFile('png', 90_000);
    const size = pngSize(file.bytes);
    expect(size).toEqual({
      width: Math.round((box?.width ?? 0) * 2),
      height: Math.round((box?.height ?? 0) * 2),
    });
    expect(size.width).toBeGreaterThan(4096);
    const img = PNG.sync.read(file.bytes);
    // Two tiles of half the width each: the seam is in the middle. Across it the picture changes
    // no more than between any two neighbouring columns near it (a tile looking at the wrong place
    // would break every line and block along the whole seam).
    const seam = Math.round(Math.ceil((box?.width ?? 0) / 2) * 2);
    const step = (x: number) => {
      let d = 0;
      for (let y = 0; y < img.height; y++) d += Math.abs(luma(img, x, y) - luma(img, x + 1, y));
      return d / img.height;
    };
    const near = [-12, -8, -4, 4, 8, 12].map((k) => step(seam + k));
    const at = step(seam - 1);
    expect(at).toBeLessThan(2 * Math.max(...near) + 2);
    expect(map.consoleErrors).toEqual([]);
  });
});

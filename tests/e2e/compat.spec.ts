/**
 * Old phones (issue 15, part 7): a browser that cannot run the app gets a plain message in Chinese
 * and English naming what it lacks (public/compat.js), never a blank page; the app itself says so
 * when WebGL2 is missing; a browser that can run it sees no such message.
 */
import { expect, test } from '@playwright/test';
import { CompatDriver } from './compatDriver';

test.describe('a browser that cannot parse the bundle', () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`gets the message in Chinese then English, naming the syntax, and nothing else (${viewport.width}px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const app = await CompatDriver.create(page);
      await app.serveUnparsableBundle();
      await app.openPage();
      expect(await app.compatVerdict()).toBe('failed');
      expect(app.servedUnparsable).toBeGreaterThan(0);

      await expect(app.compatZh).toContainText('这个浏览器太旧，无法运行本地图');
      await expect(app.compatZh).toContainText('不支持：ES2022 的 JavaScript 语法');
      await expect(app.compatZh).toContainText('请升级系统或换用新版浏览器');
      await expect(app.compatEn).toContainText('This browser is too old to run this map');
      await expect(app.compatEn).toContainText('Missing: ES2022 JavaScript syntax');
      await expect(app.compatMessage).toContainText('SyntaxError');
      // WebGL2 is there: only what is missing is named.
      await expect(app.compatMessage).not.toContainText('WebGL2');

      const text = await app.visibleText();
      expect(text.indexOf('这个浏览器太旧')).toBeLessThan(text.indexOf('This browser is too old'));
      // Nothing else on the page: the app did not start, and the message is all there is to read.
      expect(text).toBe(await app.messageText());
      expect(await app.appRoot.evaluate((el) => el.childElementCount)).toBe(0);
      expect(await app.overflowsSideways()).toBe(false);
      expect(await app.cspViolations()).toEqual([]);
    });
  }

  test('and has no WebGL2 either: the message names both', async ({ page }) => {
    const app = await CompatDriver.create(page);
    await app.withoutWebGL2();
    await app.serveUnparsableBundle();
    await app.openPage();
    expect(await app.compatVerdict()).toBe('failed');
    await expect(app.compatZh).toContainText('ES2022 的 JavaScript 语法');
    await expect(app.compatZh).toContainText('WebGL2（绘制地图所需）');
    await expect(app.compatEn).toContainText('ES2022 JavaScript syntax');
    await expect(app.compatEn).toContainText('WebGL2 (needed to draw the map)');
  });
});

test.describe('a browser without WebGL2', () => {
  for (const [hash, first, second] of [
    ['', '地图需要 WebGL2', 'The map needs WebGL2'],
    ['lang=en', 'The map needs WebGL2', '地图需要 WebGL2'],
  ] as const) {
    test(`runs the app, which names WebGL2 in both languages, its own first (${hash || 'zh'})`, async ({
      page,
    }) => {
      const app = await CompatDriver.create(page);
      await app.withoutWebGL2();
      await app.openPage(hash);
      await expect(app.map).toHaveAttribute('data-map-state', 'error');
      await expect(app.errorScreen).toContainText(first);
      await expect(app.errorScreen).toContainText(second);
      const text = (await app.errorScreen.textContent()) ?? '';
      expect(text.indexOf(first)).toBeLessThan(text.indexOf(second));
      // The app started, so compat.js stays out of the way: one message, not two.
      expect(await app.compatVerdict()).toBe('ok');
      await expect(app.compatMessage).toHaveCount(0);
    });
  }
});

test('a browser without Object.hasOwn (Safari before 15.4) is told so', async ({ page }) => {
  const app = await CompatDriver.create(page);
  await app.withoutObjectHasOwn();
  await app.openPage();
  expect(await app.compatVerdict()).toBe('failed');
  await expect(app.compatZh).toContainText('Object.hasOwn');
  await expect(app.compatEn).toContainText('Missing: JavaScript built-ins Object.hasOwn');
});

test('a browser that can run the app sees the map and no old-browser message', async ({ page }) => {
  const app = await CompatDriver.create(page);
  await app.open();
  // compat.js has looked (after load and its grace) and found the app running.
  expect(await app.compatVerdict()).toBe('ok');
  await expect(app.compatMessage).toHaveCount(0);
  await expect(app.labels).toContainText('中心梯道片区');
  expect(app.consoleErrors).toEqual([]);
  expect(await app.cspViolations()).toEqual([]);
});

test('the service worker precaches compat.js, so the message works offline too', async ({ page }) => {
  const app = await CompatDriver.create(page);
  await app.openPage();
  const sw = await page.evaluate(() => fetch('./sw.js').then((r) => r.text()));
  expect(sw).toMatch(/["']compat\.js["']/);
  const compat = await page.evaluate(() => fetch('./compat.js').then((r) => r.text()));
  expect(compat).toContain('__renewalMapStarted');
});

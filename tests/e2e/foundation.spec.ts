import { expect, test } from '@playwright/test';
import { MapDriver } from './driver';
import { readData } from './plannerDriver';

const AREA_NAMES_ZH = ['中心梯道片区', '电厂滨江片区', '城市原点片区', '山巷片区'];

test.describe('the map a planner opens', () => {
  test('the data are checked in a worker; when its script cannot load, the page checks them itself', async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const map = new MapDriver(page);
    await map.open();
    expect(workers.some((u) => /check\.worker-[\w-]+\.mjs$/.test(u))).toBe(true);

    const other = await page.context().newPage();
    await other.route('**/check.worker-*.mjs', (route) => route.fulfill({ status: 404, body: '' }));
    const fallback = new MapDriver(other);
    await fallback.open();
    for (const name of AREA_NAMES_ZH) await expect(fallback.labels).toContainText(name);
    const communities = readData().layers.get('communities')?.features.length;
    await expect(fallback.layerCount('communities')).toHaveText(`${communities} 个`);
  });

  test('the map starts on site.json while the layer files still arrive, then draws them and says idle', async ({
    page,
  }) => {
    // Hold every layer file until the map is up: the page must not wait for them to show the map.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/geo/*.geojson', async (route) => {
      await held;
      await route.continue();
    });
    const map = new MapDriver(page);
    await page.goto('./');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId('data-loading')).toHaveText('正在加载项目数据…');
    await expect(map.map).toHaveAttribute('data-map-state', 'loading');
    await page.waitForTimeout(1500);
    // Nothing is called idle while the data are missing, however long they take.
    await expect(map.map).toHaveAttribute('data-map-state', 'loading');
    release();
    await map.waitForMapIdle();
    await expect(page.getByTestId('data-loading')).toHaveCount(0);
    for (const name of AREA_NAMES_ZH) await expect(map.labels).toContainText(name);
    expect(map.consoleErrors).toEqual([]);
  });

  test('the map does not wait for the data worker: it starts on the page’s own reading of site.json', async ({
    page,
  }) => {
    // The worker's script is held back: the map is made anyway, and once the script comes the
    // layers are checked and drawn.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/check.worker-*.mjs', async (route) => {
      await held;
      await route.continue();
    });
    const map = new MapDriver(page);
    await page.goto('./');
    await expect(page.locator('.maplibregl-canvas')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.getByTestId('data-loading')).toBeVisible();
    release();
    await map.waitForMapIdle();
    for (const name of AREA_NAMES_ZH) await expect(map.labels).toContainText(name);
    expect(map.consoleErrors).toEqual([]);
  });

  test('reaches idle with the four areas and the pilot zone labelled, no errors, nothing fetched from elsewhere', async ({
    page,
  }) => {
    const map = new MapDriver(page);
    await map.open();
    const labels = map.labels;
    for (const name of AREA_NAMES_ZH) await expect(labels).toContainText(name);
    await expect(labels.locator('[data-feature-id="pilot-zone"]')).toHaveCount(1);
    await expect(map.illustrativeBadge).toHaveText(/示意数据/);
    await expect(map.attribution).toContainText('© OpenStreetMap contributors');
    await expect(map.attribution).toContainText('Natural Earth');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(map.consoleErrors).toEqual([]);
    expect(map.foreignRequests).toEqual([]);
  });

  test('the legend comes from the catalogue: every layer with a swatch and its headline figure', async ({
    page,
  }) => {
    const map = new MapDriver(page);
    await map.open();
    const panel = map.layerPanel;
    for (const name of ['老旧小区改造', '口袋公园', '加装电梯', '管网改造', '滨江空间', '四个重点片区']) {
      await expect(panel).toContainText(name);
    }
    await expect(map.layerCount('communities')).toHaveText(/^\d+ 个$/);
    await expect(map.statusLegend).toContainText('规划中');
    await expect(map.statusLegend).toContainText('建设中');
    await expect(map.statusLegend).toContainText('已完成');
  });

  test('turning a layer off removes it from the map and from the URL, and a link restores it', async ({
    page,
  }) => {
    const map = new MapDriver(page);
    await map.open();
    const yellow: [number, number, number] = [0xf2, 0xcf, 0x3b];
    const before = await map.countPixels(yellow, 30);
    expect(before).toBeGreaterThan(500);

    await map.setLayer('communities', false);
    const after = await map.countPixels(yellow, 30);
    expect(after).toBeLessThan(before / 4);
    const params = await map.hashParams();
    expect(params.get('layers')?.split(',')).not.toContain('communities');
    expect(params.get('layers')?.split(',')).toContain('areas');

    await page.reload();
    await map.waitForMapIdle();
    await expect(map.layerToggle('communities')).not.toBeChecked();
    await expect(map.layerToggle('pocket-parks')).toBeChecked();
  });

  test('English: lang=en switches the interface, the labels and <html lang>; the switch goes back', async ({
    page,
  }) => {
    const map = new MapDriver(page);
    await map.open('lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(map.layerPanel).toContainText('Pocket parks');
    await expect(map.illustrativeBadge).toHaveText(/Illustrative data/);
    await expect(map.labels).toContainText('Central Stairway');
    await map.langSwitch.click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(map.labels).toContainText('中心梯道片区');
    expect((await map.hashParams()).get('lang')).toBeNull();
  });

  test('the camera is in the URL (map=zoom/lat/lon) and a link opens there', async ({ page }) => {
    const map = new MapDriver(page);
    await map.open('map=16/26.5800/101.7200');
    const params = await map.hashParams();
    const [zoom, lat, lon] = (params.get('map') ?? '').split('/').map(Number);
    expect(zoom).toBeCloseTo(16, 1);
    expect(lat).toBeCloseTo(26.58, 3);
    expect(lon).toBeCloseTo(101.72, 3);
  });

  test('a malformed hash falls back to the defaults and the map still draws', async ({ page }) => {
    const map = new MapDriver(page);
    await map.open('mode=<script>&lang=xx&layers=nope&year=abc&%E0%A4%A');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(map.layerToggle('communities')).toBeChecked();
    expect(map.consoleErrors).toEqual([]);
  });
});

test.describe('when the map cannot be drawn', () => {
  test('a mode whose code cannot load says so; the map and the other modes stay usable', async ({ page }) => {
    await page.route('**/assets/ResidentMode-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    const map = new MapDriver(page);
    await map.open();
    await page.getByTestId('mode-select').selectOption('resident');
    await expect(page.getByTestId('part-failed')).toContainText(/这一部分没能加载.*ResidentMode-[\w-]+\.js/);
    await expect(map.map).toHaveAttribute('data-map-state', 'idle');
    await page.getByTestId('mode-select').selectOption('planner');
    await expect(page.getByTestId('part-failed')).toHaveCount(0);
    await expect(map.layerPanel).toBeVisible();
  });

  test('without WebGL2 a clear message replaces the blank map', async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl2') return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    const map = new MapDriver(page);
    await page.goto('./');
    await expect(map.errorScreen).toContainText('WebGL2');
    await expect(map.map).toHaveAttribute('data-map-state', 'error');
    // In both languages: the English line (its strings load on demand) under the Chinese one.
    await expect(map.errorScreen.locator('p[lang="en"]')).toContainText('The map needs WebGL2');
    // Nothing (top bar, panels) covers the message: its heading is what a click on it reaches.
    const onTop = await map.errorScreen
      .locator('h1')
      .first()
      .evaluate((h) => {
        const r = h.getBoundingClientRect();
        return h.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
    expect(onTop).toBe(true);
  });

  test('when site.json cannot be fetched, the screen names the file', async ({ page }) => {
    await page.route('**/geo/site.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const map = new MapDriver(page);
    await page.goto('./');
    await expect(map.errorScreen).toContainText('site.json');
    await expect(map.errorScreen).toContainText('404');
  });

  test('a broken layer file is named, left out, and every other layer still draws', async ({ page }) => {
    await page.route('**/geo/pocket-parks.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"type": "FeatureCollection", "features": [',
      }),
    );
    const map = new MapDriver(page);
    await map.open();
    const errors = map.dataErrors;
    await expect(errors).toContainText('pocket-parks.geojson');
    await expect(map.layerToggle('pocket-parks')).toBeDisabled();
    await expect(map.layerToggle('communities')).toBeChecked();
    expect(await map.countPixels([0xf2, 0xcf, 0x3b], 30)).toBeGreaterThan(500);
    await expect(map.labels).toContainText('中心梯道片区');
  });

  test('a tour naming a feature that does not exist is reported on screen, and the map still draws', async ({
    page,
  }) => {
    await page.route('**/geo/tour.json', async (route) => {
      const tour = await (await route.fetch()).json();
      tour.steps[1].fit = ['no-such-area'];
      await route.fulfill({ json: tour });
    });
    const map = new MapDriver(page);
    await map.open();
    await expect(map.dataErrors).toContainText('tour.json');
    await expect(map.dataErrors).toContainText('no-such-area');
    await expect(map.labels).toContainText('中心梯道片区');
  });
});

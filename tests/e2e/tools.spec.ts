import { expect, test } from '@playwright/test';
import { pngTexts } from '../../src/data/pngText';
import { geoFile, pngSize, ToolsDriver } from './toolsDriver';

// Two pages, map idles and downloads on a shared machine: more than the default 45 s.
test.describe.configure({ timeout: 90_000 });

const STATUS_LAYERS = ['communities', 'pocket-parks', 'riverside', 'pipelines', 'elevators'];
const ALL_LAYERS = ['context', 'areas', 'pilot-zone', ...STATUS_LAYERS];
const ids = (layer: string, keep: (p: Record<string, unknown>) => boolean = () => true) =>
  geoFile(`${layer}.geojson`)
    .features.map((f) => f.properties)
    .filter(keep)
    .map((p) => String(p.id));

/** The colour of the search marker (and of the resident's place), src/map/overlays.ts. */
const PLACE_BLUE: [number, number, number] = [0x0b, 0x5c, 0x8a];

test.describe('search by name', () => {
  test('each name once, and Chinese results in Chinese only', async ({ page }) => {
    const map = new ToolsDriver(page);
    await map.open();
    for (const q of ['梯道', '人民', '山']) {
      await map.type(q);
      await expect(map.options.first()).toBeVisible();
      const names = await map.optionNames();
      expect(names.length, q).toBeGreaterThan(1);
      expect(new Set(names).size, q).toBe(names.length);
      for (const n of names) expect(n, q).not.toMatch(/[A-Za-z]/);
      // An elevator's result is its own name, not its community's name said twice.
      for (const n of names) expect(n.split(' ').length, n).toBe(1);
    }
  });

  test('partial Chinese, chosen with ↓ ↑ and Enter: selected, in the URL, and the map flies there', async ({
    page,
  }) => {
    const map = new ToolsDriver(page);
    await map.open();
    const before = await map.camera();
    await map.type('中心梯');
    const area = map.option('stairway');
    await expect(area).toContainText('中心梯道片区');
    await expect(area).toContainText('四个重点片区');
    await expect(map.option('pilot-zone')).toContainText('中心梯道宜居宜养更新示范区');
    await expect(map.searchInput).toHaveAttribute('aria-expanded', 'true');
    // ↓ ↓ ↑ comes back to the first result, and only one option is active.
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp']) await map.searchInput.press(key);
    await expect(map.options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(map.options.and(page.locator('[aria-selected="true"]'))).toHaveCount(1);
    await map.chooseWithKeyboard(area);
    await expect(map.searchInput).toHaveValue('中心梯道片区');
    await expect(map.searchInput).toHaveAttribute('aria-expanded', 'false');
    await map.waitForMapIdle();
    expect((await map.hashParams()).get('sel')).toBe('stairway');
    const after = await map.camera();
    expect(after).not.toEqual(before);
    expect(map.consoleErrors).toEqual([]);
  });

  test('partial English, any case, with layer and status shown; an elevator by its building', async ({
    page,
  }) => {
    const map = new ToolsDriver(page);
    await map.open('lang=en');
    await map.type('jiansh');
    const village = map.options.filter({ hasText: 'Jianshe New Village' });
    await expect(village).toContainText('Old communities');
    await expect(village).toContainText(/Completed|Under construction|Planned/);
    await map.chooseWithKeyboard('Jianshe New Village');
    expect((await map.hashParams()).get('sel')).toBe('c-002');

    await map.type('中心街宿舍 2栋');
    await map.chooseWithKeyboard(/building 2, Zhongxin/);
    expect((await map.hashParams()).get('sel')).toBe('el-02');
  });

  test('a place that is not a work (the hill 梯道山) gets a marker and closes the previous panel; Esc clears', async ({
    page,
  }) => {
    const map = new ToolsDriver(page);
    await map.open('sel=c-001');
    await expect(map.featurePanel).toBeVisible();
    const before = await map.camera();
    await map.type('梯道山');
    await map.chooseWithKeyboard('梯道山');
    await map.settle();
    expect(await map.camera()).not.toEqual(before);
    expect((await map.hashParams()).get('sel')).toBeNull();
    await expect(map.featurePanel).toBeHidden();
    // The marker: a dot of the place colour, gone again after Esc (the panels' blue stays).
    const withMarker = await map.countPixels(PLACE_BLUE, 12);
    await map.searchInput.press('Escape');
    await map.waitForMapIdle();
    const without = await map.countPixels(PLACE_BLUE, 12);
    expect(withMarker - without).toBeGreaterThan(100);

    await map.type('老街');
    await expect(map.options.first()).toBeVisible();
    await map.searchInput.press('Escape');
    await expect(map.searchInput).toHaveValue('');
    await expect(map.options).toHaveCount(0);
    await map.type('zzzz');
    await expect(page.getByText('没有找到“zzzz”').first()).toBeVisible();
  });
});

test.describe('export', () => {
  test('PNG: its caption names the year, the statuses, the zone, the layers and the selection', async ({
    page,
  }) => {
    const map = new ToolsDriver(page);
    const community = geoFile('communities.geojson').features.find((f) => f.properties.area === 'stairway');
    const name = String(community?.properties.name);
    await map.open(
      `year=2025&status=under_construction,completed&zone=stairway&layers=context,communities&sel=${community?.properties.id}`,
    );
    const file = await map.exportFile('png', 60_000);
    const caption = pngTexts(new Uint8Array(file.bytes)).Description ?? '';
    expect(caption).toContain('2025年底');
    expect(caption).toContain('状态：建设中、已完成');
    expect(caption).toContain('范围：中心梯道片区');
    expect(caption).toContain('图层：老旧小区改造');
    expect(caption).toContain(`选中：${name}`);
    // Another view, another caption: today, every status, the whole district.
    await page.goto('about:blank');
    await map.open();
    const plain = pngTexts(new Uint8Array((await map.exportFile('png', 60_000)).bytes)).Description ?? '';
    expect(plain).toContain('现状（数据截至');
    expect(plain).toContain('状态：全部');
    expect(plain).not.toContain('中心梯道片区');
  });

  test('PNG: a valid picture twice the map’s size, with the map drawn in it', async ({ page }) => {
    const map = new ToolsDriver(page);
    await map.open();
    const box = await map.map.boundingBox();
    const file = await map.exportFile('png');
    expect(file.name).toMatch(/^old-town-renewal-\d{4}-\d{2}-\d{2}\.png$/);
    expect(file.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngSize(file.bytes)).toEqual({
      width: Math.round((box?.width ?? 0) * 2),
      height: Math.round((box?.height ?? 0) * 2),
    });
    // Decoded by the page: community yellow from the map, and the white title and legend panels.
    const counts = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      let yellow = 0;
      let white = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i] - 0xf2) < 30 && Math.abs(d[i + 1] - 0xcf) < 30 && Math.abs(d[i + 2] - 0x3b) < 40)
          yellow++;
        if (d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250) white++;
      }
      return { yellow, white };
    }, file.bytes.toString('base64'));
    expect(counts.yellow).toBeGreaterThan(2000);
    expect(counts.white).toBeGreaterThan(50_000);
    await expect(map.exportStatus).toContainText('已下载');
    expect(map.consoleErrors).toEqual([]);
  });

  test('CSV: BOM, Chinese names, one row per listed feature, a formula in a name escaped', async ({
    page,
  }) => {
    const injected = "=cmd|' /C calc'!A0";
    await page.route('**/geo/communities.geojson', async (route) => {
      const res = await route.fetch();
      const fc = await res.json();
      fc.features[0].properties.name = injected;
      fc.features[1].properties.name = '<img src=x onerror=alert(1)>';
      await route.fulfill({ response: res, json: fc });
    });
    const map = new ToolsDriver(page);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await map.open();
    const file = await map.exportFile('csv');
    expect(file.name).toMatch(/^old-town-renewal-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = file.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(',').slice(0, 7)).toEqual([
      'layer',
      'id',
      'name',
      'name_en',
      'status',
      'year',
      'area',
    ]);
    expect(lines[0]).toMatch(/,area_m2,area_mu,length_km$/);
    // The list's rows: every site, not the base map's streets and places.
    const total = ALL_LAYERS.filter((l) => l !== 'context').reduce((n, l) => n + ids(l).length, 0);
    expect(lines).toHaveLength(total + 1);
    expect(lines.find((l) => l.startsWith('communities,c-003,'))).toContain('人民路小区');
    const c1 = lines.find((l) => l.startsWith('communities,c-001,')) ?? '';
    expect(c1.split(',')[2]).toBe(`'${injected}`);
    expect(lines.some((l) => l.split(',').some((cell) => cell.startsWith('=')))).toBe(false);

    // The list shows the same names as text, not HTML.
    await map.openList();
    await expect(map.row('c-002').locator('th')).toHaveText('<img src=x onerror=alert(1)>');
    await expect(map.row('c-001').locator('th')).toHaveText(injected);
    expect(await page.locator('.feature-table img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('GeoJSON: exactly the listed features (not the base map) after status=completed', async ({ page }) => {
    const map = new ToolsDriver(page);
    await map.open('status=completed');
    const file = await map.exportFile('geojson');
    expect(file.name).toMatch(/^old-town-renewal-\d{4}-\d{2}-\d{2}\.geojson$/);
    const fc = JSON.parse(file.bytes.toString('utf8'));
    expect(fc.type).toBe('FeatureCollection');
    const expected = [
      ...['areas', 'pilot-zone'].flatMap((l) => ids(l)),
      ...STATUS_LAYERS.flatMap((l) => ids(l, (p) => p.status === 'completed')),
    ];
    const got = fc.features.map((f: { properties: { id: string } }) => f.properties.id);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(got.length).toBeLessThan(ALL_LAYERS.reduce((n, l) => n + ids(l).length, 0));
    const filtered = fc.features.filter((f: { properties: { layer: string } }) =>
      STATUS_LAYERS.includes(f.properties.layer),
    );
    expect(filtered.length).toBeGreaterThan(20);
    for (const f of filtered) expect(f.properties.status).toBe('completed');
  });
});

test('copy link: the link opens the same view, layers, filters, year, selection and language', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const map = new ToolsDriver(page);
  await map.open('map=15.2/26.5790/101.7230&status=completed,under_construction&year=2025');
  // Change some of it by hand: language, a layer, a selection from the list.
  await map.langSwitch.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await map.setLayer('elevators', false);
  await map.openList();
  await map.row('c-003').locator('th button').click();
  await map.waitForMapIdle();
  await map.copyLinkButton.click();
  await expect(map.copyLinkButton).toContainText('Copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const want = await map.hashParams();
  expect(want.get('sel')).toBe('c-003');
  expect(want.get('lang')).toBe('en');

  const other = await context.newPage();
  const map2 = new ToolsDriver(other);
  await other.goto(link);
  await map2.waitForMapIdle();
  const got = await map2.hashParams();
  for (const key of ['lang', 'layers', 'status', 'year', 'sel', 'zone'])
    expect(got.get(key), key).toBe(want.get(key));
  const [z1, lat1, lon1] = await map.camera();
  const [z2, lat2, lon2] = await map2.camera();
  expect(z2).toBeCloseTo(z1, 1);
  expect(lat2).toBeCloseTo(lat1, 3);
  expect(lon2).toBeCloseTo(lon1, 3);
  await expect(other.locator('html')).toHaveAttribute('lang', 'en');
  await expect(map2.layerToggle('elevators')).not.toBeChecked();
  await expect(map2.layerToggle('communities')).toBeChecked();
  await map2.openList();
  await expect(map2.row('c-003')).toHaveAttribute('aria-selected', 'true');
  await expect(map2.table.locator('tbody tr[aria-selected="true"]')).toHaveCount(1);
  expect(map2.consoleErrors).toEqual([]);
});

test.describe('the list of what the map shows', () => {
  test('counts, sorts by column with aria-sort, by mouse and keyboard', async ({ page }) => {
    const map = new ToolsDriver(page);
    await map.open('status=completed');
    await map.openList();
    const expected = STATUS_LAYERS.flatMap((l) => ids(l, (p) => p.status === 'completed')).length + 5;
    await expect(map.table.locator('tbody tr')).toHaveCount(expected);
    await expect(map.table.locator('caption')).toContainText(`表中 ${expected} 项`);
    const statusById = await map.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-feature-id'), r.children[2].textContent]));
    const completed = new Set(STATUS_LAYERS.flatMap((l) => ids(l)));
    const shown = statusById.filter(([id]) => completed.has(String(id)));
    expect(shown).toHaveLength(expected - 5);
    for (const [, text] of shown) expect(text).toBe('已完成');

    const yearHeader = map.table.locator('thead th').nth(3);
    await map.sortButton(/完成年份/).click();
    await expect(yearHeader).toHaveAttribute('aria-sort', 'ascending');
    const up = (await map.column(3)).map(Number).filter(Number.isFinite);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBeLessThan(up[up.length - 1]);

    await map.sortButton(/完成年份/).focus();
    await page.keyboard.press('Enter');
    await expect(yearHeader).toHaveAttribute('aria-sort', 'descending');
    const down = (await map.column(3)).map(Number).filter(Number.isFinite);
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await expect(map.table.locator('thead th[aria-sort]')).toHaveCount(1);

    await map.sortButton(/户数/).click();
    const households = (await map.column(5)).map((s) => Number(s.replace(/,/g, ''))).filter(Number.isFinite);
    expect(households.length).toBeGreaterThan(10);
    expect(households).toEqual([...households].sort((a, b) => a - b));
  });

  test('a row selects the feature and frames it; a selection made elsewhere marks its row', async ({
    page,
  }) => {
    const map = new ToolsDriver(page);
    await map.open('sel=c-005');
    await map.openList();
    await expect(map.row('c-005')).toHaveAttribute('aria-selected', 'true');
    await expect(map.row('c-005')).toBeInViewport();

    const before = await map.camera();
    await map.row('pp-02').locator('th button').press('Enter');
    await map.waitForMapIdle();
    expect((await map.hashParams()).get('sel')).toBe('pp-02');
    await expect(map.row('pp-02')).toHaveAttribute('aria-selected', 'true');
    await expect(map.row('c-005')).toHaveAttribute('aria-selected', 'false');
    expect(await map.camera()).not.toEqual(before);

    // A selection from outside the list (a pasted link, a click on the map) moves the mark.
    await page.evaluate(() => {
      window.location.hash = window.location.hash.replace(/sel=[^&]*/, 'sel=el-03');
    });
    await expect(map.row('el-03')).toHaveAttribute('aria-selected', 'true');
    await expect(map.row('el-03')).toBeInViewport();
    await expect(map.table.locator('tbody tr[aria-selected="true"]')).toHaveCount(1);
  });
});

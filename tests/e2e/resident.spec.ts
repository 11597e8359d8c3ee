/**
 * Resident mode on a phone (390×844, touch): choosing a place three ways, the near-me list against
 * a Turf computation on the data files, the list and the map in step, "my community", sharing,
 * and the phone layout rules (no sideways scroll at 360 px, 44 px targets, 16 px text).
 */
import { expect, test } from '@playwright/test';
import { fmt, inside, ResidentDriver, readLayer } from './residentDriver';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
// Several map moves per test; the shared 2-core machine makes each one slow.
test.describe.configure({ timeout: 90_000 });

const communities = readLayer('communities').features;
const elevators = readLayer('elevators').features;
/** A community with lift retrofits, for the search and the card. */
const withLifts = communities.find((c) =>
  elevators.some((e) => e.properties?.community === c.properties?.id),
);
if (!withLifts) throw new Error('the data has no community with lifts');
const liftHome = withLifts.properties as { id: string; name: string; measures: string[] };
const pipes = readLayer('pipelines').features;
/** A pipeline whose works are not finished: its item must warn of the disturbance. */
const openPipe = pipes.find(
  (p) => p.properties?.status !== 'completed' && p.properties?.method === 'underground',
);
if (!openPipe) throw new Error('the data has no unfinished underground pipeline');

test('before a place is chosen: the three ways, the privacy note, the illustrative badge', async ({
  page,
}) => {
  const r = new ResidentDriver(page);
  await r.openResident();
  const empty = r.emptyHint;
  await expect(empty).toContainText('输入您的小区或街道名');
  await expect(empty).toContainText('点地图');
  await expect(empty).toContainText('用我的位置');
  await expect(r.locatePrivacy).toContainText('不会上传或保存');
  await expect(r.illustrativeBadge).toBeVisible();
  await expect(r.list).toHaveCount(0);
  await expect(r.radius(500)).toBeChecked();
  expect(r.consoleErrors).toEqual([]);
});

test('search a community, choose it: the URL, "my community" and the list as Turf computes it', async ({
  page,
}) => {
  const r = new ResidentDriver(page);
  await r.openResident();
  await r.search(liftHome.name);
  const result = r.placeResult(liftHome.id);
  await expect(result).toContainText('小区');
  await result.tap();
  const { at, r: radius } = await r.place();
  expect(radius).toBe(500);
  expect((await r.hashParams()).get('sel')).toBe(liftHome.id);

  const card = r.myCommunity;
  await expect(card).toContainText(liftHome.name);
  await expect(r.myCommunityMeasures).toHaveCount(liftHome.measures.length);
  const lifts = elevators.filter((e) => e.properties?.community === liftHome.id);
  await expect(r.myCommunityLifts).toHaveCount(lifts.length);
  await expect(card).toContainText(/(预计|已于)\d{4}年完工/);

  const expected = await r.expectListMatchesTurf();
  expect(expected.find((e) => e.id === liftHome.id)?.inside).toBe(true);
  // "my community" is the card, not also a row; its lifts are on the card, not also in the lifts group
  await expect(r.item(liftHome.id)).toHaveCount(0);
  for (const lift of lifts) await expect(r.item(String(lift.properties?.id))).toHaveCount(0);
  const works = expected.filter((e) => e.layer !== 'areas' && e.layer !== 'pilot-zone');
  await expect(page.locator('#near-me-title')).toHaveText(`附近 ${works.length} 个更新项目`);
  const near = elevators.filter((e) => expected.some((x) => x.id === e.properties?.id));
  const units = (fs: typeof near) => fs.reduce((n, e) => n + Number(e.properties?.units), 0);
  await expect(r.summaryLine('elevators')).toContainText(`加装电梯 ${units(near)} 部（`);
  // the place is drawn where the sheet and the controls leave the map free
  const p = await r.screenPoint(at);
  const controls = await page.locator('.resident-controls').boundingBox();
  const sheet = await page.locator('.resident-sheet').boundingBox();
  expect(p.y).toBeGreaterThan((controls?.y ?? 0) + (controls?.height ?? 0));
  expect(p.y).toBeLessThan(sheet?.y ?? 0);
});

test('tap the map: the place goes into the URL, the list follows, and so does the radius', async ({
  page,
}) => {
  const r = new ResidentDriver(page);
  await r.openResident('map=15.5/26.5800/101.7240');
  const controls = await page.locator('.resident-controls').boundingBox();
  const sheet = await page.locator('.resident-sheet').boundingBox();
  const top = (controls?.y ?? 0) + (controls?.height ?? 0);
  await r.tapAt(195, (top + (sheet?.y ?? 0)) / 2);
  const first = await r.expectListMatchesTurf();

  const fifteen = r.radius(1000);
  await expect(fifteen).toHaveAccessibleName(/^15分钟\s*（约1000米）$/);
  await fifteen.tap();
  await expect(r.radius(1000)).toBeChecked();
  expect((await r.place()).r).toBe(1000);
  const wider = await r.expectListMatchesTurf();
  expect(wider.length).toBeGreaterThanOrEqual(first.length);

  // every single-work row reads: status in words and the straight-line metres of its nearest point
  const rows = (await r.listed()).filter((x) => x.ids.length === 1).slice(0, 5);
  for (const row of rows) {
    const e = wider.find((x) => x.id === row.ids[0]);
    if (!e || e.inside) continue;
    await r.openGroupOf(e.id);
    const item = r.item(e.id);
    const m = Math.max(10, Math.round(e.distanceM / 10) * 10).toLocaleString('zh-CN');
    await expect(r.distanceOf(item)).toHaveText(`直线约${m}米`);
    await expect(r.statusOf(item)).toHaveText(/^(预计\d{4}年完工|已于\d{4}年完工|施工中，预计\d{4}年完工)$/);
  }
});

test('use my location: the device position chooses the place; works that disturb say so', async ({
  page,
  context,
}) => {
  const [lon, lat] = (openPipe.geometry as { coordinates: number[][] }).coordinates[1];
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ longitude: lon, latitude: lat });
  const r = new ResidentDriver(page);
  await r.openResident();
  await r.locateButton.tap();
  const { at } = await r.place();
  expect(at[0]).toBeCloseTo(lon, 5);
  expect(at[1]).toBeCloseTo(lat, 5);
  await r.expectListMatchesTurf();
  // its row says what the works are and when, and the timeline has its months from the data
  const id = String(openPipe.properties?.id);
  await r.openGroupOf(id);
  await expect(r.item(id)).toContainText('架空线入地');
  await expect(r.item(id)).toContainText(/施工时间：\d{4}年\d{1,2}月至\d{4}年\d{1,2}月/);
  const row = r.timelineRows.and(page.locator(`[data-feature-id="${id}"]`));
  await expect(row).toHaveAttribute('data-start', String(openPipe.properties?.start));
  await expect(row).toHaveAttribute('data-end', String(openPipe.properties?.end));
  await expect(r.locateMessage).toHaveCount(0);
});

test('location refused: a plain message, and the other two ways still named', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident();
  await r.locateButton.tap();
  await expect(r.locateMessage).toContainText('没有获得定位权限');
  expect((await r.hashParams()).get('at')).toBeNull();
});

test('the list and the map stay in step: tap an item, or tap a feature on the map', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(inside(withLifts))}&r=500`);
  const expected = await r.expectListMatchesTurf();

  // a community tapped on the map is selected and marked in the list
  const sheet = await page.locator('.resident-sheet').boundingBox();
  const controls = await page.locator('.resident-controls').boundingBox();
  const top = (controls?.y ?? 0) + (controls?.height ?? 0) + 10;
  let tapped: string | null = null;
  for (const e of expected.filter((x) => x.layer === 'communities' && x.id !== liftHome.id)) {
    const q = await r.screenPoint(inside(e.feature));
    if (q.y > top && q.y < (sheet?.y ?? 0) - 10 && q.x > 20 && q.x < 330) {
      await r.tapAt(q.x, q.y);
      tapped = e.id;
      break;
    }
  }
  expect(tapped, 'a community in view to tap').not.toBeNull();
  await expect.poll(async () => (await r.hashParams()).get('sel')).toBe(tapped);
  const tappedName = String(expected.find((e) => e.id === tapped)?.feature.properties?.name);
  await expect(r.myCommunity).toContainText(tappedName);
  const after = await r.expectListMatchesTurf();

  // an item chosen in the list is selected and brought into view on the map
  const listedIds = (await r.listed()).flatMap((x) => x.ids);
  const target =
    after.find((e) => e.layer === 'pocket-parks' && listedIds.includes(e.id)) ??
    after.find((e) => listedIds.includes(e.id) && e.layer !== 'areas' && e.layer !== 'pilot-zone');
  if (!target) throw new Error('no listed work to choose');
  await r.openGroupOf(target.id);
  const item = r.item(target.id);
  await item.tap();
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  expect((await r.hashParams()).get('sel')).toBe(target.id);
  const where =
    target.feature.geometry.type === 'Point'
      ? (target.feature.geometry.coordinates as [number, number])
      : inside(target.feature);
  const p = await r.screenPoint(where);
  const sheetNow = await page.locator('.resident-sheet').boundingBox();
  expect(p.y).toBeLessThan(sheetNow?.y ?? 0);
  expect(p.x).toBeGreaterThan(0);
  expect(p.x).toBeLessThan(390);
});

test('a link with at= and r= opens the same result', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(inside(communities[0]))}&r=300`);
  await expect(r.radius(300)).toBeChecked();
  await r.expectListMatchesTurf();
});

test('share copies the link, and the copied link opens the same result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // a phone browser without the Web Share sheet falls back to the clipboard
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'share', { value: undefined }));
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(inside(withLifts))}&r=1000`);
  await r.expectListMatchesTurf();
  const shown = await r.listed();
  await r.shareButton.tap();
  await expect(r.shareStatus).toContainText('链接已复制');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('mode=resident');
  expect(link).toContain(`at=${fmt(inside(withLifts))}`);
  expect(link).toContain('r=1000');

  const other = new ResidentDriver(await context.newPage());
  await other.page.goto(link);
  await other.waitForMapIdle();
  // the list is drawn after the map's first idle: wait for it rather than read it half-drawn
  await expect(other.items).toHaveCount(shown.length);
  expect(await other.listed()).toEqual(shown);
  await expect(other.myCommunity).toContainText(liftHome.name);
});

test('share uses the Web Share sheet where the device has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', {
      value: async (data: ShareData) => {
        document.body.dataset.sharedUrl = data.url ?? '';
      },
    });
  });
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(inside(withLifts))}`);
  await r.shareButton.tap();
  await expect(r.shareStatus).toContainText('已分享');
  expect(await page.evaluate(() => document.body.dataset.sharedUrl)).toContain(
    `at=${fmt(inside(withLifts))}`,
  );
});

test('at 360 px: no sideways scroll, touch targets at least 44 px, text at least 16 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(inside(withLifts))}&r=1000`);
  await expect(r.list).toBeVisible();
  await r.search('路');
  await expect(r.placeResults).toBeVisible();
  const report = await page.evaluate(() => {
    const root = document.querySelector('.resident') as HTMLElement;
    const visible = (el: Element) => {
      const b = el.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const targets = [...root.querySelectorAll('button, input:not([type="radio"]), summary, .radius-option')]
      .filter(visible)
      .map((el) => {
        const b = el.getBoundingClientRect();
        return { what: el.textContent?.slice(0, 20) ?? el.tagName, w: b.width, h: b.height };
      });
    const texts: Array<{ what: string; size: number }> = [];
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (own && visible(el))
        texts.push({
          what: el.textContent?.slice(0, 20) ?? '',
          size: parseFloat(getComputedStyle(el).fontSize),
        });
    }
    const wide = [...root.querySelectorAll('*')].filter(
      (el) => visible(el) && el.getBoundingClientRect().right > window.innerWidth + 0.5,
    );
    return {
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      sheetScroll: (root.querySelector('.sheet-body') as HTMLElement).scrollWidth,
      sheetClient: (root.querySelector('.sheet-body') as HTMLElement).clientWidth,
      targets,
      texts,
      wide: wide.map((el) => el.className),
    };
  });
  expect(report.scrollWidth).toBeLessThanOrEqual(360);
  expect(report.sheetScroll).toBeLessThanOrEqual(report.sheetClient);
  expect(report.wide).toEqual([]);
  expect(report.targets.length).toBeGreaterThan(10);
  for (const t of report.targets) {
    expect(t.w, `${t.what} width`).toBeGreaterThanOrEqual(44);
    expect(t.h, `${t.what} height`).toBeGreaterThanOrEqual(44);
  }
  expect(report.texts.length).toBeGreaterThan(20);
  for (const t of report.texts) expect(t.size, t.what).toBeGreaterThanOrEqual(16);

  // The map's zoom and compass buttons share the top edge with the resident controls: each of them
  // must be the element a finger on its centre touches, before and after the page is resized.
  const mapButtonsOnTop = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.maplibregl-ctrl-top-right button')].map((b) => {
        const r = b.getBoundingClientRect();
        return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      }),
    );
  expect(await mapButtonsOnTop()).toEqual([true, true, true]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(mapButtonsOnTop).toEqual([true, true, true]);
});

test('English when lang=en', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`lang=en&at=${fmt(inside(withLifts))}`);
  await expect(r.placeSearch).toHaveAttribute('placeholder', 'Type a community or street name');
  await expect(r.myCommunity).toContainText('My community');
  await expect(r.groupToggle('areas')).toContainText('You are in');
  await expect(r.summary).toContainText('Within a 10-minute walk (about 500 m):');
  await expect(r.myCommunity.getByTestId('community-status')).toHaveText(
    /^(Planned, due in \d{4}|Completed in \d{4}|Under construction, due in \d{4})/,
  );
  await expect(page.getByText('10 min')).toBeVisible();
  await r.expectListMatchesTurf();
});

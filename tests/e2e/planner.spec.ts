import { expect, test } from '@playwright/test';
import { area } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf, labelPoint } from '../../src/data/derive';
import { formatArea, formatHouseholds, formatMoneyWan } from '../../src/data/format';
import { effectiveStatus } from '../../src/data/status';
import { checkTrackRecord, evaluateTargets } from '../../src/data/targets';
import { Metrics } from '../../src/metrics/metrics';
import { zoneSummary } from '../../src/metrics/zoneSummary';
import { fixed, PlannerDriver, readData } from './plannerDriver';

// The map waits for idle after every step; on a shared CI machine that takes a while.
test.describe.configure({ timeout: 90_000 });

const data = readData();
const communities = data.layers.get('communities')?.features ?? [];
const YELLOW: [number, number, number] = [0xf2, 0xcf, 0x3b];
/** Communities the map draws with these statuses at the end of `year` (null: now). */
const shownCommunities = (statuses: string[], year: number | null) =>
  communities.filter((f) => statuses.includes(effectiveStatus(f.properties ?? {}, year))).length;
/** A layer's headline figure as the panel writes it: "n 个", or "n 个（共 total 个）" when filters hide some. */
const countText = (n: number) =>
  n === communities.length ? `${n} 个` : `${n} 个（共 ${communities.length} 个）`;

test.describe('filters: status and year', () => {
  test('unticking a status removes those works from the map, the counts follow, and the link keeps it', async ({
    page,
  }) => {
    const planner = new PlannerDriver(page);
    await planner.open();
    const before = await planner.countPixels(YELLOW, 30);
    await planner.setStatus('completed', false);
    expect(await planner.countPixels(YELLOW, 30)).toBeLessThan(before / 3);
    const left = shownCommunities(['planned', 'under_construction'], null);
    await expect(planner.layerCount('communities')).toHaveText(countText(left));
    expect((await planner.hashParams()).get('status')).toBe('planned,under_construction');

    await page.reload();
    await planner.waitForMapIdle();
    await expect(planner.statusToggle('completed')).not.toBeChecked();
    await expect(planner.statusToggle('planned')).toBeChecked();
    await expect(planner.layerCount('communities')).toHaveText(countText(left));
  });

  test('the year slider shows the programme at the end of a year, and goes back to now', async ({ page }) => {
    const planner = new PlannerDriver(page);
    await planner.open('status=completed');
    const now = shownCommunities(['completed'], null);
    await expect(planner.layerCount('communities')).toHaveText(countText(now));
    const pixelsNow = await planner.countPixels(YELLOW, 30);

    await planner.setYear(2022);
    const in2022 = shownCommunities(['completed'], 2022);
    expect(in2022).toBeLessThan(now);
    await expect(planner.yearValue).toHaveText('2022年底');
    await expect(planner.layerCount('communities')).toHaveText(countText(in2022));
    expect((await planner.hashParams()).get('year')).toBe('2022');
    expect(await planner.countPixels(YELLOW, 30)).toBeLessThan(pixelsNow * 0.8);

    await planner.setYear(2027);
    await expect(planner.layerCount('communities')).toHaveText(
      countText(shownCommunities(['completed'], 2027)),
    );
    expect(await planner.countPixels(YELLOW, 30)).toBeGreaterThan(pixelsNow);

    await planner.yearToday.click();
    await planner.waitForMapIdle();
    await expect(planner.yearValue).toContainText('现状');
    expect((await planner.hashParams()).get('year')).toBeNull();
    await expect(planner.layerCount('communities')).toHaveText(countText(now));
  });

  test('a link with a year and statuses opens with the slider and boxes set', async ({ page }) => {
    const planner = new PlannerDriver(page);
    await planner.open('year=2023&status=completed');
    await expect(planner.yearSlider).toHaveAttribute('aria-valuetext', '2023年底');
    await expect(planner.statusToggle('planned')).not.toBeChecked();
    await expect(planner.layerCount('communities')).toHaveText(
      countText(shownCommunities(['completed'], 2023)),
    );
  });
});

test.describe('the feature panel', () => {
  test('a selected work hidden by the status filter shows no selection ring either', async ({ page }) => {
    const target = communities
      .filter((f) => f.properties?.area !== 'stairway' && f.properties?.status === 'completed')
      .sort((a, b) => area(b) - area(a))[0] as Feature<Polygon | MultiPolygon, Record<string, unknown>>;
    const [lon, lat] = labelPoint(target).geometry.coordinates;
    const planner = new PlannerDriver(page);
    await planner.open(`map=17/${lat.toFixed(6)}/${lon.toFixed(6)}&sel=${target.properties.id}`);
    const RING: [number, number, number] = [0x00, 0xa3, 0xff];
    expect(await planner.countPixels(RING, 40)).toBeGreaterThan(200);
    await planner.setStatus('completed', false);
    await planner.waitForMapIdle();
    expect(await planner.countPixels(RING, 40)).toBeLessThan(20);
  });

  test('clicking a community on the map opens its facts in readable units; the camera stays; Esc closes', async ({
    page,
  }) => {
    // The largest community outside the stairway area (no elevator points on top of it).
    const target = communities
      .filter((f) => f.properties?.area !== 'stairway')
      .sort((a, b) => area(b) - area(a))[0] as Feature<Polygon | MultiPolygon, Record<string, unknown>>;
    const p = target.properties;
    const [lon, lat] = labelPoint(target).geometry.coordinates;
    const planner = new PlannerDriver(page);
    await planner.open(`map=17.5/${lat.toFixed(6)}/${lon.toFixed(6)}`);
    const cameraBefore = await planner.camera();

    await planner.clickMapCentre();
    await expect(planner.featurePanel).toBeVisible();
    await expect(planner.featureName).toHaveText(String(p.name));
    expect((await planner.hashParams()).get('sel')).toBe(p.id);
    await expect(planner.fact('households')).toHaveText(formatHouseholds(Number(p.households), 'zh'));
    await expect(planner.fact('size')).toHaveText(formatArea(area(target), 'zh'));
    await expect(planner.fact('investment_wan')).toHaveText(
      formatMoneyWan(p.investment_wan as number | null, 'zh'),
    );
    await expect(planner.fact('built')).toContainText(String(p.built));
    await expect(planner.featureStatus).toContainText(
      { planned: '规划中', under_construction: '建设中', completed: '已完成' }[String(p.status)] ?? '',
    );
    expect(await planner.camera()).toEqual(cameraBefore);

    await page.keyboard.press('Escape');
    await expect(planner.featurePanel).toBeHidden();
    expect((await planner.hashParams()).get('sel')).toBeNull();
  });

  test('an elevator names its community as a link that selects and frames it; × closes', async ({ page }) => {
    const lift = data.layers.get('elevators')?.features[0];
    const communityId = String(lift?.properties?.community);
    const community = communities.find((f) => f.properties?.id === communityId);
    const planner = new PlannerDriver(page);
    await planner.open(`sel=${lift?.properties?.id}&map=13/26.56/101.70`);
    await expect(planner.fact('floors')).toHaveText(`${lift?.properties?.floors} 层`);
    await expect(planner.fact('households_served')).toHaveText(
      formatHouseholds(Number(lift?.properties?.households_served), 'zh'),
    );
    const cameraBefore = await planner.camera();

    await planner.featureLink(communityId).click();
    await expect(planner.featureName).toHaveText(String(community?.properties?.name));
    await planner.settle();
    expect((await planner.hashParams()).get('sel')).toBe(communityId);
    const [zoom, lat, lon] = await planner.camera();
    expect(zoom).toBeGreaterThan(cameraBefore[0] + 2);
    const [clon, clat] = labelPoint(community as Feature<Polygon | MultiPolygon, Record<string, unknown>>)
      .geometry.coordinates;
    expect(Math.abs(lat - clat)).toBeLessThan(0.003);
    expect(Math.abs(lon - clon)).toBeLessThan(0.006);
    // …and the community lists its elevators, the one we came from among them
    await expect(planner.featureLink(String(lift?.properties?.id))).toBeVisible();

    await planner.featureClose.click();
    await expect(planner.featurePanel).toBeHidden();
    expect((await planner.hashParams()).get('sel')).toBeNull();
  });

  test('a name with HTML in it appears literally and runs nothing', async ({ page }) => {
    const evil = '<img src=x onerror=alert(1)>';
    const fc = structuredClone(data.layers.get('communities'));
    if (!fc) throw new Error('no communities');
    fc.features[0].properties = { ...fc.features[0].properties, name: evil };
    await page.route('**/geo/communities.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fc) }),
    );
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const planner = new PlannerDriver(page);
    await planner.open(`sel=${fc.features[0].properties?.id}`);
    await expect(planner.featureName).toHaveText(evil);
    await expect(planner.featurePanel.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('on a phone the panel is a bottom sheet and the map stays visible above it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const planner = new PlannerDriver(page);
    await planner.open('sel=pilot-zone');
    const box = await planner.featurePanel.boundingBox();
    expect(box?.width).toBeCloseTo(390, 0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo(844, 0);
    expect(box?.y ?? 0).toBeGreaterThan(844 * 0.4);
    await planner.featureClose.click();
    await expect(planner.featurePanel).toBeHidden();
  });

  test('a link with sel= on a phone frames the feature above the sheet, below the toolbar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const planner = new PlannerDriver(page);
    // The link's own camera is somewhere else entirely.
    await planner.open('map=14/26.575/101.715&sel=c-010');
    await planner.settle();
    const feature = readData()
      .layers.get('communities')
      ?.features.find((f) => f.properties?.id === 'c-010');
    if (!feature) throw new Error('no c-010');
    const [w, s, e, n] = boundsOf(feature);
    const sheet = await planner.featurePanel.boundingBox();
    const toolbar = await planner.toolbar.boundingBox();
    if (!sheet || !toolbar) throw new Error('no boxes');
    for (const corner of [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ] as Array<[number, number]>) {
      const p = await planner.screenPoint(corner);
      expect(p.y, `corner ${corner}`).toBeLessThan(sheet.y);
      expect(p.y, `corner ${corner}`).toBeGreaterThan(toolbar.y + toolbar.height);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(390);
    }
  });
});

test.describe('the top bar and the panels on a desk and a 4K monitor', () => {
  test('the English title is not cut at 1280 wide, and the bar stays clear of the panel', async ({
    page,
  }) => {
    const planner = new PlannerDriver(page);
    await planner.open('lang=en');
    await expect(planner.title).toHaveText(/Urban Renewal Map/);
    expect(await planner.titleIsCut()).toBe(false);
    const bar = await planner.topBar.boundingBox();
    const panel = await planner.leftPanel.boundingBox();
    expect((bar?.y ?? 0) + (bar?.height ?? 0)).toBeLessThanOrEqual(panel?.y ?? 0);
    await planner.langSwitch.click();
    expect(await planner.titleIsCut()).toBe(false);
  });

  test('at 3840×2160 the planner’s panels are scaled up twice, keeping their share of the screen', async ({
    page,
  }) => {
    const planner = new PlannerDriver(page);
    await planner.open();
    const desk = await planner.leftPanel.boundingBox();
    expect(await planner.rootFontPx()).toBe(16);
    await page.setViewportSize({ width: 3840, height: 2160 });
    await planner.waitForMapIdle();
    expect(await planner.rootFontPx()).toBe(32);
    const big = await planner.leftPanel.boundingBox();
    expect(big?.width).toBeCloseTo((desk?.width ?? 0) * 2, -1);
    expect(await planner.titleIsCut()).toBe(false);
  });
});

test.describe('statistics of the areas and the pilot zone', () => {
  test('the pilot zone shows its computed area (≈230 亩), with the declared one only beside it, labelled', async ({
    page,
  }) => {
    // A declared figure that differs from the geometry (within the validator's ±2%)
    const fc = structuredClone(data.layers.get('pilot-zone'));
    if (!fc) throw new Error('no pilot zone');
    fc.features[0].properties = { ...fc.features[0].properties, declared_mu: 234 };
    await page.route('**/geo/pilot-zone.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fc) }),
    );
    const layers = new Map(data.layers).set('pilot-zone', fc);
    const s = zoneSummary(new Metrics(data.catalogue, layers), 'pilot-zone', null);
    if (!s) throw new Error('no pilot zone summary');
    expect(s.mu).toBeGreaterThan(227.7);
    expect(s.mu).toBeLessThan(232.3);
    const planner = new PlannerDriver(page);
    await planner.open('sel=pilot-zone');
    await expect(planner.statValue('area')).toHaveText(fixed(s.mu, 1));
    await expect(planner.statTile('area')).toContainText(`${fixed(s.ha, 2)} 公顷`);
    await expect(planner.declaredArea).toHaveText('文件所述：234 亩');
    await expect(planner.statValue('households')).toHaveText(
      new Intl.NumberFormat('zh-CN').format(s.households ?? -1),
    );
    // Every work layer's measures inside, split by status, as the metrics function gives them.
    const row = (layer: string, measure: string) =>
      s.rows.find((r) => r.layer === layer && r.measure.id === measure);
    const lifts = row('elevators', 'lifts');
    const km = row('pipelines', 'underground_km');
    if (!lifts || !km) throw new Error('pilot zone has no lifts or underground lines');
    const liftCell = (status: string) => planner.measureCell('elevators', 'lifts', status);
    await expect(liftCell('total')).toHaveText(`${lifts.value.total} 部`);
    await expect(liftCell('completed')).toHaveText(String(lifts.value.completed));
    await expect(liftCell('under_construction')).toHaveText(String(lifts.value.under_construction));
    await expect(liftCell('planned')).toHaveText(String(lifts.value.planned));
    const kmCell = (status: string) => planner.measureCell('pipelines', 'underground_km', status);
    await expect(kmCell('total')).toHaveText(`${fixed(km.value.total, 2)} 公里`);
    await expect(kmCell('completed')).toHaveText(fixed(km.value.completed, 2));
  });

  test('the areas overview lists the four areas and the pilot zone; choosing one selects and frames it', async ({
    page,
  }) => {
    const planner = new PlannerDriver(page);
    await planner.open();
    await planner.openTab('areas');
    const overview = planner.areasOverview;
    for (const zone of [
      ...(data.layers.get('areas')?.features ?? []),
      ...(data.layers.get('pilot-zone')?.features ?? []),
    ]) {
      const s = zoneSummary(data.metrics, String(zone.properties?.id), null);
      if (!s) throw new Error(`no summary of ${zone.properties?.id}`);
      const n = s.rows.find((r) => r.layer === 'communities' && r.measure.id === 'count')?.value.total ?? 0;
      await expect(overview.locator(planner.zone(s.id))).toContainText(`${fixed(s.mu, 1)} 亩`);
      if (n > 0) await expect(overview.locator(planner.zone(s.id))).toContainText(`老旧小区改造 ${n} 个`);
    }
    const cameraBefore = await planner.camera();
    await planner.chooseZone('hill-lane');
    await expect(planner.featureName).toHaveText('山巷片区');
    await expect(planner.zone('hill-lane')).toHaveAttribute('aria-current', 'true');
    await planner.settle();
    expect((await planner.hashParams()).get('sel')).toBe('hill-lane');
    expect(await planner.camera()).not.toEqual(cameraBefore);
    const s = zoneSummary(data.metrics, 'hill-lane', null);
    const n = s?.rows.find((r) => r.layer === 'communities' && r.measure.id === 'count')?.value;
    await expect(planner.measureCell('communities', 'count', 'total')).toHaveText(`${n?.total} 个`);
    await expect(planner.statTile('share')).toContainText(`${Math.round((s?.shareCompleted ?? 0) * 100)}%`);
  });
});

test.describe('the targets board', () => {
  const progress = evaluateTargets(data.targets, data.metrics);
  const byId = new Map(progress.map((p) => [p.target.id, p]));

  test('each district target with completed / under way / planned from the data and the gap in words', async ({
    page,
  }) => {
    const planner = new PlannerDriver(page);
    await planner.open();
    await expect(planner.targetsBoard).toBeHidden();
    await planner.openTab('targets');
    await expect(planner.targetsBoard).toBeVisible();

    const c = byId.get('district-communities');
    if (c?.kind !== 'counted') throw new Error('communities target not counted');
    const row = planner.target('district-communities');
    await expect(row).toContainText(`已完成 ${c.amounts.completed} 个`);
    await expect(row).toContainText(`建设中 ${c.amounts.under_construction} 个`);
    await expect(row).toContainText(`规划中 ${c.amounts.planned} 个`);
    const gap = planner.targetGap('district-communities');
    if (c.gapCompleted > 0) await expect(gap).toContainText(`还差 ${c.gapCompleted} 个`);
    if (c.gap < 0) await expect(gap).toContainText(`超出 ${-c.gap} 个`);

    const parks = byId.get('district-pocket-parks');
    if (parks?.kind !== 'counted') throw new Error('parks target not counted');
    await expect(planner.target('district-pocket-parks')).toContainText(
      `已完成 ${parks.amounts.completed} 个`,
    );

    const money = byId.get('district-investment');
    if (money?.kind !== 'counted') throw new Error('investment target not counted');
    await expect(planner.targetUnknown('district-investment')).toContainText(`${money.unknown} 处`);
    // Only part of the money is published: the board says how much is known, not a shortfall.
    expect(money.partial).toBe(true);
    const moneyGap = planner.targetGap('district-investment');
    await expect(moneyGap).toContainText(`已公布投资的 ${money.known} 项合计`);
    await expect(moneyGap).not.toContainText('仍差');

    const city = planner.cityTargets;
    await expect(city).toContainText('268');
    await expect(city.locator('.status-bar')).toHaveCount(0);

    for (const check of checkTrackRecord(data.targets, data.metrics)) {
      const years =
        check.record.years.length > 1
          ? `${check.record.years[0]}–${check.record.years.at(-1)}`
          : `${check.record.years[0]}`;
      const row = planner.trackRecord(years);
      await expect(row).toContainText(String(check.fromData.total));
      await expect(row).toContainText(check.matches ? '与讲话一致' : '不一致');
    }

    await planner.openTab('layers');
    await expect(planner.targetsBoard).toBeHidden();
  });

  test('unknown money shows as not published, never as 0', async ({ page }) => {
    const fc = structuredClone(data.layers.get('communities'));
    if (!fc) throw new Error('no communities');
    for (const f of fc.features) f.properties = { ...f.properties, investment_wan: null };
    await page.route('**/geo/communities.geojson', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(fc) }),
    );
    const planner = new PlannerDriver(page);
    await planner.open();
    await planner.openTab('targets');
    await expect(planner.targetGap('district-investment')).toContainText('未公布');
    await expect(planner.target('district-investment')).not.toContainText(/(^|\D)0 万元/);
    await expect(planner.target('district-investment').locator('.status-bar')).toHaveCount(0);
  });

  test('the board follows the year slider', async ({ page }) => {
    const planner = new PlannerDriver(page);
    await planner.open('year=2023');
    await planner.openTab('targets');
    const c = evaluateTargets(data.targets, data.metrics, 2023).find(
      (p) => p.target.id === 'district-communities',
    );
    if (c?.kind !== 'counted') throw new Error('communities target not counted');
    await expect(planner.target('district-communities')).toContainText(`已完成 ${c.amounts.completed} 个`);
    await expect(planner.targetsBoard).toContainText('2023年底');
  });
});

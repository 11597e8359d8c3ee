/**
 * All three modes under hostile conditions: data whose names and summaries carry HTML,
 * `javascript:` links and 5,000-character strings; a strict CSP; no network beyond the page's own
 * origin; axe at desktop and phone sizes; and the keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { centroid } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import { hostileConfig, hostileLayer } from '../../scripts/fuzz/hostileText';
import { PresenterDriver } from './presenterDriver';
import { csvCells, geoText, LAYER_IDS, ReliabilityDriver } from './reliabilityDriver';
import { ResidentDriver } from './residentDriver';
import { ToolsDriver } from './toolsDriver';

// Generous: other builds and browsers share this machine.
test.describe.configure({ timeout: 240_000 });

const communities = JSON.parse(geoText('communities.geojson')) as FeatureCollection;
const home = communities.features[0];
const [lon, lat] = centroid(home).geometry.coordinates;
const AT = `at=${lon.toFixed(6)},${lat.toFixed(6)}&r=1000`;

/** The three modes' drivers, on the same page as a ReliabilityDriver. */
const modes = (page: Page) => ({
  planner: new ToolsDriver(page),
  resident: new ResidentDriver(page),
  presenter: new PresenterDriver(page),
});

/** Panels, lists, captions and cards whose text comes from the data. */
const dataPanels = ({ planner, resident, presenter }: ReturnType<typeof modes>): Locator[] => [
  planner.layerPanel,
  planner.featurePanel,
  planner.featureFacts,
  planner.searchResults,
  planner.tablePanel,
  planner.areasOverview,
  planner.zoneStats,
  planner.targetsBoard,
  resident.list,
  resident.myCommunity,
  resident.placeResults,
  presenter.caption,
  presenter.tourTargets,
  presenter.legend,
  presenter.endSlide,
  planner.attribution,
  planner.dataErrors,
];

async function noOverflow(map: ReliabilityDriver, panels: Locator[], where: string) {
  // Soft: one run lists every box that overflows, not just the first.
  expect.soft(await map.overflowing(panels), where).toEqual([]);
  await map.expectNoPageOverflow();
  expect(await map.xss(), where).toBeUndefined();
}

test('hostile text in every layer: nothing runs, nothing overflows, in all three modes', async ({ page }) => {
  const map = new ReliabilityDriver(page);
  const { planner, resident, presenter } = modes(page);
  const panels = dataPanels({ planner, resident, presenter });
  await map.watchCsp();
  await map.serveData({
    ...Object.fromEntries(LAYER_IDS.map((id) => [`${id}.geojson`, hostileLayer(geoText(`${id}.geojson`))])),
    'site.json': hostileConfig(geoText('site.json')),
    'targets.json': hostileConfig(geoText('targets.json')),
    'tour.json': hostileConfig(geoText('tour.json')),
  });

  await test.step('planner: panel, feature panel, search, table, areas, targets', async () => {
    await map.open(`sel=${home.properties?.id}`);
    await expect(planner.dataErrors).toHaveCount(0);
    await expect(planner.featurePanel).toContainText('onerror');
    await noOverflow(map, panels, 'planner feature panel');
    await planner.searchInput.fill('名名');
    await expect(planner.options.first()).toBeVisible();
    await noOverflow(map, panels, 'planner search');
    await planner.searchInput.fill('');
    await planner.listToggle.click();
    await expect(planner.tablePanel).toContainText('<img');
    await noOverflow(map, panels, 'planner table');
    await planner.listToggle.click();
    const cells = csvCells((await planner.exportFile('csv', 60_000)).bytes.toString('utf8'));
    expect(cells.some((c) => c.includes('HYPERLINK'))).toBe(true);
    // What a spreadsheet would run as a formula: only plain negative numbers may start with '-'.
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || (/^-/.test(c) && !/^-\d+(\.\d+)?$/.test(c)))).toEqual(
      [],
    );
    await page.keyboard.press('Escape');
    for (const tab of ['areas', 'targets'] as const) {
      await planner.openTab(tab);
      await noOverflow(map, panels, `planner ${tab}`);
    }
  });

  await test.step('resident: near-me list, my community, place search', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await map.open(`mode=resident&${AT}`);
    await expect(resident.list).toContainText('onerror');
    await noOverflow(map, panels, 'resident list');
    await resident.search('名名');
    await expect(resident.placeResults).toBeVisible();
    await noOverflow(map, panels, 'resident search');
  });

  await test.step('presenter: every tour caption', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await map.open('mode=present');
    const steps = (await presenter.stepIndicator.textContent()) ?? '';
    const total = Number(/(\d+)\D*$/.exec(steps)?.[1] ?? 1);
    // The count includes the end slide, the last, which has figures and a QR code, not a caption.
    for (let i = 0; i < total - 1; i++) {
      await expect(presenter.caption).toContainText('<');
      await noOverflow(map, panels, `presenter step ${i}`);
      await page.keyboard.press('ArrowRight');
    }
    await expect(presenter.endSlide).toBeVisible();
    await noOverflow(map, panels, 'presenter end slide');
  });
  expect(await map.cspViolations()).toEqual([]);
  expect(map.pageErrors).toEqual([]);
});

async function axe(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) on ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad).toEqual([]);
}

test.describe('default configuration, all three modes', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: lat, longitude: lon } });

  test('no CSP violation, no request off the origin, no serious axe finding at 1280×800 and 390×844', async ({
    page,
  }) => {
    const map = new ReliabilityDriver(page);
    const { resident, presenter } = modes(page);
    await map.watchCsp();
    const origin = new URL(page.url() === 'about:blank' ? 'http://127.0.0.1/' : page.url()).hostname;
    const offOrigin: string[] = [];
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.hostname !== origin && u.hostname !== '127.0.0.1')
        offOrigin.push(req.url());
    });
    for (const mode of ['planner', 'resident', 'present']) {
      await test.step(mode, async () => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await map.open(`mode=${mode}`);
        await axe(page, `${mode} 1280×800`);
        if (mode === 'present') {
          await page.keyboard.press('ArrowRight');
          await expect(presenter.stepIndicator).toContainText('2');
          await map.waitForMapIdle();
        }
        await page.setViewportSize({ width: 390, height: 844 });
        await map.waitForMapIdle();
        await axe(page, `${mode} 390×844`);
        if (mode === 'resident') {
          await resident.locateButton.click();
          await expect(resident.list).toBeVisible();
          await map.waitForMapIdle();
        }
      });
    }
    expect(await map.cspViolations()).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(map.foreignRequests).toEqual([]);
    expect(map.pageErrors).toEqual([]);
  });
});

test('planner by keyboard: Tab reaches every control, each with a visible focus ring', async ({ page }) => {
  const map = new ReliabilityDriver(page);
  await map.open();
  const controls = await page.evaluate(
    () =>
      [
        ...document.querySelectorAll<HTMLElement>(
          'button:not([disabled]), input:not([disabled]), select:not([disabled]), a[href], [tabindex="0"]',
        ),
      ]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
        .filter((el) => el.tabIndex >= 0)
        // A radio group is one tab stop (arrow keys move inside it).
        .filter((el, i, all) => {
          const name = el instanceof HTMLInputElement && el.type === 'radio' ? el.name : '';
          return !name || all.findIndex((x) => x instanceof HTMLInputElement && x.name === name) === i;
        }).length,
  );
  const seen = new Set<string>();
  const missingRing: string[] = [];
  for (let i = 0; i < controls + 10; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const ring =
        (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      const path: string[] = [];
      for (let n: Element | null = el; n && n !== document.body; n = n.parentElement)
        path.unshift(
          `${n.tagName}${n.id ? `#${n.id}` : ''}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`,
        );
      return {
        key: path.join('>'),
        ring,
        name: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? el.tagName,
      };
    });
    if (!f) continue;
    seen.add(f.key);
    if (!f.ring) missingRing.push(f.name);
  }
  expect(missingRing).toEqual([]);
  expect(seen.size).toBeGreaterThanOrEqual(controls);
});

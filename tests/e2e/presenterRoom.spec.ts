/**
 * The presenter in the room, at 1920×1080 and 3840×2160: a legend on every step listing the step's
 * layers beside (never over) what the step frames, every line of text ≥ 1/40 of the screen height,
 * opaque panels, no dark corners, the end slide's QR code that a phone can read, the key help on
 * its own layer, and the presenter view in a second window kept in step both ways.
 * Screenshots of every step land in screenshots/presenter-room/ to be looked at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import { expectedLegend, fitBox, PresenterDriver, TOUR, toScreen } from './presenterDriver';
import { RoomDriver } from './roomDriver';

const END = TOUR.steps.length;
// Kept out of test-results/ (which each run empties) so they can be looked at after both sizes ran.
const SHOTS = 'screenshots/presenter-room';
const TARGETS = TOUR.steps.findIndex((s) => s.kind === 'targets');
/**
 * The steps walked at a size: all of them at 1920×1080; at 4K, where each software-WebGL frame
 * takes seconds, the first two framed places, the first step of each other kind and the end slide (the layout rules are the same,
 * scaled), so the walk stays within a couple of minutes on 2 cores.
 */
function stepsAt(width: number): number[] {
  const all = [...TOUR.steps.keys(), END];
  if (width <= 1920) return all;
  const seen = new Map<string, number>();
  return all.filter((i) => {
    const kind = i === END ? 'end' : (TOUR.steps[i].kind ?? 'place');
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    // two of the framed places (the overview and the first area), one of every other kind
    return n < (kind === 'place' ? 2 : 1);
  });
}
const ELEVATORS = JSON.parse(readFileSync('public/geo/elevators.geojson', 'utf8')) as FeatureCollection;

for (const size of [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  const name = `${size.width}x${size.height}`;
  test.describe(`at ${name}`, () => {
    // Two 4K software-WebGL pages at once starve each other on a 2-core machine (each frame takes
    // seconds): the 4K tests run one after the other, beside lighter ones.
    if (size.width > 1920) test.describe.configure({ mode: 'default' });
    // The room's layout is checked at each step's camera; the flights between them are
    // presenter.spec's (and with reduced motion the tour cuts instead of flying).
    test.use({ viewport: size, reducedMotion: 'reduce' });

    test('each step walked (all at 1920, a sample at 4K): its legend, text ≥ 1/40 of the height, opaque panels, no dark corners; a screenshot', async ({
      page,
    }) => {
      test.setTimeout(300_000);
      mkdirSync(SHOTS, { recursive: true });
      const p = new RoomDriver(page);
      await p.openTourNow();
      let at = 0;
      for (const i of stepsAt(size.width)) {
        // Steps not checked at this size are passed over without waiting for their map.
        for (; at < i; at++) await p.press('ArrowRight');
        const step = TOUR.steps[i];
        if (step) await p.expectStep(i);
        else await p.expectEnd();
        const cam = await p.cameraAfterFlight();
        const id = step?.id ?? 'end';
        await page.screenshot({ path: `${SHOTS}/${name}-${String(i + 1).padStart(2, '0')}-${id}.png` });
        // The legend lists exactly the step's layers (and none on a step that turns it off).
        const expected = step ? expectedLegend(step) : [];
        expect(await p.legendLayers(), `${id} legend`).toEqual(expected);
        if (expected.length) {
          const statuses = await p.legendStatuses();
          expect(statuses, id).toEqual(
            step?.kind === 'playback' ? ['completed'] : ['planned', 'under_construction', 'completed'],
          );
          // Beside what the step frames, never over it.
          const legend = await p.box(p.legend);
          if (step?.fit) {
            const [w, s, e, n] = fitBox(step.fit);
            const [x0, y0] = toScreen(w, n, cam, size);
            const [x1, y1] = toScreen(e, s, cam, size);
            const apart =
              legend.right <= x0 + 12 || legend.left >= x1 || legend.bottom <= y0 || legend.top >= y1;
            expect(apart, `${id}: legend ${JSON.stringify(legend)} over ${[x0, y0, x1, y1]}`).toBe(true);
          }
          // Sized like the caption.
          const bodyPx = (await p.captionStyle()).body;
          const legendPx = await p.legend.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
          expect(legendPx, id).toBeCloseTo(bodyPx, 0);
        }
        expect(await p.textsSmallerThan(size.height / 40), `${id} small text`).toEqual([]);
        expect(await p.panelsOverAttribution(), `${id}: panels over the credits`).toEqual([]);
        for (const panel of await p.panelBackgrounds())
          expect(panel.background, `${id} ${panel.name}`).toMatch(/^rgb\(/);
        expect(await p.darkShareAtLeftEdge(), `${id}: dark surround at the left edge`).toBeLessThan(0.005);
      }
      expect(p.consoleErrors).toEqual([]);
    });

    test('the end slide: figures by status and a QR code that reads as this map in resident mode', async ({
      page,
    }) => {
      test.setTimeout(150_000);
      const p = new PresenterDriver(page);
      // With the map idle, so the tour's keys are bound before → is pressed.
      await p.openTour(`step=${END - 1}`);
      await p.press('ArrowRight');
      await p.expectEnd();
      const origin = new URL(page.url()).origin;
      const expected = `${origin}/#mode=resident`;
      await expect(p.endUrl).toHaveText(expected);
      expect(await p.scanQr()).toBe(expected);
      // Each headline is split into done, under way and planned, with a number each.
      await expect(p.endFigures.first()).toBeVisible();
      for (const row of await p.endFigures.all())
        for (const s of ['completed', 'under_construction', 'planned'])
          await expect(row.locator(`[data-status="${s}"]`)).toContainText(/\d/);
      // The lifts as the data have them: planned ones under 规划中, never counted as installed.
      const lifts = { completed: 0, under_construction: 0, planned: 0 } as Record<string, number>;
      for (const f of ELEVATORS.features) lifts[f.properties?.status] += f.properties?.units ?? 0;
      expect(lifts.planned).toBeGreaterThan(0);
      const row = p.endFigures.and(page.locator('[data-layer="elevators"]'));
      for (const [s, label] of [
        ['completed', '已完成'],
        ['under_construction', '建设中'],
        ['planned', '规划中'],
      ])
        await expect(row.locator(`[data-status="${s}"]`)).toHaveText(`${label} ${lifts[s]} 部`);
      await expect(p.endSlide).not.toContainText('新增');
      expect(p.consoleErrors).toEqual([]);
    });
  });
}

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('with share_url in site.json the QR code and the address under it are that address', async ({
    page,
  }) => {
    const share = 'https://map.example.gov.cn/renewal/';
    await page.route('**/geo/site.json', async (route) => {
      const site = await (await route.fetch()).json();
      await route.fulfill({ json: { ...site, share_url: share } });
    });
    const p = new PresenterDriver(page);
    await p.openTourNow(`step=${END}`);
    await p.expectEnd();
    await expect(p.endUrl).toHaveText(`${share}#mode=resident`);
    expect(await p.scanQr()).toBe(`${share}#mode=resident`);
  });

  test('the key help covers everything on its own layer, and any key closes it', async ({ page }) => {
    const p = new PresenterDriver(page);
    await p.openTourNow(`step=${TARGETS}`);
    await expect(p.tourTargets).toBeVisible();
    await p.press('?');
    await expect(p.keysHelp).toContainText('PageDown');
    // The targets board under it is covered: a point on the board hits the help's layer.
    const board = await p.box(p.tourTargets);
    const hit = await page.evaluate(
      ([x, y]) => !!document.elementFromPoint(x, y)?.closest('[data-testid="tour-help-layer"]'),
      [(board.left + board.right) / 2, (board.top + board.bottom) / 2],
    );
    expect(hit).toBe(true);
    await p.press('x');
    await expect(p.helpLayer).toHaveCount(0);
    await p.expectStep(TARGETS);
  });

  test('S opens the presenter view: notes, clock, next step; → ← from either window move both', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const p = new PresenterDriver(page);
    await p.openTourNow('step=1');
    const view = await p.openPresenterView();
    await view.expectStep(1);
    await view.page.screenshot({ path: `${SHOTS}/presenter-view.png` });
    await expect(view.clock).toHaveText(/^\d\d:\d\d:\d\d$/);
    await expect(view.elapsed).toHaveText(/^00:0\d$/);
    await expect(view.elapsed).not.toHaveText('00:00', { timeout: 5_000 });
    // The speaker's own window is read at a lectern: axe finds nothing in it.
    const axe = await new AxeBuilder({ page: view.page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    // The audience sees none of it.
    await expect(page.getByText(TOUR.steps[1].notes?.zh ?? '—')).toHaveCount(0);
    // → in the audience window: the view follows.
    await page.bringToFront();
    await p.press('ArrowRight');
    await p.expectStep(2);
    await view.expectStep(2);
    // → and ← in the view: the audience follows, URL included.
    await view.press('ArrowRight');
    await view.expectStep(3);
    await p.expectStep(3);
    await view.press('ArrowLeft', 'ArrowLeft');
    await view.expectStep(1);
    await p.expectStep(1);
    // From the last step on to the end slide, from the view.
    await view.press('End');
    await p.expectEnd();
    await expect(view.current).toHaveAttribute('data-step-id', 'end');
    expect(view.errors).toEqual([]);
    expect(p.consoleErrors).toEqual([]);
  });
});

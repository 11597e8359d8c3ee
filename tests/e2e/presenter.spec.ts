import { expect, test } from '@playwright/test';
import config from '../../playwright.config';
import { fitBox, PresenterDriver, TOUR, toScreen } from './presenterDriver';

const LAST = TOUR.steps.length - 1;
/** The end slide comes after the last step: step=END in the URL. */
const END = TOUR.steps.length;
const PLAYBACK = TOUR.steps.findIndex((s) => s.kind === 'playback');
const NEXT_KEYS = ['ArrowRight', 'PageDown', 'Space', 'ArrowDown'];

// Chromium with a precise JS heap figure and a GC the soak check can force (harmless elsewhere).
test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [
      ...(config.use?.launchOptions?.args ?? []),
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  },
});

test.describe('with reduced motion asked for', () => {
  test.use({ reducedMotion: 'reduce' });
  test('→ cuts to the next step’s camera instead of flying there', async ({ page }) => {
    const p = new PresenterDriver(page);
    await p.openTourNow();
    const cam = async () => (await p.hashParams()).get('map');
    const before = await cam();
    await p.press('ArrowRight');
    await p.expectStep(1);
    // hashParams waits 300 ms: a 2.6 s flight would still be under way, a cut is already there.
    const soon = await cam();
    expect(soon).not.toBe(before);
    await page.waitForTimeout(2_500);
    expect(await cam()).toBe(soon);
  });
});

test.describe('a presenter with a clicker', () => {
  test('walks through every step: caption, step=N in the URL, and the camera on the step’s features', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const p = new PresenterDriver(page);
    await p.openTour();
    await expect(p.illustrativeBadge).toBeVisible();
    await expect(p.layerPanel).toHaveCount(0);
    for (let i = 0; i <= LAST; i++) {
      if (i > 0) await p.press(NEXT_KEYS[i % NEXT_KEYS.length]);
      await p.expectStep(i);
      await expect(p.stepIndicator).toContainText(`${i + 1} / ${END + 1}`);
      // Numbers come from the data: every placeholder filled, none left as "?".
      await expect(p.captionBody).not.toContainText('?');
      const step = TOUR.steps[i];
      if (step.kind === 'targets') await expect(p.tourTargets).toContainText(/\d/);
      else await expect(p.captionBody).toContainText(/\d/);
      const cam = await p.cameraAfterFlight();
      if (!step.fit) continue;
      // The fitted features are on screen, right of the caption card, and fill a good part of it.
      const [w, s, e, n] = fitBox(step.fit);
      const size = p.size();
      const [x0, y0] = toScreen(w, n, cam, size);
      const [x1, y1] = toScreen(e, s, cam, size);
      const tol = 12;
      expect(x0, `${step.id} west edge`).toBeGreaterThan(size.width * 0.4 - tol);
      expect(x1, `${step.id} east edge`).toBeLessThan(size.width + tol);
      expect(y0, `${step.id} north edge`).toBeGreaterThan(-tol);
      expect(y1, `${step.id} south edge`).toBeLessThan(size.height + tol);
      expect(Math.max((x1 - x0) / size.width, (y1 - y0) / size.height), step.id).toBeGreaterThan(0.3);
    }
    // → from the last step shows the end slide; there → does nothing more: neither a step nor
    // MapLibre's own arrow-key panning.
    await p.press('ArrowRight');
    await p.expectEnd();
    await expect(p.stepIndicator).toContainText(`${END + 1} / ${END + 1}`);
    await p.cameraAfterFlight();
    const before = (await p.hashParams()).get('map');
    await p.map.click({ position: { x: 1266, y: 120 } });
    await p.press('ArrowRight', 'ArrowRight');
    await page.waitForTimeout(800);
    expect((await p.hashParams()).get('map')).toBe(before);
    await p.expectEnd();
    // Back with ← and PageUp, Home and End.
    await p.press('ArrowLeft');
    await p.expectStep(LAST);
    await p.press('ArrowLeft');
    await p.expectStep(LAST - 1);
    await p.press('PageUp');
    await p.expectStep(LAST - 2);
    await p.press('Home');
    await p.expectStep(0);
    await p.press('End');
    await p.expectEnd();
    expect(p.consoleErrors).toEqual([]);
    expect(p.foreignRequests).toEqual([]);
  });

  test('the playback step runs the years with the year shown large, and the URL follows', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTour(`step=${PLAYBACK - 1}`);
    await p.press('ArrowRight');
    const year = p.playbackYear;
    await expect(year).toHaveText(/2022/);
    const body = p.captionBody;
    const first = await body.textContent();
    // A past year states what was done; a year after the data's date says what is expected.
    expect(first).toMatch(/^到 2022 年底：已改造/);
    await expect(year).toHaveText(/2024/, { timeout: 12_000 });
    expect(await body.textContent()).not.toBe(first);
    await expect(year).toHaveText(/2026/, { timeout: 12_000 });
    await expect(body).toContainText('预计到 2026 年底');
    await expect(body).not.toContainText('已改造');
    const params = await p.hashParams();
    expect(Number(params.get('year'))).toBeGreaterThanOrEqual(2024);
    expect(params.get('status')).toBe('completed');
    // Leaving the step puts the year back: the map shows the data as it is.
    await p.press('ArrowRight');
    await p.expectStep(PLAYBACK + 1);
    expect((await p.hashParams()).get('year')).toBeNull();
  });

  test('B blacks the screen and any key brings it back; W whitens it and W again returns', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTour('step=2');
    await p.press('b');
    await expect(p.blankScreen).toBeVisible();
    await expect(p.blankScreen).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    expect(await p.countPixels([0, 0, 0], 0)).toBeGreaterThan(1280 * 800 * 0.99);
    await p.press('x');
    await expect(p.blankScreen).toHaveCount(0);
    await p.expectStep(2);
    await p.press('w');
    await expect(p.blankScreen).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await p.press('w');
    await expect(p.blankScreen).toHaveCount(0);
    // The key that lifts the screen does not also move on.
    await p.press('b', 'ArrowRight');
    await expect(p.blankScreen).toHaveCount(0);
    await p.expectStep(2);
  });

  test('digits then Enter jump to a step counted from 1; a number past the end does nothing', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTour();
    await p.press('6');
    await expect(p.jumpIndicator).toContainText('6');
    await p.press('Enter');
    await p.expectStep(5);
    await p.press('4', '2', 'Enter');
    await page.waitForTimeout(400);
    await p.expectStep(5);
    await p.press('1', 'Enter');
    await p.expectStep(0);
  });

  test('? shows the keys, F asks for full screen without breaking anything, Esc leaves for the planner', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTour('step=1');
    await p.press('?');
    await expect(p.keysHelp).toContainText('PageDown');
    await p.press('Escape');
    await expect(p.keysHelp).toHaveCount(0);
    // F toggles full screen (whether headless Chromium grants it or not, nothing breaks).
    await p.press('f');
    await page.waitForTimeout(300);
    await p.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await p.press('Escape');
    await expect(p.layerPanel).toBeVisible();
    await expect(p.caption).toHaveCount(0);
    expect((await p.hashParams()).get('mode')).toBeNull();
    expect(p.consoleErrors).toEqual([]);
  });

  test('a link with step=N opens that step; English captions', async ({ page }) => {
    const p = new PresenterDriver(page);
    await p.openTour('step=5&lang=en');
    await expect(p.caption).toHaveAttribute('data-step-id', TOUR.steps[5].id);
    await expect(p.caption).toContainText(TOUR.steps[5].title.en);
    await expect(p.captionBody).toContainText(/\d+ mu/);
  });
});

test.describe('autoplay for a lobby screen', () => {
  test('advances by itself, through the end slide back to the first step, and a key pauses it', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTourNow(`step=${LAST}&autoplay=5`);
    await expect(p.autoplay).toHaveAttribute('data-state', 'playing');
    // Only the caption here: on a loaded machine reading the URL can take longer than a dwell.
    await expect(p.caption).toHaveAttribute('data-step-id', TOUR.steps[LAST].id);
    await expect(p.endSlide).toBeVisible({ timeout: 8_000 });
    await expect.poll(() => p.urlStep(), { timeout: 4_000 }).toBe(END);
    await expect(p.caption).toHaveAttribute('data-step-id', TOUR.steps[0].id, { timeout: 8_000 });
    await expect(p.caption).toHaveAttribute('data-step-id', TOUR.steps[1].id, { timeout: 8_000 });
    // A modifier alone is not a key press that pauses; any other key is.
    await p.press('Shift');
    await expect(p.autoplay).toHaveAttribute('data-state', 'playing');
    await p.press('Home');
    await expect(p.autoplay).toHaveAttribute('data-state', 'paused');
    await p.expectStep(0);
    await page.waitForTimeout(6_000);
    await p.expectStep(0);
  });
});

test.describe('sized for the room', () => {
  test.use({ viewport: { width: 3840, height: 2160 } });

  test('at 3840×2160 the caption body is at least 1/40 of the screen high, the title larger, contrast ≥ 7:1', async ({
    page,
  }) => {
    const p = new PresenterDriver(page);
    await p.openTourNow('step=1');
    const style = await p.captionStyle();
    expect(style.body).toBeGreaterThanOrEqual(2160 / 40);
    expect(style.title).toBeGreaterThan(style.body * 1.3);
    expect(style.bottom).toBeLessThanOrEqual(2160);
    // The card's colour composited over white (the worst case behind a translucent card).
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const [r, g, b, a = 1] = rgba(style.background);
    const bg = [r, g, b].map((c) => c * a + 255 * (1 - a));
    const lum = (c: number[]) =>
      c
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const [l1, l2] = [lum(rgba(style.color).slice(0, 3)), lum(bg)].sort((x, y) => y - x);
    expect((l1 + 0.05) / (l2 + 0.05)).toBeGreaterThanOrEqual(7);
  });
});

test.describe('autoplay soak', () => {
  test('loop after loop of autoplay, the JS heap does not grow by more than 10%', async ({ page }) => {
    test.setTimeout(120_000);
    // The real app and flights, with a shorter tour (four of the real steps, a two-year playback)
    // so that several whole loops fit in a minute.
    const keep = ['overview', 'stairway', 'pilot-zone', 'playback'];
    const steps = TOUR.steps
      .filter((s) => keep.includes(s.id))
      .map((s) => (s.kind === 'playback' ? { ...s, years: [2026, 2027] } : s));
    await page.route('**/geo/tour.json', (route) => route.fulfill({ json: { steps } }));
    const p = new PresenterDriver(page);
    const atFirstStepIdle = async () => {
      await p.press('Home');
      await expect(p.autoplay).toHaveAttribute('data-state', 'paused');
      await expect(p.caption).toHaveAttribute('data-step-id', steps[0].id);
      await p.cameraAfterFlight();
    };
    const loops = async (n: number) => {
      await p.press('k');
      for (let i = 0; i < n; i++) {
        await expect(p.caption).toHaveAttribute('data-step-id', 'playback', { timeout: 20_000 });
        await expect(p.caption).toHaveAttribute('data-step-id', steps[0].id, { timeout: 20_000 });
      }
    };
    await p.openTourNow('autoplay=3');
    // The four steps and the end slide.
    await expect(p.stepIndicator).toContainText(`1 / ${steps.length + 1}`);
    // The first loop fills the map's caches; then two more loops between the measurements, each
    // taken at the first step with the map idle.
    await expect(p.caption).toHaveAttribute('data-step-id', 'playback', { timeout: 20_000 });
    await expect(p.caption).toHaveAttribute('data-step-id', steps[0].id, { timeout: 20_000 });
    await atFirstStepIdle();
    const before = await p.heapBytes();
    await loops(2);
    await atFirstStepIdle();
    const after = await p.heapBytes();
    console.log(`heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB after two loops`);
    expect(after).toBeLessThan(before * 1.1);
    expect(p.consoleErrors).toEqual([]);
  });
});

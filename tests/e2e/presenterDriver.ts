/**
 * The presenter's e2e driver: opens the tour, presses keys like a clicker, and reads what the room
 * sees (the caption, the step indicator) and what the URL says (step=, map=).
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { TourConfig } from '../../src/data/types';
import { MapDriver } from './driver';
import { PresenterViewDriver } from './presenterViewDriver';

/** The tour and the features it fits, read from the data the app serves. */
export const TOUR = JSON.parse(readFileSync('public/geo/tour.json', 'utf8')) as TourConfig;
const FEATURES = new Map<string, Feature>();
for (const layer of ['context', 'areas', 'pilot-zone', 'riverside', 'communities', 'pocket-parks']) {
  const fc = JSON.parse(readFileSync(`public/geo/${layer}.geojson`, 'utf8')) as FeatureCollection;
  for (const f of fc.features) FEATURES.set(String(f.properties?.id), f);
}

/** The catalogue, for what a step's legend must list. */
const LAYERS = JSON.parse(readFileSync('public/geo/layers.json', 'utf8')).layers as Array<{
  id: string;
  role: string;
  status?: boolean;
}>;

/**
 * The layers a step's legend lists: the step's layers (all without `layers`), less the context
 * base map; none when the step turns its legend off.
 */
export function expectedLegend(step: TourConfig['steps'][number]): string[] {
  if (step.legend === false) return [];
  return LAYERS.filter((l) => l.role !== 'context' && (!step.layers || step.layers.includes(l.id)))
    .map((l) => l.id)
    .sort();
}

/** [west, south, east, north] of the features a step fits. */
export function fitBox(ids: string[]): [number, number, number, number] {
  const boxes = ids.map((id) => bbox(FEATURES.get(id) as Feature));
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

/** Screen position (CSS px) of a lon/lat for a Web Mercator camera (MapLibre: 512 px tiles). */
export function toScreen(
  lon: number,
  lat: number,
  cam: { zoom: number; lat: number; lon: number },
  size: { width: number; height: number },
): [number, number] {
  const world = 512 * 2 ** cam.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) => {
    const r = (p * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(Math.PI / 4 + r / 2)) / Math.PI) / 2) * world;
  };
  return [size.width / 2 + x(lon) - x(cam.lon), size.height / 2 + y(lat) - y(cam.lat)];
}

/** Longest flight between steps plus a margin (FLIGHT_MS in src/modes/presenter/tourCamera.ts). */
const FLIGHT_WAIT_MS = 2900;

export class PresenterDriver extends MapDriver {
  constructor(page: Page) {
    super(page);
  }

  async openTour(extra = '') {
    await this.open(`mode=present${extra ? `&${extra}` : ''}`);
    await expect(this.caption).toBeVisible();
  }

  /** Opens the tour without waiting for the map to be idle (under autoplay it may never be). */
  async openTourNow(extra = '') {
    await this.page.goto(`./#mode=present${extra ? `&${extra}` : ''}`);
    await expect(this.caption.or(this.endSlide)).toBeVisible({ timeout: 30_000 });
  }

  get caption() {
    return this.page.getByTestId('tour-caption');
  }

  get blankScreen() {
    return this.page.getByTestId('blank-screen');
  }

  /** The caption's text under its title, where the numbers from the data are. */
  get captionBody() {
    return this.page.getByTestId('tour-caption-body');
  }

  /** "n / total": where the tour is. */
  get stepIndicator() {
    return this.page.getByTestId('tour-step');
  }

  /** The targets a targets step shows in place of a caption's text. */
  get tourTargets() {
    return this.page.getByTestId('tour-targets');
  }

  /** The year shown large while the playback step runs. */
  get playbackYear() {
    return this.page.getByTestId('tour-year');
  }

  /** The step number typed so far, before Enter jumps to it. */
  get jumpIndicator() {
    return this.page.getByTestId('tour-jump');
  }

  /** The list of keys that ? shows. */
  get keysHelp() {
    return this.page.getByTestId('tour-help');
  }

  /** The autoplay indicator (data-state playing or paused). */
  get autoplay() {
    return this.page.getByTestId('tour-autoplay');
  }

  /** Font sizes (px) of the caption's body and title, their colours, and the card's bottom edge. */
  async captionStyle() {
    return this.captionBody.evaluate(
      (body, card) => {
        const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
        return {
          body: px(body),
          title: px(card?.querySelector('h2') ?? null),
          color: getComputedStyle(body).color,
          background: card ? getComputedStyle(card).backgroundColor : '',
          bottom: card?.getBoundingClientRect().bottom ?? 0,
        };
      },
      await this.caption.elementHandle(),
    );
  }

  /** The legend of the step on screen. */
  get legend() {
    return this.page.getByTestId('tour-legend');
  }

  /** The layer ids the legend has an entry for, sorted. */
  async legendLayers(): Promise<string[]> {
    if ((await this.legend.count()) === 0) return [];
    const ids = await this.legend
      .locator('[data-layer]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-layer') ?? ''));
    return ids.sort();
  }

  /** The statuses the legend explains (how each is drawn). */
  async legendStatuses(): Promise<string[]> {
    return this.legend
      .locator('[data-status]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-status') ?? ''));
  }

  /** The end slide after the last step. */
  get endSlide() {
    return this.page.getByTestId('tour-end');
  }

  /** The address written under the end slide's QR code. */
  get endUrl() {
    return this.page.getByTestId('tour-end-url');
  }

  /** The end slide's headline figures, one row per layer. */
  get endFigures() {
    return this.page.getByTestId('tour-end-figures').locator('[data-layer]');
  }

  /** The key help's full-screen layer. */
  get helpLayer() {
    return this.page.getByTestId('tour-help-layer');
  }

  /** What a phone reads from the QR code on screen: a screenshot decoded with jsQR. */
  async scanQr(): Promise<string | null> {
    const png = PNG.sync.read(await this.page.getByTestId('tour-qr').screenshot());
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
  }

  /**
   * Pixels of roughly this colour on the map right of the left column (legend and caption, whose
   * swatches have the layers' colours): what the map itself draws where the step's features are.
   */
  async countMapPixelsRightOfPanels(rgb: [number, number, number], tolerance = 24): Promise<number> {
    const { width, height } = this.size();
    const x = Math.ceil(width * 0.45);
    const png = PNG.sync.read(await this.page.screenshot({ clip: { x, y: 0, width: width - x, height } }));
    let n = 0;
    for (let i = 0; i < png.data.length; i += 4)
      if (rgb.every((c, k) => Math.abs(png.data[i + k] - c) <= tolerance)) n++;
    return n;
  }

  /** The box of an element on screen, in CSS px. */
  async box(locator: ReturnType<Page['getByTestId']>) {
    const b = await locator.boundingBox();
    if (!b) throw new Error('not on screen');
    return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height };
  }

  /** Presses S and returns the presenter view that opens in its own window. */
  async openPresenterView(): Promise<PresenterViewDriver> {
    const popup = this.page.waitForEvent('popup');
    await this.press('s');
    const view = new PresenterViewDriver(await popup);
    await expect(view.root).toBeVisible({ timeout: 30_000 });
    return view;
  }

  async press(...keys: string[]) {
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /** The step the URL says (0 when `step=` is absent: the default). */
  async urlStep(): Promise<number> {
    return Number((await this.hashParams()).get('step') ?? 0);
  }

  /** Waits until the caption shows this step and the URL says it. */
  async expectStep(n: number) {
    await expect(this.caption).toHaveAttribute('data-step-id', TOUR.steps[n].id);
    await expect(this.caption).toContainText(TOUR.steps[n].title.zh);
    await expect.poll(() => this.urlStep()).toBe(n);
  }

  /** Waits until the end slide is up, with no step caption, and the URL says step=END. */
  async expectEnd() {
    await expect(this.endSlide).toBeVisible();
    await expect(this.caption).toHaveCount(0);
    await expect.poll(() => this.urlStep()).toBe(TOUR.steps.length);
  }

  /** Waits for the flight to end and the map to be idle, then reads map=zoom/lat/lon. */
  async cameraAfterFlight() {
    // With reduced motion the tour cuts to the step: no flight to wait for.
    const cut = await this.page.evaluate(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);
    await this.page.waitForTimeout(cut ? 300 : FLIGHT_WAIT_MS);
    await this.waitForMapIdle();
    const [zoom, lat, lon] = ((await this.hashParams()).get('map') ?? '').split('/').map(Number);
    return { zoom, lat, lon };
  }

  /** The viewport, for placing features on screen. */
  size() {
    const v = this.page.viewportSize();
    if (!v) throw new Error('no viewport');
    return v;
  }

  async heapBytes(): Promise<number> {
    return this.page.evaluate(async () => {
      const w = window as unknown as { gc?: () => void };
      for (let i = 0; i < 3; i++) {
        w.gc?.();
        await new Promise((r) => setTimeout(r, 200));
      }
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
  }
}

/**
 * The e2e driver: speaks the domain (open a mode, toggle a layer, wait for the map) over one
 * Playwright page, so specs read like a person using the map.
 */
import { expect, type Page } from '@playwright/test';

const mercX = (lon: number) => ((lon + 180) / 360) * 512;
const mercY = (lat: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 512;
};

export class MapDriver {
  readonly consoleErrors: string[] = [];
  readonly foreignRequests: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        this.foreignRequests.push(req.url());
      }
    });
  }

  /** Opens the app with the given hash (without `#`) and waits for the map to be idle. */
  async open(hash = '') {
    await this.page.goto(hash ? `./#${hash}` : './');
    await this.waitForMapIdle();
  }

  get map() {
    return this.page.getByTestId('map');
  }

  /** The names written on the map (areas, the pilot zone), as text a test can read. */
  get labels() {
    return this.page.getByTestId('map-labels');
  }

  /** The badge saying the data are illustrative. */
  get illustrativeBadge() {
    return this.page.getByTestId('illustrative-badge');
  }

  get attribution() {
    return this.page.getByTestId('attribution');
  }

  /** The list of data files that could not be used, on screen. */
  get dataErrors() {
    return this.page.getByTestId('data-errors');
  }

  /** The screen that replaces the map when it cannot be drawn at all. */
  get errorScreen() {
    return this.page.getByTestId('error-screen');
  }

  /** The top bar's 中文 / English switch. */
  get langSwitch() {
    return this.page.getByTestId('lang-switch');
  }

  /** The legend of layers with their switches and headline figures. */
  get layerPanel() {
    return this.page.getByTestId('layer-panel');
  }

  get statusLegend() {
    return this.page.getByTestId('status-legend');
  }

  /** A layer's headline figure in the legend ("n 个"). */
  layerCount(id: string) {
    return this.page.getByTestId(`count-${id}`);
  }

  /** Where a [lon, lat] is on screen, from the camera MapLibre writes into the URL (map=z/lat/lon). */
  async screenPoint([lon, lat]: [number, number]): Promise<{ x: number; y: number }> {
    await this.waitForMapIdle();
    const [z, cLat, cLon] = ((await this.hashParams()).get('map') ?? '').split('/').map(Number);
    const box = await this.map.boundingBox();
    if (!box) throw new Error('no map box');
    const k = 2 ** z;
    return {
      x: box.x + box.width / 2 + (mercX(lon) - mercX(cLon)) * k,
      y: box.y + box.height / 2 + (mercY(lat) - mercY(cLat)) * k,
    };
  }

  /** A 4K page in software WebGL beside another test's 4K page (print, presenter) can take a minute to draw. */
  async waitForMapIdle() {
    await expect(this.map).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
  }

  /** The hash's key/value pairs, once the throttled URL write has happened. */
  async hashParams(): Promise<URLSearchParams> {
    await this.page.waitForTimeout(300);
    const hash = await this.page.evaluate(() => window.location.hash);
    return new URLSearchParams(hash.slice(1));
  }

  layerToggle(id: string) {
    return this.page.getByTestId(`toggle-${id}`);
  }

  async setLayer(id: string, on: boolean) {
    const toggle = this.layerToggle(id);
    if (on) await toggle.check();
    else await toggle.uncheck();
    await this.waitForMapIdle();
  }

  /**
   * Counts pixels of roughly this colour in a screenshot of the map (what a person sees). The
   * PNG is decoded by the page's own canvas, so no image library is needed.
   */
  async countPixels(rgb: [number, number, number], tolerance = 24): Promise<number> {
    const png = (await this.map.screenshot()).toString('base64');
    return this.page.evaluate(
      async ([src, r, g, b, tol]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${src}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (
            Math.abs(data[i] - r) <= tol &&
            Math.abs(data[i + 1] - g) <= tol &&
            Math.abs(data[i + 2] - b) <= tol
          )
            n++;
        }
        return n;
      },
      [png, ...rgb, tolerance] as const,
    );
  }
}

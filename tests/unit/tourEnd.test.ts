/**
 * The presenter's end slide and presenter view, as pure functions: the headline figures come from
 * the metrics function split by status, the QR code decodes (jsQR) to the resident address, the
 * S key opens the presenter view, and the elapsed clock reads like a clock.
 */
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { headlines, residentUrl } from '../../src/modes/presenter/endSlide';
import { keyAction } from '../../src/modes/presenter/keys';
import { formatElapsed } from '../../src/modes/presenter/PresenterView';
import { qrPath } from '../../src/modes/presenter/QrCode';
import { metricsOf, shippedCatalogue, shippedLayers } from './helpers/catalogue';

const catalogue = shippedCatalogue();
const metrics = metricsOf(shippedLayers());

/** Rasterises qrPath's "Mx yh1v1h-1z" squares at `px` pixels a module into RGBA, for jsQR. */
function raster(text: string, px = 4) {
  const { d, size } = qrPath(text);
  const w = size * px;
  const rgba = new Uint8ClampedArray(w * w * 4).fill(255);
  for (const m of d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const [x, y] = [Number(m[1]), Number(m[2])];
    for (let dy = 0; dy < px; dy++)
      for (let dx = 0; dx < px; dx++) {
        const i = ((y * px + dy) * w + x * px + dx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
      }
  }
  return { rgba, w };
}

describe('the end slide', () => {
  it('has one headline per work layer, each split into done, under way and planned that add up', () => {
    const rows = headlines(catalogue, metrics);
    expect(rows.map((r) => r.layer)).toEqual(catalogue.works.filter((e) => e.status).map((e) => e.id));
    const lifts = rows.find((r) => r.layer === 'elevators');
    expect(lifts?.measure.id).toBe('lifts');
    // The same numbers the metrics function gives anywhere else, not a copy.
    expect(lifts?.value).toEqual(metrics.value({ layer: 'elevators', measure: 'lifts' }));
    for (const r of rows) {
      const { completed, under_construction, planned, total } = r.value;
      expect(completed + under_construction + planned, r.layer).toBeCloseTo(total, 6);
    }
    // The shipped data have planned lifts: they stay "planned", never in the completed figure.
    expect(lifts?.value.planned).toBeGreaterThan(0);
    expect(lifts?.value.completed).toBeLessThan(lifts?.value.total ?? 0);
  });

  it('sends the room to resident mode at share_url, else at the page’s own address, without its hash', () => {
    expect(residentUrl('https://map.example.gov.cn/renewal/', 'http://127.0.0.1:4199/#mode=present')).toBe(
      'https://map.example.gov.cn/renewal/#mode=resident',
    );
    expect(residentUrl('https://a.cn/map/#mode=planner', 'http://x/')).toBe(
      'https://a.cn/map/#mode=resident',
    );
    expect(residentUrl(undefined, 'http://127.0.0.1:4199/sub/?x=1#mode=present&step=9')).toBe(
      'http://127.0.0.1:4199/sub/?x=1#mode=resident',
    );
  });

  it('draws a QR code that decodes to exactly the address', () => {
    for (const url of [
      'https://map.example.gov.cn/renewal/#mode=resident',
      'http://127.0.0.1:4199/#mode=resident',
    ]) {
      const { rgba, w } = raster(url);
      expect(jsQR(rgba, w, w)?.data).toBe(url);
    }
    // The decoder is not fooled by an empty square of the same size.
    const { w } = raster('https://a.cn/#mode=resident');
    expect(jsQR(new Uint8ClampedArray(w * w * 4).fill(255), w, w)).toBeNull();
  });
});

describe('the presenter view', () => {
  it('S opens it (not with Ctrl/⌘: the browser keeps its shortcuts)', () => {
    expect(keyAction({ key: 's' }, false)).toEqual({ kind: 'speaker' });
    expect(keyAction({ key: 'S' }, false)).toEqual({ kind: 'speaker' });
    expect(keyAction({ key: 's', ctrlKey: true }, false)).toBeNull();
  });

  it('shows the elapsed time as mm:ss, then h:mm:ss', () => {
    expect(formatElapsed(0)).toBe('00:00');
    expect(formatElapsed(65_400)).toBe('01:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});

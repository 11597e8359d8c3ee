import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../../src/data/exportData';
import type { Dataset } from '../../src/data/load';
import { maxTileSize, offsetCentre, tilePlan } from '../../src/map/tilePlan';
import {
  metresPerCssPx,
  mmToPx,
  pageCorners,
  pageLayout,
  pageMm,
  pageRatio,
  SCALES,
  zoomForScale,
} from '../../src/modes/planner/print/paper';
import { pictureRatio } from '../../src/modes/planner/tools/mapPicture';
import { attributionLines } from '../../src/modes/planner/tools/pictureText';

const CENTRE: [number, number] = [106.58, 29.56];

describe('paper', () => {
  it('A4 and A3 in mm, turned for the orientation', () => {
    expect(pageMm('A4', 'portrait')).toEqual({ width: 210, height: 297 });
    expect(pageMm('A4', 'landscape')).toEqual({ width: 297, height: 210 });
    expect(pageMm('A3', 'landscape')).toEqual({ width: 420, height: 297 });
  });

  it('pixels at the print resolution: an A4 landscape page at 200 dpi is 2339 × 1654', () => {
    const l = pageLayout({ paper: 'A4', orientation: 'landscape', scale: 5000, dpi: 200 });
    expect([l.width, l.height]).toEqual([2339, 1654]);
    expect(mmToPx(25.4, 300)).toBe(300);
    // The page keeps the paper's aspect ratio (√2), and the frame sits inside the margins.
    expect(l.width / l.height).toBeCloseTo(Math.SQRT2, 2);
    expect(l.frame.x).toBeGreaterThan(0);
    expect(l.frame.x * 2 + l.frame.width).toBe(l.width);
    expect(l.frame.y * 2 + l.frame.height).toBe(l.height);
    expect(l.cssWidth * l.ratio).toBeCloseTo(l.frame.width, -0.5);
  });
});

describe('scale', () => {
  it('1:5000 at 96 CSS px per inch: a CSS pixel is 1.323 m on the ground', () => {
    expect(metresPerCssPx(5000)).toBeCloseTo((5000 * 0.0254) / 96, 9);
    expect(metresPerCssPx(5000)).toBeCloseTo(1.3229, 4);
    expect(pageRatio(192)).toBe(2);
  });

  it('the zoom for a scale makes MapLibre’s metres per pixel equal the scale’s, at the latitude', () => {
    for (const s of SCALES)
      for (const lat of [0, 29.56, 45, 60]) {
        const z = zoomForScale(s, lat);
        expect(metresPerPixel(z, lat) / metresPerCssPx(s)).toBeCloseTo(1, 9);
      }
    // Twice the scale number is one zoom level out; further north (Mercator stretches), a lower zoom.
    expect(zoomForScale(2000, 30) - zoomForScale(4000, 30)).toBeCloseTo(1, 9);
    expect(zoomForScale(5000, 50)).toBeLessThan(zoomForScale(5000, 30));
  });

  it('true on the ground: 10 cm of an A4 page at 1:5000 is 500 m by Turf, ±0.5%', () => {
    const z = zoomForScale(5000, CENTRE[1]);
    const px = (100 / 25.4) * 96; // 10 cm in CSS pixels
    for (const bearing of [0, 30]) {
      const a = offsetCentre(CENTRE, z, bearing, -px / 2, 0);
      const b = offsetCentre(CENTRE, z, bearing, px / 2, 0);
      const m = distance(a, b, { units: 'meters' });
      expect(Math.abs(m - 500) / 500).toBeLessThan(0.005);
    }
    const l = pageLayout({ paper: 'A4', orientation: 'landscape', scale: 5000, dpi: 200 });
    // The frame is 281 mm wide (297 less two 8 mm margins): 1405 m at 1:5000.
    expect(l.groundWidth).toBeCloseTo(1405, -1);
  });
});

describe('the page’s outline on the map', () => {
  it('its corners are as far apart as the page’s ground, by Turf, and turn with the map', () => {
    const spec = { paper: 'A3' as const, orientation: 'portrait' as const, scale: 2000, dpi: 200 };
    const l = pageLayout(spec);
    for (const bearing of [0, 45]) {
      const [tl, tr, br, bl] = pageCorners(spec, CENTRE, bearing);
      expect(Math.abs(distance(tl, tr, { units: 'meters' }) / l.groundWidth - 1)).toBeLessThan(0.005);
      expect(Math.abs(distance(tr, br, { units: 'meters' }) / l.groundHeight - 1)).toBeLessThan(0.005);
      expect(Math.abs(distance(br, bl, { units: 'meters' }) / l.groundWidth - 1)).toBeLessThan(0.005);
    }
    // Unturned, the top left corner is north-west of the centre; turned 90°, north-east.
    const [tl] = pageCorners(spec, CENTRE, 0);
    expect(tl[0]).toBeLessThan(CENTRE[0]);
    expect(tl[1]).toBeGreaterThan(CENTRE[1]);
    const [tl90] = pageCorners(spec, CENTRE, 90);
    expect(tl90[0]).toBeGreaterThan(CENTRE[0]);
    expect(tl90[1]).toBeGreaterThan(CENTRE[1]);
  });
});

describe('tiles', () => {
  it('the largest tile is the GPU’s smallest limit, never above 4096', () => {
    expect(maxTileSize({ maxRenderbuffer: 16384, maxViewport: [32767, 32767], maxTexture: 16384 })).toBe(
      4096,
    );
    expect(maxTileSize({ maxRenderbuffer: 8192, maxViewport: [3000, 8192], maxTexture: 8192 })).toBe(3000);
  });

  it('one tile when the view fits one buffer', () => {
    const p = tilePlan(3840, 2100, 1, 4096);
    expect(p.tiles).toEqual([{ x: 0, y: 0 }]);
    expect([p.cssWidth, p.cssHeight, p.width, p.height]).toEqual([3840, 2100, 3840, 2100]);
  });

  it('equal tiles that cover the view, none larger than the limit', () => {
    for (const [w, h, r, max] of [
      [3840, 2100, 2, 4096],
      [1920, 1080, 2.5, 4096],
      [1123, 794, 200 / 96, 1000],
      [5000, 300, 1.5, 2048],
    ]) {
      const p = tilePlan(w, h, r, max);
      expect(Math.round(p.cssWidth * r)).toBeLessThanOrEqual(max);
      expect(Math.round(p.cssHeight * r)).toBeLessThanOrEqual(max);
      const cols = new Set(p.tiles.map((t) => t.x)).size;
      const rows = new Set(p.tiles.map((t) => t.y)).size;
      expect(cols * rows).toBe(p.tiles.length);
      expect(cols * p.cssWidth).toBeGreaterThanOrEqual(w);
      expect((cols - 1) * p.cssWidth).toBeLessThan(w);
      expect(rows * p.cssHeight).toBeGreaterThanOrEqual(h);
      expect([p.width, p.height]).toEqual([Math.round(w * r), Math.round(h * r)]);
    }
    // A 3840-wide map at 2×: 7680 × 4200 device pixels in 2 × 2 tiles of 1920 × 1050 CSS pixels.
    const p = tilePlan(3840, 2100, 2, 4096);
    expect(p.tiles).toHaveLength(4);
    expect([p.cssWidth, p.cssHeight]).toEqual([1920, 1050]);
  });

  it('a tile’s camera is the view’s centre moved on screen, turned with the bearing', () => {
    // At zoom 0 the world is 512 pixels: 256 pixels right is 180° east.
    expect(offsetCentre([0, 0], 0, 0, 256, 0)[0]).toBeCloseTo(180, 9);
    expect(offsetCentre(CENTRE, 15, 0, 0, 0)).toEqual([
      expect.closeTo(CENTRE[0], 9),
      expect.closeTo(CENTRE[1], 9),
    ]);
    // Down on screen is south; with the map turned 90° (east up), right on screen is south.
    const z = 16;
    expect(offsetCentre(CENTRE, z, 0, 0, 100)[1]).toBeLessThan(CENTRE[1]);
    const turned = offsetCentre(CENTRE, z, 90, 100, 0);
    expect(turned[1]).toBeLessThan(CENTRE[1]);
    expect(turned[0]).toBeCloseTo(CENTRE[0], 9);
    // Up on a map turned 90° is east.
    expect(offsetCentre(CENTRE, z, 90, 0, -100)[0]).toBeGreaterThan(CENTRE[0]);
  });
});

describe('the PNG’s pixel ratio', () => {
  it('the screen’s real pixels, at least 2× for a small map, up to a 3840-pixel picture', () => {
    expect(pictureRatio(1280, 1)).toBe(2);
    expect(pictureRatio(3840, 1)).toBe(1);
    expect(pictureRatio(2560, 1)).toBe(1.5);
    expect(pictureRatio(1920, 2)).toBe(2);
    expect(pictureRatio(2560, 2)).toBe(2);
    expect(pictureRatio(390, 3)).toBe(3);
  });
});

describe('the credits on a picture or a page', () => {
  it('the data set’s lines, then the base map’s, each once', () => {
    const with_ = (basemap: unknown) =>
      attributionLines({ site: { attribution: ['© OSM', 'Natural Earth'], basemap } } as unknown as Dataset);
    expect(with_(undefined)).toEqual(['© OSM', 'Natural Earth']);
    expect(with_({ type: 'raster', tiles: [], attribution: '天地图 GS(2024)0568号' })).toEqual([
      '© OSM',
      'Natural Earth',
      '天地图 GS(2024)0568号',
    ]);
    expect(with_({ type: 'pmtiles', url: 'x.pmtiles', attribution: '© OSM' })).toEqual([
      '© OSM',
      'Natural Earth',
    ]);
  });
});

/**
 * Bad input in the browser: fuzzed data files served to the app's loader, fuzzed URLs on load and
 * through `hashchange`, and a lost WebGL context. The map never throws, names what is broken and
 * keeps drawing the rest.
 */
import { expect, test } from '@playwright/test';
import { type DataMutationKind, mutateData } from '../../scripts/fuzz/dataMutations';
import { randomHashes } from '../../scripts/fuzz/hashMutations';
import { rng } from '../../scripts/fuzz/random';
import { parseHash } from '../../src/state/url';
import { geoText, LAYER_IDS, ReliabilityDriver } from './reliabilityDriver';

// Generous: other builds and browsers share this machine.
test.describe.configure({ timeout: 240_000 });

// 20 breaking mutations, four files at a time (5 page loads), every kind that must break a file.
const BREAKING: DataMutationKind[] = [
  'truncate',
  'coord-nan-string',
  'coord-null',
  'coord-huge',
  'coord-infinite',
  'coord-nan-literal',
  'swap-axes',
  'drop-key',
  'wrong-type',
  'deep-nesting',
  'bom-truncated',
  'wrong-geometry',
  'empty',
  'not-a-collection',
  'bad-status',
  'huge-file',
];
const FUZZ_LAYERS = LAYER_IDS.filter((id) => id !== 'context');
const r = rng(77);
const loads = Array.from({ length: 5 }, (_, load) =>
  [0, 1, 2, 3].map((k) => {
    const id = FUZZ_LAYERS[(load * 4 + k) % FUZZ_LAYERS.length];
    const file = `${id}.geojson`;
    return { id, file, ...mutateData(geoText(file), id, BREAKING[(load * 4 + k) % BREAKING.length], r) };
  }),
);

test('fuzzed data files: each broken file is named, the other layers still draw, nothing throws', async ({
  page,
}) => {
  const map = new ReliabilityDriver(page);
  for (const [i, batch] of loads.entries()) {
    await test.step(`load ${i}: ${batch.map((m) => `${m.kind} of ${m.file}`).join(', ')}`, async () => {
      await map.serveData(Object.fromEntries(batch.map((m) => [m.file, m.text])));
      await page.goto('about:blank');
      await map.open(i % 2 ? 'year=2027' : '');
      const errors = map.dataErrors;
      for (const m of batch) await expect(errors).toContainText(m.file);
      const named = await errors.locator('code.file-name').allInnerTexts();
      for (const id of LAYER_IDS) {
        const broken = named.includes(`${id}.geojson`);
        if (broken) await expect(map.layerToggle(id)).toBeDisabled();
        else await expect(map.layerToggle(id)).toBeEnabled();
      }
      // Only the broken files (and a layer whose cross-file references they break) are left out.
      expect(named.length).toBeLessThanOrEqual(batch.length + 1);
      expect(map.pageErrors).toEqual([]);
    });
  }
});

const hashes = randomHashes(120, rng(30))
  .filter((h) => parseHash(h).autoplay === null && h.length < 4000)
  .slice(0, 30);

test('fuzzed URLs on load and by hashchange: no uncaught error, defaults used, map idle', async ({
  page,
}) => {
  const map = new ReliabilityDriver(page);
  const expectState = async (h: string) => {
    const want = parseHash(h);
    await expect(page.locator('.app')).toHaveClass(new RegExp(`\\bmode-${want.mode}\\b`));
    await expect(page.locator('html')).toHaveAttribute('lang', want.lang === 'en' ? 'en' : 'zh-CN');
    await map.waitForMapIdle();
    expect(map.pageErrors, h).toEqual([]);
  };
  expect(hashes.length).toBe(30);
  for (const h of hashes.slice(0, 5)) {
    await page.goto(`./${h}`);
    await expectState(h);
  }
  await page.goto('./');
  await map.waitForMapIdle();
  for (const h of hashes.slice(5)) {
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, h);
    await page.waitForTimeout(50);
    await expectState(h);
  }
  expect(await map.xss()).toBeUndefined();
});

test('a lost WebGL context comes back with its layers, filters and URL', async ({ page }) => {
  const map = new ReliabilityDriver(page);
  await map.open('layers=context,areas,communities&year=2025');
  const yellow: [number, number, number] = [0xf2, 0xcf, 0x3b];
  const before = await map.countPixels(yellow, 30);
  expect(before).toBeGreaterThan(500);
  const hash = await page.evaluate(() => window.location.hash);

  await page.evaluate(() => {
    const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
    const gl = canvas.getContext('webgl2') as WebGL2RenderingContext;
    const ext = gl.getExtension('WEBGL_lose_context') as WEBGL_lose_context;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect(map.map).toHaveAttribute('data-map-state', 'loading');
  await page.waitForTimeout(300);
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await map.waitForMapIdle();

  const after = await map.countPixels(yellow, 30);
  expect(after).toBeGreaterThan(before * 0.8);
  expect(after).toBeLessThan(before * 1.25);
  expect(await page.evaluate(() => window.location.hash)).toBe(hash);
  await expect(map.layerToggle('pocket-parks')).not.toBeChecked();
  expect(map.pageErrors).toEqual([]);
});

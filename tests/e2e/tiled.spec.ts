/**
 * A data folder drawn from PMTiles, its panels reading the archive's summary (`npm run tiles`, then
 * `layers_pmtiles` and `layers_summary` in site.json), next to the built app with no rebuild: the
 * same picture, labels and figures as from the GeoJSON, without fetching one GeoJSON file;
 * features clickable with their facts; a broken summary named on screen while the layers still
 * come from their GeoJSON files.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { FeatureCollection, Polygon } from 'geojson';
import { buildPmtiles } from '../../scripts/tiles/buildTiles';
import { summaryName, tileFolder } from '../../scripts/tiles/tileFolder';
import { labelPoint } from '../../src/data/derive';
import { ToolsDriver } from './toolsDriver';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const FOLDER = 'tiled-test';
const OUT = join(process.env.E2E_DIST ?? 'dist', FOLDER);
const SUMMARY = summaryName('layers.pmtiles');
const LAYERS = (
  JSON.parse(readFileSync('public/geo/layers.json', 'utf8')) as { layers: Array<{ id: string }> }
).layers.map((l) => l.id);

test.beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync('public/geo', OUT, { recursive: true });
  const cut = await tileFolder(OUT);
  if (!cut.ok) throw new Error(cut.problems.map((p) => p.message_en).join('; '));
  writeFileSync(join(OUT, 'layers.pmtiles'), cut.archive);
  writeFileSync(join(OUT, SUMMARY), cut.summary);
  const site = JSON.parse(readFileSync(join(OUT, 'site.json'), 'utf8'));
  writeFileSync(
    join(OUT, 'site.json'),
    JSON.stringify({ ...site, layers_pmtiles: 'layers.pmtiles', layers_summary: SUMMARY }),
  );
});

test.afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Every layer's headline figure in the legend, and the labels written on the map. */
async function figures(app: ToolsDriver) {
  const counts: Record<string, string> = {};
  for (const id of LAYERS) {
    const count = app.layerCount(id);
    if (await count.count()) counts[id] = (await count.textContent()) ?? '';
  }
  return { counts, labels: (await app.labels.textContent()) ?? '' };
}

test('the same picture, labels and figures as from the GeoJSON, without fetching any GeoJSON', async ({
  page,
}) => {
  const app = new ToolsDriver(page);
  await app.open();
  await expect(app.layerCount('communities')).toHaveText(/\d+ 个/);
  const fromGeojson = await figures(app);
  expect(Object.keys(fromGeojson.counts).length).toBeGreaterThanOrEqual(5);
  expect(fromGeojson.labels).toContain('中心梯道片区');
  const yellowGeojson = await app.countPixels([0xf2, 0xcf, 0x3b], 30);

  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  // The tiles' protocol arrives after the panels' data: the map's idle in between, before its
  // layers are added, once counted as drawn.
  await page.route('**/pmtilesProtocol-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto(`./?data=${FOLDER}/`);
  await app.waitForMapIdle();
  // Idle means drawn: the archive's shapes are on screen at once.
  expect(await app.countPixels([0xf2, 0xcf, 0x3b], 30)).toBeGreaterThan(1000);
  // A map drawn from tiles may be idle before the panels have their data: wait for the figures.
  await expect(app.layerCount('communities')).toHaveText(fromGeojson.counts.communities);
  await expect(app.labels).toHaveText(fromGeojson.labels);
  expect(await figures(app)).toEqual(fromGeojson);
  const yellowTiles = await app.countPixels([0xf2, 0xcf, 0x3b], 30);
  expect(yellowTiles).toBeGreaterThan(1000);
  expect(Math.abs(yellowTiles - yellowGeojson) / yellowGeojson).toBeLessThan(0.05);
  const ours = asked.filter((p) => p.includes(`/${FOLDER}/`));
  expect(ours.some((p) => p.endsWith('/layers.pmtiles'))).toBe(true);
  expect(ours.some((p) => p.endsWith(`/${SUMMARY}`))).toBe(true);
  expect(ours.filter((p) => p.endsWith('.geojson'))).toEqual([]);
  await expect(app.dataErrors).toHaveCount(0);
  expect(app.consoleErrors).toEqual([]);
});

test('a feature drawn from the tiles is clickable, with its facts', async ({ page }) => {
  const app = new ToolsDriver(page);
  const communities = JSON.parse(readFileSync('public/geo/communities.geojson', 'utf8')) as FeatureCollection<
    Polygon,
    Record<string, unknown>
  >;
  const first = communities.features[0];
  const [lon, lat] = labelPoint(first).geometry.coordinates;
  await page.goto(`./?data=${FOLDER}/#map=17/${lat}/${lon}&layers=communities`);
  await app.waitForMapIdle();
  await expect(app.layerCount('communities')).toHaveText(/\d+ 个/);
  const { x, y } = await app.screenPoint([lon, lat]);
  await page.mouse.click(x, y);
  await expect(app.featureName).toHaveText(String(first.properties?.name));
  // Its selection ring (drawn from the panels' copy of the feature, not from the tiles).
  await app.waitForMapIdle();
  expect(await app.countPixels([0x00, 0xa3, 0xff], 40)).toBeGreaterThan(200);
  await expect(page.locator('[data-fact="households"] dd')).toContainText(
    String(first.properties?.households),
  );
});

test('a broken summary is named on screen; the panels read the GeoJSON instead', async ({ page }) => {
  const app = new ToolsDriver(page);
  const good = readFileSync(join(OUT, SUMMARY), 'utf8');
  writeFileSync(join(OUT, SUMMARY), '{"format": "something else", "layers": 3}');
  try {
    await page.goto(`./?data=${FOLDER}/`);
    await app.waitForMapIdle();
    await expect(app.dataErrors).toContainText(SUMMARY);
    await expect(app.dataErrors).toContainText('npm run tiles');
    await expect(app.layerCount('communities')).toHaveText(/\d+ 个/);
  } finally {
    writeFileSync(join(OUT, SUMMARY), good);
  }
});

test('an archive without a layer the catalogue draws, or none at all, is named on screen; the rest still draws', async ({
  page,
}) => {
  const app = new ToolsDriver(page);
  const archive = join(OUT, 'layers.pmtiles');
  const good = readFileSync(archive);
  // As an older `npm run tiles` cut it: the layers' shapes, no zone label points.
  const shapes = new Map(
    LAYERS.map((id) => [
      id,
      JSON.parse(readFileSync(`public/geo/${id}.geojson`, 'utf8')) as FeatureCollection,
    ]),
  );
  writeFileSync(archive, buildPmtiles(shapes).bytes);
  try {
    await page.goto(`./?data=${FOLDER}/`);
    await app.waitForMapIdle();
    await expect(app.dataErrors).toContainText('layers.pmtiles');
    await expect(app.dataErrors).toContainText('"areas-labels"');
    await expect(app.dataErrors).toContainText('npm run tiles');
    // The works are still drawn from it, and the panels have their figures.
    expect(await app.countPixels([0xf2, 0xcf, 0x3b], 30)).toBeGreaterThan(1000);
    await expect(app.layerCount('communities')).toHaveText(/\d+ 个/);
    // Its × is on top (not under the toolbar in the same corner): a click reaches it and closes it.
    await app.dataErrors.getByRole('button').click();
    await expect(app.dataErrors).toHaveCount(0);

    rmSync(archive);
    await page.goto(`./?data=${FOLDER}/`);
    await expect(app.dataErrors).toContainText('layers.pmtiles');
    await expect(app.dataErrors).toContainText('无法读取');
    await expect(app.layerCount('communities')).toHaveText(/\d+ 个/);
  } finally {
    writeFileSync(archive, good);
  }
});

/**
 * A layer the shipped data do not have — EV chargers, which the speech names — added as one
 * catalogue entry plus one data file next to the built app, with no code change and no rebuild:
 * it must be drawn, in the legend with its figure, switchable, in the URL, clickable with its facts,
 * found by search, in the list and the exports, in the resident's near-me list and in a tour step.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { labelPoint } from '../../src/data/derive';
import { PresenterDriver } from './presenterDriver';
import { ResidentDriver } from './residentDriver';
import { ToolsDriver } from './toolsDriver';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const FOLDER = 'ev-test';
const OUT = join(process.env.E2E_DIST ?? 'dist', FOLDER);
const MAGENTA: [number, number, number] = [0xff, 0x00, 0xff];

const ENTRY = {
  id: 'ev-chargers',
  name: { zh: '新能源汽车充电桩', en: 'EV chargers' },
  role: 'work',
  geometry: ['Point'],
  status: true,
  draw: { kind: 'point', color: '#ff00ff' },
  fields: [
    {
      key: 'ports',
      type: 'int',
      required: true,
      unit: { zh: '个', en: 'ports' },
      label: { zh: '充电接口', en: 'Charging ports' },
    },
    { key: 'operator', type: 'text', label: { zh: '运营单位', en: 'Operator' } },
  ],
  measures: [
    {
      id: 'ports',
      kind: 'sum',
      field: 'ports',
      label: { zh: '充电接口', en: 'Charging ports' },
      unit: { zh: '个', en: 'ports' },
    },
    {
      id: 'count',
      kind: 'count',
      label: { zh: '充电站', en: 'Charging sites' },
      unit: { zh: '处', en: 'sites' },
    },
  ],
  search: { fields: ['name', 'name_en'] },
  near_me: { rank: 0 },
};

const geo = (name: string) => JSON.parse(readFileSync(`public/geo/${name}`, 'utf8'));
const stairway = (geo('communities.geojson') as FeatureCollection).features.filter(
  (f) => f.properties?.area === 'stairway',
);
const STATUSES = ['completed', 'under_construction', 'planned'] as const;
/** One charger beside each of five stairway communities (at their label point, a little east). */
const chargers: Array<Feature<Point>> = stairway.slice(0, 5).map((c, i) => {
  const [lon, lat] = labelPoint(c as Feature<Polygon | MultiPolygon, Record<string, unknown>>).geometry
    .coordinates;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Number((lon + 0.0002).toFixed(6)), Number(lat.toFixed(6))] },
    properties: {
      id: `ev-${i + 1}`,
      name: `梯道充电站${i + 1}号`,
      name_en: `Stairway charging site ${i + 1}`,
      area: 'stairway',
      status: STATUSES[i % 3],
      year: [2024, 2026, 2027][i % 3],
      ports: 4 + i * 2,
      operator: '区城投公司',
    },
  };
});
const PORTS = chargers.reduce((s, f) => s + Number(f.properties?.ports), 0);
const DONE_PORTS = chargers
  .filter((f) => f.properties?.status === 'completed')
  .reduce((s, f) => s + Number(f.properties?.ports), 0);

test.beforeAll(() => {
  // A data folder next to the built app: the shipped files, the new layer and its catalogue entry.
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync('public/geo', OUT, { recursive: true });
  const catalogue = geo('layers.json');
  catalogue.layers.push(ENTRY);
  writeFileSync(join(OUT, 'layers.json'), JSON.stringify(catalogue));
  writeFileSync(
    join(OUT, 'ev-chargers.geojson'),
    JSON.stringify({ type: 'FeatureCollection', features: chargers }),
  );
  const tour = geo('tour.json');
  tour.steps.unshift({
    id: 'chargers',
    title: { zh: '充电桩', en: 'EV chargers' },
    caption: {
      zh: '中心梯道片区安排充电接口 {ev-chargers.ports@stairway:all} 个，已建成 {ev-chargers.ports@stairway:completed} 个。',
      en: '{ev-chargers.ports@stairway:all} charging ports in the stairway area, {ev-chargers.ports@stairway:completed} built.',
    },
    fit: ['stairway'],
    layers: ['context', 'areas', 'ev-chargers'],
  });
  writeFileSync(join(OUT, 'tour.json'), JSON.stringify(tour));
});

test.afterAll(() => rmSync(OUT, { recursive: true, force: true }));

const url = (hash: string) => `./?data=${FOLDER}/#${hash}`;

test('a new catalogue entry and file: drawn, in the legend with its figure, switchable and in the link', async ({
  page,
}) => {
  const app = new ToolsDriver(page);
  await page.goto(url('map=16.2/26.5812/101.7190'));
  await app.waitForMapIdle();
  await expect(app.dataErrors).toHaveCount(0);
  // The legend's swatch is magenta too: the map's own points are what goes when the layer is off.
  const onPx = await app.countPixels(MAGENTA, 24);
  const row = page.locator('.layer-row[data-layer="ev-chargers"]');
  await expect(row).toContainText('新能源汽车充电桩');
  await expect(app.layerCount('ev-chargers')).toHaveText(`${PORTS} 个`);

  await app.setLayer('ev-chargers', false);
  const offPx = await app.countPixels(MAGENTA, 24);
  expect(onPx - offPx).toBeGreaterThan(100);
  const off = (await app.hashParams()).get('layers')?.split(',') ?? [];
  expect(off).not.toContain('ev-chargers');
  expect(off).toContain('communities');
  await app.setLayer('ev-chargers', true);
  // All layers on again: the link is back to the default, without `layers=`.
  expect((await app.hashParams()).get('layers')).toBeNull();
  expect(app.consoleErrors).toEqual([]);
});

test('its features are clickable with their facts labelled from the catalogue, and found by search', async ({
  page,
}) => {
  const app = new ToolsDriver(page);
  const c = chargers[0].geometry.coordinates as [number, number];
  await page.goto(url(`map=18/${c[1]}/${c[0]}&layers=context,ev-chargers`));
  await app.waitForMapIdle();
  const { x, y } = await app.screenPoint(c);
  await page.mouse.click(x, y);
  await expect(app.featureName).toHaveText(String(chargers[0].properties?.name));
  await expect(page.locator('[data-fact="ports"] dt')).toHaveText('充电接口');
  await expect(page.locator('[data-fact="ports"] dd')).toHaveText(`${chargers[0].properties?.ports} 个`);
  await expect(page.locator('[data-fact="operator"] dd')).toHaveText('区城投公司');

  await app.type('充电站3');
  await expect(app.options.first()).toContainText(String(chargers[2].properties?.name));
  await expect(app.options.first()).toContainText('新能源汽车充电桩');
  await app.chooseWithKeyboard(String(chargers[2].properties?.name));
  expect((await app.hashParams()).get('sel')).toBe('ev-3');
});

test('it is in the feature list and the CSV and GeoJSON exports', async ({ page }) => {
  const app = new ToolsDriver(page);
  await page.goto(url('layers=ev-chargers'));
  await app.waitForMapIdle();
  await app.openList();
  for (const f of chargers) await expect(app.row(String(f.properties?.id))).toContainText('新能源汽车充电桩');
  const csv = (await app.exportFile('csv')).bytes.toString('utf8');
  expect(csv.split('\r\n').filter((l) => l.startsWith('ev-chargers,')).length).toBe(chargers.length);
  expect(csv.split('\r\n')[0]).toContain('ports');
  const json = JSON.parse((await app.exportFile('geojson')).bytes.toString('utf8'));
  expect(json.features.filter((f: Feature) => f.properties?.layer === 'ev-chargers').length).toBe(
    chargers.length,
  );
});

test('a resident near a charger finds it in the near-me list', async ({ page }) => {
  const resident = new ResidentDriver(page);
  const [lon, lat] = chargers[1].geometry.coordinates;
  await page.goto(url(`mode=resident&at=${lon},${lat}&r=300`));
  await resident.waitForMapIdle();
  const item = resident.list.locator('[data-layer="ev-chargers"]').first();
  await expect(item).toContainText(String(chargers[1].properties?.name));
  await expect(item).toContainText('新能源汽车充电桩');
});

test('a tour step shows it and counts it from the data, by status', async ({ page }) => {
  const presenter = new PresenterDriver(page);
  await page.goto(url('mode=present&step=0'));
  await presenter.waitForMapIdle();
  const body = presenter.captionBody;
  await expect(body).toHaveText(`中心梯道片区安排充电接口 ${PORTS} 个，已建成 ${DONE_PORTS} 个。`);
  // The step's legend has it, from its catalogue entry; the map (not the legend's swatch) draws it.
  expect(await presenter.legendLayers()).toEqual(['areas', 'ev-chargers']);
  expect(await presenter.countMapPixelsRightOfPanels(MAGENTA, 24)).toBeGreaterThan(5);
});

/**
 * The planner's analysis tools: the cross-table (every number is the metrics function's, checked
 * against Turf on three cells; a number filters the map and the list) and the list's filters.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { area, booleanPointInPolygon, centerOfMass, length, lineString, polygon } from '@turf/turf';
import type { Feature, Point, Polygon } from 'geojson';
import { listRecords } from '../../src/data/exportData';
import { STATUSES } from '../../src/data/types';
import { toMu } from '../../src/data/units';
import { formatMeasureNumber } from '../../src/metrics/format';
import { worksInZone } from '../../src/metrics/zoneFilter';
import { readData } from './plannerDriver';
import { ToolsDriver } from './toolsDriver';

test.describe.configure({ timeout: 90_000 });

const data = readData();
const { catalogue, metrics, layers } = data;
const zoneShape = (layer: string, id: string) =>
  layers.get(layer)?.features.find((f) => f.properties?.id === id) as Feature<Polygon>;
const shown = (layer: string, measure: string, v: number) => {
  const m = catalogue.measure(layer, measure);
  if (!m) throw new Error(`no measure ${layer}:${measure}`);
  return formatMeasureNumber(m, v, 'zh');
};
const dataTotal = catalogue.sites.reduce((n, e) => n + (layers.get(e.id)?.features.length ?? 0), 0);

test.describe('cross-table', () => {
  test('three cells equal the metrics function and Turf, split by status', async ({ page }) => {
    const app = new ToolsDriver(page);
    await app.open();
    await app.openCrossTable();

    // 1. Lifts in the pilot zone: Turf's point-in-polygon sum of `units`.
    const pilot = zoneShape('pilot-zone', 'pilot-zone');
    const lifts = (layers.get('elevators')?.features ?? [])
      .filter((f) => booleanPointInPolygon(f.geometry as Point, pilot))
      .reduce((n, f) => n + Number(f.properties?.units ?? 0), 0);
    // 2. Communities in the central stairway area: Turf's centre of mass inside the area.
    const stairway = zoneShape('areas', 'stairway');
    const communities = (layers.get('communities')?.features ?? []).filter((f) =>
      booleanPointInPolygon(centerOfMass(f), stairway),
    ).length;
    // 3. Pocket parks of the whole district, in 亩: Turf's area.
    const parksMu = (layers.get('pocket-parks')?.features ?? []).reduce((n, f) => n + toMu(area(f)), 0);

    const cells: Array<[string, string, string, number]> = [
      ['pilot-zone', 'elevators', 'lifts', lifts],
      ['stairway', 'communities', 'count', communities],
      ['district', 'pocket-parks', 'mu', parksMu],
    ];
    for (const [zone, layer, measure, turf] of cells) {
      const v = metrics.value({ layer, measure, zone });
      if (!v) throw new Error(`no value for ${zone} ${layer}:${measure}`);
      expect(turf, `${zone} ${layer}:${measure}`).toBeGreaterThan(0);
      expect(v.total).toBeCloseTo(turf, 6);
      await expect(app.crossNumber(zone, layer, measure, 'total')).toHaveText(shown(layer, measure, turf));
      for (const st of STATUSES)
        await expect(app.crossNumber(zone, layer, measure, st)).toHaveText(shown(layer, measure, v[st]));
    }

    // The year slider moves the split: at the end of 2027 every planned work is done.
    await app.page.goto('about:blank');
    await app.open('year=2027');
    await app.openCrossTable();
    const v2027 = metrics.value({ layer: 'communities', measure: 'count', zone: 'stairway', year: 2027 });
    await expect(app.crossNumber('stairway', 'communities', 'count', 'completed')).toHaveText(
      shown('communities', 'count', v2027?.completed ?? -1),
    );
    expect(v2027?.completed).not.toBe(
      metrics.value({ layer: 'communities', measure: 'count', zone: 'stairway' })?.completed,
    );
  });

  test('a measure that counts only some works (架空线入地) lists just those, until its chip is cleared', async ({
    page,
  }) => {
    const where = catalogue.measure('pipelines', 'underground_km')?.where;
    expect(where).toBeTruthy();
    const zone = 'stairway';
    const all = metrics.features({ layer: 'pipelines', zone }).map((f) => String(f.properties?.id));
    const counted = metrics
      .features({ layer: 'pipelines', zone })
      .filter((f) => where?.in.includes(String(f.properties?.[where.field])))
      .map((f) => String(f.properties?.id));
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.length).toBeLessThan(all.length);
    expect(counted).toHaveLength(
      metrics.value({ layer: 'pipelines', measure: 'underground_km', zone })?.features ?? -1,
    );

    const app = new ToolsDriver(page);
    await app.open();
    await app.openCrossTable();
    await app.crossNumber(zone, 'pipelines', 'underground_km', 'total').click();
    await app.settle();
    expect((await app.hashParams()).get('measure')).toBe('pipelines.underground_km');
    await expect(app.table).toBeVisible();
    expect((await app.rowIds()).sort()).toEqual([...counted].sort());
    await expect(page.getByTestId('list-measure')).toContainText('只看：架空线入地');

    await page.getByTestId('list-measure-clear').click();
    await app.settle();
    expect((await app.hashParams()).get('measure')).toBeNull();
    expect((await app.rowIds()).sort()).toEqual([...all].sort());
  });

  test('a number filters the map and the list to its works, and the link says so', async ({ page }) => {
    const app = new ToolsDriver(page);
    await app.open();
    await app.openCrossTable();
    const zone = 'power-plant';
    const v = metrics.value({ layer: 'communities', measure: 'count', zone });
    expect(v?.completed).toBeGreaterThan(0);
    await app.crossNumber(zone, 'communities', 'count', 'completed').click();
    await app.settle();

    const hash = await app.hashParams();
    expect(hash.get('zone')).toBe(zone);
    expect(hash.get('layers')).toBe('context,communities');
    expect(hash.get('status')).toBe('completed');
    // The list: exactly the cell's works, counted in the footer.
    await expect(app.table).toBeVisible();
    const want = metrics
      .features({ layer: 'communities', zone, status: 'completed' })
      .map((f) => String(f.properties?.id));
    expect(want).toHaveLength(v?.completed ?? -1);
    expect((await app.rowIds()).sort()).toEqual([...want].sort());
    await expect(app.listFooter).toContainText(`表中 ${want.length} 项`);
    await expect(app.listZone).toHaveValue(zone);

    // The map: the communities' yellow outside the zone is gone; back to the district it returns.
    const yellow: [number, number, number] = [0xf2, 0xcf, 0x3b];
    const inZone = await app.countPixels(yellow, 30);
    await app.listZone.selectOption('district');
    await app.waitForMapIdle();
    const everywhere = await app.countPixels(yellow, 30);
    expect(inZone).toBeGreaterThan(50);
    expect(everywhere).toBeGreaterThan(inZone * 1.2);
    expect((await app.hashParams()).get('zone')).toBeNull();

    // The same link opened elsewhere shows the same filtered list.
    await app.page.goto('about:blank');
    await app.open(`layers=context,communities&status=completed&zone=${zone}`);
    await app.openList();
    expect((await app.rowIds()).sort()).toEqual([...want].sort());
    expect(app.consoleErrors).toEqual([]);
  });

  test('axe finds nothing in the drawer, with the cross-table and with the list', async ({ page }) => {
    const app = new ToolsDriver(page);
    await app.open();
    await app.openCrossTable();
    const cross = await new AxeBuilder({ page }).include('[data-testid="drawer"]').analyze();
    expect(cross.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await app.crossNumber('stairway', 'elevators', 'lifts', 'total').click();
    await expect(app.table).toBeVisible();
    const list = await new AxeBuilder({ page }).include('[data-testid="drawer"]').analyze();
    expect(list.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});

test.describe('the list as a table', () => {
  test('zone, status and layer filters and "only in view" change what the footer counts', async ({
    page,
  }) => {
    const app = new ToolsDriver(page);
    await app.open();
    await app.openList();
    await expect(app.listFooter).toContainText(`表中 ${dataTotal} 项（数据共 ${dataTotal} 项）`);

    const rowsFor = (s: {
      status?: string[];
      layers?: string[] | null;
      zone?: string | null;
      bbox?: number[];
    }) =>
      listRecords(data, {
        layers: s.layers ?? null,
        status: (s.status ?? [...STATUSES]) as never,
        year: null,
        zoneIds: worksInZone(metrics, s.zone ?? null),
        bbox: (s.bbox as [number, number, number, number]) ?? null,
      }).length;

    await app.listZone.selectOption('stairway');
    const inStairway = rowsFor({ zone: 'stairway' });
    expect(inStairway).toBeLessThan(dataTotal);
    await expect(app.listFooter).toContainText(`表中 ${inStairway} 项`);
    expect((await app.hashParams()).get('zone')).toBe('stairway');

    await app.listStatus('planned').uncheck();
    const notPlanned = rowsFor({ zone: 'stairway', status: ['under_construction', 'completed'] });
    expect(notPlanned).toBeLessThan(inStairway);
    await expect(app.listFooter).toContainText(`表中 ${notPlanned} 项`);
    // The map's own status boxes follow: one filter for the map and the list.
    await expect(app.statusToggle('planned')).not.toBeChecked();

    await app.listLayer.selectOption('elevators');
    const lifts = rowsFor({
      zone: 'stairway',
      status: ['under_construction', 'completed'],
      layers: ['context', 'elevators'],
    });
    await expect(app.listFooter).toContainText(`表中 ${lifts} 项`);
    expect(lifts).toBeGreaterThan(0);
    // One layer listed: its own catalogue fields are columns (an elevator's lifts and floors).
    await expect(app.sortButton(/加装电梯/)).toBeVisible();

    // Only in view: zoom in on the pilot zone, then count what meets the camera.
    await app.listLayer.selectOption('*');
    await app.listZone.selectOption('district');
    await app.listStatus('planned').check();
    await app.page.goto('about:blank');
    await app.open('map=17/26.5797/101.7229');
    await app.openList();
    await app.listInView.check();
    const bbox = await app.viewBounds();
    const inView = rowsFor({ bbox });
    expect(inView).toBeGreaterThan(0);
    expect(inView).toBeLessThan(dataTotal / 3);
    const text = ((await app.listFooter.textContent()) ?? '').match(/表中 (\d+) 项/)?.[1];
    expect(Math.abs(Number(text) - inView)).toBeLessThanOrEqual(1);
    await app.listInView.uncheck();
    await expect(app.listFooter).toContainText(`表中 ${dataTotal} 项`);
  });

  test('the drawer is full width under the map, resizes with the keyboard, and exports what it shows', async ({
    page,
  }) => {
    const app = new ToolsDriver(page);
    await app.open('layers=context,communities&zone=city-origin');
    await app.openList();
    const vp = page.viewportSize();
    const drawer = await app.drawer.boundingBox();
    const map = await app.map.boundingBox();
    if (!vp || !drawer || !map) throw new Error('no boxes');
    expect(drawer.width).toBe(vp.width);
    expect(map.y + map.height).toBeLessThanOrEqual(drawer.y + 1);
    expect(map.height).toBeGreaterThan(200);
    await app.drawerHandle.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    const taller = await app.drawer.boundingBox();
    expect(taller?.height).toBeCloseTo(drawer.height + 80, 0);

    const want = (await app.rowIds()).sort();
    expect(want.length).toBeGreaterThan(0);
    const file = await app.exportFile('geojson');
    const fc = JSON.parse(file.bytes.toString('utf8'));
    expect(fc.features.map((f: { properties: { id: string } }) => f.properties.id).sort()).toEqual(want);
    expect(fc.view.zone).toBe('city-origin');
    const csv = await app.exportFile('csv');
    expect(csv.bytes.toString('utf8').trimEnd().split('\r\n')).toHaveLength(want.length + 1);
  });
});

test.describe('measure', () => {
  // A metre figure from the tool's text: "1.23 公里", "850 米", "12,345 m² · …".
  const metres = (text: string) => {
    const n = Number((text.match(/[\d,.]+/)?.[0] ?? 'NaN').replace(/,/g, ''));
    return text.includes('公里') ? n * 1000 : n;
  };

  test('a known segment and polygon give Turf’s length and area within 1 %', async ({ page }) => {
    const app = new ToolsDriver(page);
    await app.open('map=16/26.58/101.72');
    // South of the centre: clear of the left panel and of the tool's own popup.
    const a: [number, number] = [101.719, 26.5775];
    const b: [number, number] = [101.725, 26.579];
    await app.startMeasure('distance');
    await app.clickAt(a);
    await app.clickAt(b);
    await app.clickAt(b);
    const km = length(lineString([a, b]), { units: 'kilometers' });
    await expect(app.measureResult).not.toContainText('绘制中');
    await expect(app.measureResult).toContainText(/米|公里/);
    const got = metres((await app.measureResult.textContent()) ?? '');
    expect(Math.abs(got - km * 1000) / (km * 1000)).toBeLessThan(0.01);
    // Measuring selects nothing: no panel opened under the clicks.
    await expect(app.featurePanel).toBeHidden();

    const ring: Array<[number, number]> = [a, [101.725, 26.5775], b, [101.719, 26.579]];
    await app.startMeasure('area');
    for (const p of ring) await app.clickAt(p);
    await app.clickAt(ring[0]);
    const m2 = area(polygon([[...ring, ring[0]]]));
    await expect(app.measureResult).toContainText('亩');
    await expect(app.measureResult).toContainText('公顷');
    const gotM2 = metres((await app.measureResult.textContent()) ?? '');
    expect(Math.abs(gotM2 - m2) / m2).toBeLessThan(0.01);

    const axe = await new AxeBuilder({ page }).include('[data-testid="measure-panel"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await app.measureStop.click();
    await app.clickAt([101.72, 26.58]);
    expect(app.consoleErrors).toEqual([]);
  });
});

test.describe('identify', () => {
  test('a click where features overlap lists them all; choosing one shows its facts', async ({ page }) => {
    const app = new ToolsDriver(page);
    const lift = (layers.get('elevators')?.features ?? []).find((f) => {
      const p = f.geometry as Point;
      return booleanPointInPolygon(p, zoneShape('pilot-zone', 'pilot-zone'));
    });
    if (!lift) throw new Error('no lift in the pilot zone');
    const at = (lift.geometry as Point).coordinates as [number, number];
    const community = String(lift.properties?.community);
    await app.open(`map=17.5/${at[1]}/${at[0]}`);
    const p = await app.screenPoint(at);
    await page.mouse.click(p.x, p.y);
    await expect(app.identifyList).toBeVisible();
    const ids = await app.identifyIds();
    // The lift, its community, the pilot zone and the area around them: everything under the click.
    for (const id of [String(lift.properties?.id), community, 'pilot-zone', 'stairway'])
      expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    const axe = await new AxeBuilder({ page }).include('[data-testid="feature-panel"]').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await app.identifyChoice(community).click();
    expect((await app.hashParams()).get('sel')).toBe(community);
    await expect(app.featureName).toHaveText(
      String(
        layers.get('communities')?.features.find((f) => f.properties?.id === community)?.properties?.name,
      ),
    );
    await expect(app.identifyList).toBeVisible();
  });
});

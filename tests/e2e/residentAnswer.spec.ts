/**
 * The resident's answer on a phone: the summary sentence against Turf, the groups (every work of
 * the circle in exactly one place, lifts by community, works in the same street merged), "when
 * does it disturb me" against the data's months, places outside the programme, the sheet's three
 * heights with the circle in view, who to ask, the legend, and axe on the open answer.
 */

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import { expectedNear, fmt, inside, ResidentDriver, readLayer } from './residentDriver';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
test.describe.configure({ timeout: 90_000 });

const elevators = readLayer('elevators').features;
const pipes = readLayer('pipelines').features;
const communities = readLayer('communities').features;
const site = JSON.parse(readFileSync('public/geo/site.json', 'utf8'));
const catalogue = JSON.parse(readFileSync('public/geo/layers.json', 'utf8'));
const disturbance = catalogue.layers.find((l: { id: string }) => l.id === 'pipelines').disturbance;
/** What the pipelines' `disturbance` says a work of this kind may cut. */
const noteOf = (kind: unknown) => (disturbance.values[String(kind)] ?? disturbance.default).zh;
/** In the central stairway area, between the pilot zone's power and telecom lines. */
const stairway = inside(communities.find((c) => c.properties?.id === 'c-069') as Feature);
/** A place in the district, outside every area, with no work within 500 m (checked below). */
const lonely: [number, number] = [101.709, 26.591];

const props = (f: Feature) => (f.properties ?? {}) as Record<string, unknown>;

test('the summary states each kind of work with its status, as Turf counts the circle', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  const expected = await r.expectListMatchesTurf();
  await expect(r.summary).toContainText('步行10分钟内（约500米）：');
  const lifts = elevators.filter((e) => expected.some((x) => x.id === e.properties?.id));
  const units = (s: string) =>
    lifts.filter((e) => e.properties?.status === s).reduce((n, e) => n + Number(e.properties?.units), 0);
  const total = units('completed') + units('under_construction') + units('planned');
  const split = [
    units('completed') && `已完成 ${units('completed')}`,
    units('under_construction') && `施工中 ${units('under_construction')}`,
    units('planned') && `计划 ${units('planned')}`,
  ].filter(Boolean);
  await expect(r.summaryLine('elevators')).toHaveText(
    new RegExp(`^加装电梯 ${total} 部（${split.join('，')}）[；。]$`),
  );
  // pipelines are stated as sections by status, never "added"
  const near = pipes.filter((p) => expected.some((x) => x.id === p.properties?.id));
  await expect(r.summaryLine('pipelines')).toContainText(`管网改造 ${near.length} 段`);
  await expect(r.summary).not.toContainText('新增');
});

test('groups: folded to a line with a count, every work in one place, lifts by community, same-street works merged', async ({
  page,
}) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  const expected = await r.expectListMatchesTurf();
  const rows = await r.listed();
  // folded: nothing of a group shows until its line is tapped
  await expect(r.items.first()).toBeHidden();
  for (const g of new Set(rows.map((x) => x.group))) {
    const n = rows.filter((x) => x.group === g).reduce((k, x) => k + x.ids.length, 0);
    await expect(r.groupToggle(g)).toHaveAttribute('data-count', String(n));
    await expect(r.groupToggle(g)).toHaveAttribute('aria-expanded', 'false');
  }
  // the lifts group's line counts buildings, and says how many are done
  const liftRows = rows.filter((x) => x.layer === 'elevators');
  const liftIds = liftRows.flatMap((x) => x.ids);
  const done = elevators.filter(
    (e) => liftIds.includes(String(e.properties?.id)) && e.properties?.status === 'completed',
  );
  await expect(r.groupToggle('lifts')).toContainText(`${liftIds.length} 栋`);
  await expect(r.groupToggle('lifts')).toContainText(`已完成 ${done.length}`);
  // a row of lifts holds one community's lifts, and no community has two rows
  const communityOf = (id: string) => elevators.find((e) => e.properties?.id === id)?.properties?.community;
  const seen = new Set<unknown>();
  for (const row of liftRows) {
    const c = new Set(row.ids.map(communityOf));
    expect(c.size, row.ids.join(' ')).toBe(1);
    expect(seen.has([...c][0])).toBe(false);
    seen.add([...c][0]);
  }
  // the pilot zone's power and telecom lines in the same street are one row
  const pipeRows = rows.filter((x) => x.layer === 'pipelines');
  expect(pipeRows.some((x) => x.ids.includes('pl-01') && x.ids.includes('pl-04'))).toBe(true);
  expect(pipeRows.length).toBeLessThan(expected.filter((e) => e.layer === 'pipelines').length);
  // a tap opens a group: its rows are numbered in one sequence with the other groups
  await r.groupToggle('roadworks').tap();
  await expect(r.groupToggle('roadworks')).toHaveAttribute('aria-expanded', 'true');
  const merged = r.item('pl-04');
  await expect(merged).toBeVisible();
  await expect(merged).toContainText('电力 · 架空线入地');
  await expect(merged).toContainText('通信 · 架空线入地');
  const first = rows.findIndex((x) => x.group === 'roadworks') + 1;
  await expect(r.group('roadworks').locator('.near-item-n').first()).toHaveText(String(first));
  // distances are straight-line and say so; no walking minutes that could exceed the radius' ten
  await expect(merged.getByTestId('item-distance')).toHaveText(/^直线约[\d,]+米$/);
  await expect(r.list).not.toContainText('步行约');
});

test('when does it disturb me: the works that dig, by their months, today marked and the next named', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-03-15T10:00:00'));
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  const expected = await r.expectListMatchesTurf();
  const open = pipes
    .filter((p) => expected.some((x) => x.id === p.properties?.id) && p.properties?.status !== 'completed')
    .map(props)
    .sort(
      (a, b) => String(a.start).localeCompare(String(b.start)) || String(a.end).localeCompare(String(b.end)),
    );
  expect(open.length).toBeGreaterThan(2);
  await expect(r.timelineRows).toHaveCount(open.length);
  const shown = await r.timelineRows.evaluateAll((els) =>
    els.map((el) => [
      el.getAttribute('data-feature-id'),
      el.getAttribute('data-start'),
      el.getAttribute('data-end'),
    ]),
  );
  expect(shown).toEqual(open.map((p) => [p.id, p.start, p.end]));
  // in March 2026: the works going on then that end first
  const now = open.filter((p) => String(p.start) <= '2026-03' && String(p.end) >= '2026-03');
  now.sort((a, b) => String(a.end).localeCompare(String(b.end)));
  const m = (ym: string) => Number(ym.slice(5, 7));
  const y = (ym: string) => ym.slice(0, 4);
  const range = (a: string, b: string) =>
    y(a) === y(b) ? `${y(a)}年${m(a)}月–${m(b)}月` : `${y(a)}年${m(a)}月–${y(b)}年${m(b)}月`;
  const next = now[0];
  await expect(r.nextDisturbance).toHaveText(
    `现在：${next.name}，${range(String(next.start), String(next.end))}，${noteOf(next.kind)}`,
  );
  await expect(r.timeline).toContainText('竖线是今天（2026年3月）');
  await expect(r.timeline).toContainText(
    `截至${site.as_of.slice(0, 4)}年${Number(site.as_of.slice(5, 7))}月`,
  );
});

test('a place outside every area with nothing near says so and offers the nearest area', async ({ page }) => {
  const district = readLayer('context').features.find((f) => f.properties?.kind === 'district') as Feature;
  expect(booleanPointInPolygon(lonely, district as never)).toBe(true);
  expect(expectedNear(lonely, 500)).toEqual([]);
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(lonely)}&r=500`);
  await expect(r.outsideNotice).toHaveAttribute('data-kind', 'outside-programme');
  await expect(r.outsideNotice).toContainText('不在四个重点片区内');
  await expect(r.outsideNotice).toContainText(/最近的重点片区是.+片区，直线约/);
  await r.outsideGo.tap();
  await expect(r.outsideNotice).toHaveCount(0);
  await expect(r.groupToggle('areas')).toContainText('您在');
  await r.expectListMatchesTurf();
});

test('a place outside the district says it is outside', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident('at=101.600000,26.500000&r=500');
  await expect(r.outsideNotice).toHaveAttribute('data-kind', 'outside-district');
  await expect(r.outsideNotice).toContainText('不在X区');
  await expect(r.outsideGo).toBeVisible();
});

test('map first: the sheet peeks under half the screen, and the circle stays above it at every height', async ({
  page,
}) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  await r.expectListMatchesTurf();
  const north: [number, number] = [stairway[0], stairway[1] + 500 / 111195];
  const south: [number, number] = [stairway[0], stairway[1] - 500 / 111195];
  const heights: number[] = [];
  for (const snap of ['peek', 'half', 'full']) {
    await expect(r.sheetHandle).toHaveAttribute('data-snap', snap);
    await r.waitForMapIdle();
    const sheet = await r.sheet.boundingBox();
    heights.push(sheet?.height ?? 0);
    if (snap === 'peek') expect(sheet?.y ?? 0).toBeGreaterThanOrEqual(844 / 2);
    const top = await r.screenPoint(north);
    const bottom = await r.screenPoint(south);
    expect(bottom.y, `${snap}: the circle above the sheet`).toBeLessThanOrEqual((sheet?.y ?? 0) + 1);
    expect(top.y, `${snap}: the circle below the top bar`).toBeGreaterThan(0);
    await r.sheetHandle.tap();
  }
  expect(heights[0]).toBeLessThan(heights[1]);
  expect(heights[1]).toBeLessThan(heights[2]);
  // a tap on full goes back to the peek; the arrow keys move a height at a time
  await expect(r.sheetHandle).toHaveAttribute('data-snap', 'peek');
  await r.sheetHandle.focus();
  await page.keyboard.press('ArrowUp');
  await expect(r.sheetHandle).toHaveAttribute('data-snap', 'half');
  await page.keyboard.press('ArrowDown');
  await expect(r.sheetHandle).toHaveAttribute('data-snap', 'peek');
});

test('dragging the handle up raises the sheet and it settles at the nearest height', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  await r.expectListMatchesTurf();
  const box = await r.sheetHandle.boundingBox();
  if (!box) throw new Error('no handle');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let k = 1; k <= 10; k++) await page.mouse.move(x, y - k * 60);
  await page.mouse.up();
  await expect(r.sheetHandle).toHaveAttribute('data-snap', 'full');
  const full = await r.sheet.boundingBox();
  expect(full?.y ?? 844).toBeLessThan(844 / 3);
  // a short drag down from full settles at half, not at the peek
  const b2 = await r.sheetHandle.boundingBox();
  if (!b2) throw new Error('no handle');
  await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height / 2);
  await page.mouse.down();
  for (let k = 1; k <= 5; k++) await page.mouse.move(b2.x + b2.width / 2, b2.y + b2.height / 2 + k * 40);
  await page.mouse.up();
  await expect(r.sheetHandle).toHaveAttribute('data-snap', 'half');
});

test('the privacy note is shown once, then folded into a "?"', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident();
  await expect(r.locatePrivacy).toBeVisible();
  await page.reload();
  await r.waitForMapIdle();
  await expect(r.locatePrivacy).toBeHidden();
  await page.getByTestId('locate-privacy-toggle').tap();
  await expect(r.locatePrivacy).toBeVisible();
  await expect(r.locatePrivacy).toContainText('不会上传或保存');
});

test('who to ask, the legend, and no serious axe finding with the answer open', async ({ page }) => {
  const r = new ResidentDriver(page);
  await r.openResident(`at=${fmt(stairway)}&r=500`);
  await r.expectListMatchesTurf();
  await r.groupToggle('roadworks').tap();
  const links = r.contactsIn(r.group('roadworks'));
  await expect(links).toHaveCount(site.contacts.length);
  for (const c of site.contacts)
    await expect(links.filter({ hasText: c.tel })).toHaveAttribute('href', `tel:${c.tel}`);
  const lifts = r.contactsIn(r.group('lifts'));
  await expect(lifts).toHaveCount(site.contacts.filter((c: { groups?: string[] }) => !c.groups).length);
  await r.legend.locator('summary').tap();
  for (const name of ['老旧小区改造', '口袋公园', '加装电梯', '管网改造', '滨江空间'])
    await expect(r.legend).toContainText(name);
  await expect(r.legend).toContainText('您选的位置');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} on ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad).toEqual([]);
});

/**
 * The production setup: deploy/nginx.conf serving the build (started by scripts/nginx-test.sh,
 * which sets E2E_BASE_URL and E2E_SITE_ROOT, a copy of the site these tests may change), the
 * service worker that keeps the map working offline, and the presentation pack.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DeployDriver, nginxCsp, startPack, unpackedPack } from './deployDriver';

const siteRoot = process.env.E2E_SITE_ROOT ?? '';
const dist = process.env.E2E_DIST ?? 'dist';
const dataFiles = () => readdirSync(join(siteRoot, 'geo')).filter((f) => /\.(json|geojson)$/.test(f));

test.skip(!process.env.E2E_BASE_URL || !siteRoot, 'runs against nginx: scripts/nginx-test.sh');
test.use({ serviceWorkers: 'allow' });

test('nginx sends the security, cache and gzip headers, answers ranges and falls back to the page', async ({
  request,
}) => {
  const page = await request.get('./');
  expect(page.status()).toBe(200);
  const h = page.headers();
  expect(h['content-security-policy']).toBe(nginxCsp());
  const html = await page.text();
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  // Both policies apply; the header adds only what a meta element cannot carry.
  if (meta) expect(nginxCsp()).toBe(`${meta[1]}; frame-ancestors 'self'`);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy']).toContain('geolocation=(self)');
  expect(h['cache-control']).toBe('no-cache');

  // The largest script of the first load (the entry itself is a few hundred bytes, under
  // gzip_min_length: it only imports the app's chunk and MapLibre's).
  const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const size = (f: string) => statSync(join(siteRoot, f)).size;
  const script = scripts.sort((a, b) => size(b) - size(a))[0] ?? '';
  const js = await request.get(script);
  expect(js.headers()['cache-control']).toContain('immutable');
  expect(js.headers()['content-encoding']).toBe('gzip');
  expect(js.headers()['content-security-policy']).toBe(nginxCsp());
  const worker = readdirSync(join(siteRoot, 'assets')).find((f) => f.endsWith('.mjs')) ?? '';
  expect((await request.get(`assets/${worker}`)).headers()['content-type']).toMatch(/^text\/javascript/);

  const geo = await request.get('geo/communities.geojson');
  expect(geo.headers()['content-type']).toMatch(/^application\/geo\+json/);
  expect(geo.headers()['content-encoding']).toBe('gzip');
  expect(geo.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('geo/site.json')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('sw.js')).headers()['cache-control']).toBe('no-cache');

  expect((await request.get('geo/no-such-file.json')).status()).toBe(404);
  expect((await request.get('assets/no-such-file.js')).status()).toBe(404);
  const deep = await request.get('some/old/link');
  expect(deep.status()).toBe(200);
  expect(await deep.text()).toContain('<div id="root">');

  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));
  writeFileSync(join(siteRoot, 'geo', 'range-test.pmtiles'), bytes);
  try {
    const part = await request.get('geo/range-test.pmtiles', { headers: { Range: 'bytes=100-199' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe('bytes 100-199/4096');
    expect(Buffer.compare(await part.body(), bytes.subarray(100, 200))).toBe(0);
  } finally {
    rmSync(join(siteRoot, 'geo', 'range-test.pmtiles'));
  }
});

for (const [mode, hash] of [
  ['planner', ''],
  ['resident', 'mode=resident'],
  ['present', 'mode=present'],
] as const) {
  test(`${mode} mode behind nginx reaches idle with no console error and no CSP violation`, async ({
    page,
  }) => {
    const map = await DeployDriver.create(page);
    await map.open(hash);
    await expect(map.labels).toContainText('中心梯道片区');
    // Give the service worker time to register: a policy that blocked it would show here.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(await map.cspViolations()).toEqual([]);
    expect(map.consoleErrors).toEqual([]);
    expect(map.foreignRequests).toEqual([]);
  });
}

test('after one visit the map works offline: reload with the network off reaches idle with all layers', async ({
  page,
  context,
}) => {
  test.slow(); // two full loads of the map
  const map = await DeployDriver.create(page);
  await map.open();
  await map.waitForOfflineReady(dataFiles().length);

  await context.setOffline(true);
  const fromWorker: string[] = [];
  page.on('response', (r) => {
    if (/\/geo\/[^/]+$/.test(new URL(r.url()).pathname) && r.fromServiceWorker() && r.ok()) {
      fromWorker.push(new URL(r.url()).pathname.split('/').pop() ?? '');
    }
  });
  await page.reload();
  await map.waitForMapIdle();
  for (const name of ['中心梯道片区', '电厂滨江片区', '城市原点片区', '山巷片区']) {
    await expect(map.labels).toContainText(name);
  }
  await expect(map.dataErrors).toHaveCount(0);
  // layers.json and site.json twice: the page reads them itself to start the map, the data worker too.
  expect(fromWorker.sort()).toEqual([...dataFiles(), 'layers.json', 'site.json'].sort());
  // What loads later (the list, the other modes: their own chunks) comes from the precache too.
  await page.getByTestId('list-toggle').click();
  await expect(page.getByTestId('feature-table')).toBeVisible();
  await page.getByTestId('mode-select').selectOption('resident');
  await expect(page.getByTestId('resident')).toContainText('身边的更新');
  expect(await map.cspViolations()).toEqual([]);
  expect(map.consoleErrors).toEqual([]);
});

test('data changed on the server: the next visit says "数据已更新" and the one after shows it', async ({
  page,
}) => {
  const file = join(siteRoot, 'geo', 'site.json');
  const original = readFileSync(file, 'utf8');
  test.slow(); // three full loads of the map
  const map = await DeployDriver.create(page);
  await map.open();
  await map.waitForOfflineReady(dataFiles().length);
  await expect(map.dataUpdateNotice).toHaveCount(0);

  const site = JSON.parse(original) as { attribution: string[] };
  site.attribution = [...site.attribution, '更新测试 / update test'];
  writeFileSync(file, JSON.stringify(site, null, 2));
  try {
    await page.reload();
    await map.waitForMapIdle();
    // Stale-while-revalidate: this visit still shows the cached copy, and says a newer one came.
    await expect(map.dataUpdateNotice).toContainText('数据已更新');
    await expect(map.attribution).not.toContainText('更新测试');

    await map.refreshButton.click();
    await map.waitForMapIdle();
    await expect(map.attribution).toContainText('更新测试');
    await page.waitForTimeout(500);
    await expect(map.dataUpdateNotice).toHaveCount(0);
  } finally {
    writeFileSync(file, original);
  }
});

test.describe('the presentation pack', () => {
  const hasPython = (() => {
    try {
      execFileSync('python3', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  let folder = '';
  test.beforeAll(() => {
    folder = unpackedPack(dist);
  });
  test.afterAll(() => rmSync(join(folder, '..'), { recursive: true, force: true }));

  for (const server of ['python', 'node'] as const) {
    test(`start-linux.sh with ${server} serves the site and its data on 127.0.0.1`, async ({
      request,
      page,
    }) => {
      test.skip(server === 'python' && !hasPython, 'no python3 on this machine');
      const pack = await startPack(folder, Number(process.env.E2E_PACK_PORT ?? 4191), server);
      try {
        const index = await request.get(pack.url);
        expect(index.status()).toBe(200);
        expect(await index.text()).toContain('<div id="root">');
        const site = await request.get(`${pack.url}geo/site.json`);
        expect(site.headers()['content-type']).toMatch(/^application\/json/);
        expect((await site.json()).title.zh).toContain('老城焕新');
        const worker = readdirSync(join(folder, 'site', 'assets')).find((f) => f.endsWith('.mjs'));
        const js = await request.get(`${pack.url}assets/${worker}`);
        expect(js.headers()['content-type']).toMatch(/^text\/javascript/);
        if (server === 'python') {
          const map = await DeployDriver.create(page);
          await page.goto(`${pack.url}#mode=present`);
          await map.waitForMapIdle();
          expect(map.consoleErrors).toEqual([]);
          expect(map.foreignRequests).toEqual([]);
        }
      } finally {
        pack.stop();
      }
    });
  }
});

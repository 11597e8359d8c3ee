import { chromium } from '@playwright/test';
const [,, url, out, w, h, dpr, ...actions] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--use-angle=swiftshader','--enable-unsafe-swiftshader'] });
const ctx = await b.newContext({ viewport: { width: +w, height: +h }, deviceScaleFactor: +dpr || 1, serviceWorkers: 'block' }); const p = await ctx.newPage();
p.on('pageerror', e => console.log('ERR', e.message));
await p.goto(url);
await p.waitForSelector('[data-map-state="idle"]', { timeout: 90000 });
for (const a of actions) {
  if (a.startsWith('click:')) await p.locator(a.slice(6)).first().click();
  else if (a.startsWith('wait:')) await p.waitForTimeout(+a.slice(5));
  else if (a.startsWith('eval:')) console.log(await p.evaluate(a.slice(5)));
}
await p.waitForTimeout(1500);
await p.screenshot({ path: out });
await b.close();

/**
 * Firefox ESR (Debian's firefox-esr) driven by puppeteer-core over WebDriver BiDi. Headless, but it
 * still needs an X display for WebGL: the suite runs under xvfb-run.
 */
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { type Engine, EngineUnavailable } from './engine';
import { within } from './util';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export async function startFirefox(debuggingPort: number): Promise<Engine> {
  if (!existsSync(FIREFOX)) {
    throw new EngineUnavailable(`${FIREFOX} not found: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  }
  if (!process.env.DISPLAY) {
    throw new EngineUnavailable('no X display, and Firefox has no WebGL without one: run under xvfb-run -a');
  }
  const browser = await within(
    60_000,
    `starting ${FIREFOX}`,
    puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      debuggingPort,
      protocolTimeout: 30_000,
      // No first-run pages, updates or telemetry on a test profile.
      extraPrefsFirefox: { 'browser.shell.checkDefaultBrowser': false, 'app.update.enabled': false },
    }),
  );
  const version = (await browser.version()).replace(/^firefox\//i, '');
  const page = await browser.newPage();
  const protocolErrors: string[] = [];
  page.on('pageerror', (e) => protocolErrors.push(`page error (BiDi): ${e}`));
  page.on('console', (m) => {
    if (m.type() === 'error') protocolErrors.push(`console.error (BiDi): ${m.text()}`);
  });
  return {
    name: `Firefox ESR ${version}`,
    protocolErrors,
    async load(url, width, height) {
      await page.setViewport({ width, height });
      // A new document each time, even when only the hash differs from the page shown.
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    },
    js: <T>(expression: string) => page.evaluate(`(${expression})`) as Promise<T>,
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    async screenshot() {
      return Buffer.from(await page.screenshot({ type: 'png' }));
    },
    async close() {
      await within(20_000, 'closing Firefox', browser.close()).catch(() =>
        browser.process()?.kill('SIGKILL'),
      );
    },
  };
}

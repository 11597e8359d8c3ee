/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver, which starts MiniBrowser) driven by
 * selenium-webdriver over classic WebDriver. MiniBrowser is a real window: it needs an X display
 * (xvfb-run) and will not go narrower than about 447 px.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Builder, Key, Origin } from 'selenium-webdriver';
import { type Engine, EngineUnavailable } from './engine';
import { within } from './util';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** MiniBrowser ships in libwebkit2gtk-4.1-0 under the multiarch library folder. */
function miniBrowser(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  let arch = 'x86_64-linux-gnu';
  try {
    arch = execFileSync('dpkg-architecture', ['-qDEB_HOST_MULTIARCH'], { encoding: 'utf8' }).trim();
  } catch {
    // dpkg-dev is not installed everywhere; the default is the common case.
  }
  return `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`;
}

async function driverReady(port: number, proc: ChildProcess): Promise<void> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new EngineUnavailable(`WebKitWebDriver exited (${proc.exitCode})`);
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status?.value?.ready) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new EngineUnavailable(`WebKitWebDriver did not answer on port ${port} within 15 s`);
}

export async function startWebKit(driverPort: number): Promise<Engine> {
  const binary = miniBrowser();
  for (const [path, hint] of [
    [DRIVER, 'apt-get install webkit2gtk-driver (or set WEBKIT_DRIVER_PATH)'],
    [binary, 'apt-get install webkit2gtk-driver (or set MINIBROWSER_PATH)'],
  ]) {
    if (!existsSync(path)) throw new EngineUnavailable(`${path} not found: ${hint}`);
  }
  if (!process.env.DISPLAY)
    throw new EngineUnavailable('no X display for MiniBrowser: run under xvfb-run -a');
  const proc = spawn(DRIVER, [`--port=${driverPort}`], { stdio: 'ignore' });
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill();
    await new Promise((r) => proc.once('exit', r));
  };
  try {
    await driverReady(driverPort, proc);
    const driver = await within(
      60_000,
      'starting MiniBrowser through WebKitWebDriver',
      new Builder()
        .usingServer(`http://127.0.0.1:${driverPort}`)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        })
        .build(),
    );
    const version = String((await driver.getCapabilities()).get('browserVersion') ?? '?');
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const window = driver.manage().window();
    return {
      name: `WebKitGTK ${version}`,
      protocolErrors: [],
      async load(url, width, height) {
        // The window includes MiniBrowser's toolbar: size it so the page gets width × height.
        await window.setRect({ width, height });
        const chrome = await driver.executeScript<number>('return window.outerHeight - window.innerHeight');
        if (chrome > 0) await window.setRect({ width, height: height + chrome });
        await driver.get('about:blank');
        await driver.get(url);
      },
      js: (expression) => driver.executeScript(`return (${expression});`),
      click: (x, y) =>
        driver
          .actions()
          .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
          .click()
          .perform(),
      press: () => driver.actions().sendKeys(Key.ARROW_RIGHT).perform(),
      async screenshot() {
        return Buffer.from(await driver.takeScreenshot(), 'base64');
      },
      async close() {
        await within(20_000, 'closing MiniBrowser', driver.quit()).catch(() => undefined);
        await stop();
      },
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The old-browser driver: makes this Chromium look like an engine that cannot run the app (a bundle
 * it cannot parse, no WebGL2, a missing built-in) and reads the plain message of public/compat.js.
 */
import { expect, type Page } from '@playwright/test';
import { MapDriver } from './driver';

/** What an engine before ES2022 rejects (a class static block), plus garbage every engine rejects. */
export const UNPARSABLE_BUNDLE = 'class A { static { x } } ) ] garbage { export const';

export class CompatDriver extends MapDriver {
  /** Requests for the app's entry script that were answered with the unparsable body. */
  servedUnparsable = 0;

  /** Records every `securitypolicyviolation` before any script runs: the message must obey the CSP. */
  static async create(page: Page): Promise<CompatDriver> {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    return new CompatDriver(page);
  }

  /** The app's entry JS (`assets/index-*.js`) becomes a body the engine cannot parse. */
  async serveUnparsableBundle() {
    await this.page.route('**/assets/index-*.js', (route) => {
      this.servedUnparsable++;
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: UNPARSABLE_BUNDLE });
    });
  }

  /** The canvas gives no WebGL2 context, as in a browser without it (or with it switched off). */
  async withoutWebGL2() {
    await this.page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (type === 'webgl2') return null;
        return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
  }

  /** Removes `Object.hasOwn`, as in Safari before 15.4. */
  async withoutObjectHasOwn() {
    await this.page.addInitScript(() => {
      delete (Object as { hasOwn?: unknown }).hasOwn;
    });
  }

  /** Opens the page without waiting for the map (it may never come). */
  async openPage(hash = '') {
    await this.page.goto(hash ? `./#${hash}` : './');
  }

  /** compat.js's verdict once it has looked (after `load` and its grace): 'ok' or 'failed'. */
  async compatVerdict(): Promise<string | null> {
    const html = this.page.locator('html');
    await expect(html).toHaveAttribute('data-compat', /^(ok|failed)$/);
    return html.getAttribute('data-compat');
  }

  /** The plain message compat.js puts on the page. */
  get compatMessage() {
    return this.page.getByTestId('compat-message');
  }

  /** The message's Chinese and English parts. */
  get compatZh() {
    return this.compatMessage.locator('section[lang="zh-CN"]');
  }

  get compatEn() {
    return this.compatMessage.locator('section[lang="en"]');
  }

  /** The app's own root element (empty when the bundle did not run). */
  get appRoot() {
    return this.page.locator('#root');
  }

  /** Everything a person can read on the page (rendered text: hidden elements do not count). */
  visibleText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: what is rendered is the point here
    return this.page.evaluate(() => document.body.innerText.trim());
  }

  /** The rendered text of the message alone. */
  messageText(): Promise<string> {
    // biome-ignore lint/performance/useDomNodeTextContent: compared with visibleText, also rendered
    return this.compatMessage.evaluate((el) => (el as HTMLElement).innerText.trim());
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  }

  /** Whether the page scrolls sideways (a message wider than a phone). */
  overflowsSideways(): Promise<boolean> {
    return this.page.evaluate(() => {
      const box = document.getElementById('compat-message');
      return box ? box.scrollWidth > box.clientWidth + 1 : false;
    });
  }
}

/**
 * Helpers for the reliability specs: serving mutated or hostile data files with `page.route`,
 * catching uncaught errors and CSP violations from the first script on, and measuring whether a
 * panel's text overflows its box.
 */
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { MapDriver } from './driver';

/** Layer files in registry order (public/geo/<id>.geojson). */
export const LAYER_IDS = [
  'context',
  'areas',
  'pilot-zone',
  'communities',
  'pocket-parks',
  'elevators',
  'pipelines',
  'riverside',
];

export const geoText = (file: string) => readFileSync(`public/geo/${file}`, 'utf8');

export class ReliabilityDriver extends MapDriver {
  readonly pageErrors: string[] = [];

  constructor(page: Page) {
    super(page);
    page.on('pageerror', (err) => this.pageErrors.push(String(err)));
  }

  /** Records `securitypolicyviolation` events from before the page's first script. */
  async watchCsp() {
    await this.page.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(
      () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    );
  }

  /** Serves these data files (name → text) instead of the shipped ones; others pass through. */
  async serveData(files: Record<string, string>) {
    await this.page.unrouteAll({ behavior: 'ignoreErrors' });
    await this.page.route(/\/geo\/[^/?#]+\.(geo)?json(\?.*)?$/, (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      const body = files[name];
      if (body === undefined) return route.continue();
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
  }

  xss(): Promise<unknown> {
    return this.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
  }

  /**
   * Those of these panels that overflow sideways: a panel whose content is wider than its
   * box (unless the panel scrolls), a panel or any element inside it that sticks out of the
   * viewport (unless inside a box that scrolls sideways). Visually hidden text is left out.
   */
  async overflowing(panels: Locator[]): Promise<string[]> {
    return panels
      .reduce((all, p) => all.or(p))
      .evaluateAll((found: HTMLElement[]) => {
        const out: string[] = [];
        const vw = document.documentElement.clientWidth;
        const scrollsX = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
        const cls = (el: Element | null) =>
          el ? `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}` : '';
        const name = (el: HTMLElement) => `${cls(el.parentElement)} > ${cls(el)}`;
        const sticksOut = (el: HTMLElement) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && (r.right > vw + 1 || r.left < -1);
        };
        for (const panel of found) {
          if (panel.getClientRects().length === 0 || panel.closest('.visually-hidden')) continue;
          const id = panel.dataset.testid ?? name(panel);
          if (sticksOut(panel)) out.push(`${id} sticks out of the viewport`);
          // 2 px of slack: a progress bar's goal mark may sit on the panel's edge.
          if (!scrollsX(panel) && panel.scrollWidth > panel.clientWidth + 2)
            out.push(`${id}: content ${panel.scrollWidth}px wide in a ${panel.clientWidth}px box`);
          for (const el of panel.querySelectorAll<HTMLElement>('*')) {
            if (el.closest('.visually-hidden') || !sticksOut(el)) continue;
            let scroller = false;
            for (let a = el.parentElement; a && a !== panel.parentElement; a = a.parentElement)
              if (scrollsX(a)) scroller = true;
            if (!scroller) out.push(`${id} › ${name(el)} sticks out of the viewport`);
          }
        }
        return [...new Set(out)];
      });
  }

  /** The document as a whole never scrolls sideways. */
  async expectNoPageOverflow() {
    const { sw, cw } = await this.page.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      cw: document.documentElement.clientWidth,
    }));
    expect(sw, 'the page scrolls sideways').toBeLessThanOrEqual(cw);
  }
}

/** The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        cell += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else {
      while (i < text.length && !',\r\n'.includes(text[i])) cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === '\r') i++;
    i++;
  }
  return cells;
}

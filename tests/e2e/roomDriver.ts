/**
 * What the room sees, measured: text sizes, panel backgrounds, the surround's colour at the edge,
 * panels over the credits. A PresenterDriver with those checks, for presenterRoom.spec.ts.
 */
import { PNG } from 'pngjs';
import { PresenterDriver } from './presenterDriver';

export class RoomDriver extends PresenterDriver {
  /**
   * Every line of text a person can see on the presenter's screen that is smaller than `minPx`:
   * the font size of each visible text node's element (visually hidden text, symbols drawn in icons
   * and empty boxes skipped).
   */
  async textsSmallerThan(minPx: number): Promise<string[]> {
    return this.page.evaluate((min) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent?.trim();
        const el = n.parentElement;
        if (!text || !el || el.closest('.visually-hidden, svg[aria-hidden="true"]')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const rects = [...range.getClientRects()].filter(
          (r) =>
            r.width > 1 &&
            r.height > 1 &&
            r.bottom > 0 &&
            r.right > 0 &&
            r.top < innerHeight &&
            r.left < innerWidth,
        );
        const style = getComputedStyle(el);
        if (rects.length === 0 || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
        // Controls that show only on mouse move count too: they are text when they show.
        const px = Number.parseFloat(style.fontSize);
        if (px < min) out.push(`${px.toFixed(1)}px "${text.slice(0, 40)}"`);
      }
      return out;
    }, minPx);
  }

  /** Background colours of the panels that carry text, with their test names: each must be opaque. */
  async panelBackgrounds(): Promise<Array<{ name: string; background: string }>> {
    const names = ['tour-caption', 'tour-legend', 'tour-step', 'tour-targets', 'tour-end', 'attribution'];
    return this.page.evaluate((ids) => {
      return ids.flatMap((id) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (!el) return [];
        // The panel is the element itself or the nearest ancestor that paints a background.
        let box: Element | null = el;
        while (box && getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)') box = box.parentElement;
        return [{ name: id, background: box ? getComputedStyle(box).backgroundColor : 'none' }];
      });
    }, names);
  }

  /**
   * The share of pixels of the surround's old dark colour (#1c1f24, the "wedges") in the strip
   * along the screen's left edge, where the camera leaves the district's outside and no panel is
   * drawn. Dark label text (#2b2b2b) is not that colour.
   */
  async darkShareAtLeftEdge(): Promise<number> {
    const { width, height } = this.size();
    const strip = Math.floor(width * 0.02);
    const png = PNG.sync.read(await this.page.screenshot({ clip: { x: 0, y: 0, width: strip, height } }));
    let n = 0;
    const near = (i: number, v: number) => Math.abs(png.data[i] - v) <= 8;
    for (let i = 0; i < png.data.length; i += 4) if (near(i, 28) && near(i + 1, 31) && near(i + 2, 36)) n++;
    return n / (png.width * png.height);
  }

  /** The panels (legend, caption, targets, end slide) that cover part of the attribution. */
  async panelsOverAttribution(): Promise<string[]> {
    return this.page.evaluate(() => {
      const a = document.querySelector('[data-testid="attribution"]')?.getBoundingClientRect();
      if (!a) return [];
      return ['tour-legend', 'tour-caption', 'tour-targets', 'tour-end'].filter((id) => {
        const b = document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
        return !!b && b.left < a.right && b.right > a.left && b.top < a.bottom && b.bottom > a.top;
      });
    });
  }
}

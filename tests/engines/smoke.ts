/**
 * The smoke steps, the same for every engine: planner, resident and presenter as a person would
 * check them, each on a freshly loaded page. Every failure names the engine and the step; errors the
 * page collected are gathered across the steps and must be none.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Engine, EngineUnavailable } from './engine';
import {
  CLICK_COMMUNITY,
  COMMUNITY_YELLOW,
  expectedNearIds,
  fmt,
  STAIRWAY_PLACE,
  TOUR_STEPS,
} from './expected';
import { BLANK_PATH, serveDist } from './server';
import { countPixels, until, within } from './util';

const DESKTOP = [1280, 800] as const;
/** Narrow enough for the phone layout (< 720 px), wide enough for MiniBrowser (≥ ~447 px). */
const PHONE = [460, 844] as const;

const q = (s: string) => JSON.stringify(s);

export interface EngineSetup {
  /** How the suite names it before it has started. */
  label: string;
  start: () => Promise<Engine>;
  serverPort: number;
}

export function smoke({ label, start, serverPort }: EngineSetup) {
  describe(label, () => {
    let engine: Engine | undefined;
    let server: Awaited<ReturnType<typeof serveDist>> | undefined;
    let startFailure: string | undefined;
    let step = 'start';
    /** Errors the pages collected, with their step: each load replaces the page and its list. */
    const collected: Array<{ step: string; text: string }> = [];
    const listed = (errs: typeof collected) => errs.map((e) => `[${e.step}] ${e.text}`).join('\n  ');
    const base = `http://127.0.0.1:${serverPort}/`;

    const use = (): Engine => {
      if (!engine) throw new Error(`${label} cannot run here: ${startFailure}`);
      return engine;
    };
    const harvest = async () => {
      const e = use();
      const errs = await e.js<string[] | null>(
        'window.__engineSmoke ? window.__engineSmoke.errors.splice(0) : null',
      );
      if (errs === null)
        throw new Error('the page has no error collector (dist/index.html not served by the test?)');
      for (const text of [...errs, ...e.protocolErrors.splice(0)]) collected.push({ step, text });
    };
    /** The map's idle hook, and whether the page has thrown (then it will not get there). */
    const mapState = () =>
      use().js<{ state: string | null; thrown: string | null }>(`({
        state: document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') ?? null,
        thrown: (window.__engineSmoke?.errors ?? []).find((e) => /^(page error|unhandled rejection)/.test(e)) ?? null,
      })`);

    /** Loads the app at this hash and size and waits for the map's idle hook. */
    const open = async (hash: string, [w, h]: readonly [number, number]) => {
      await within(45_000, `loading ${base}#${hash}`, use().load(`${base}#${hash}`, w, h));
      const { state, thrown } = await until(
        'the map reaches its idle hook (data-map-state="idle")',
        mapState,
        (s) => s.state === 'idle' || s.state === 'error' || s.thrown !== null,
        // Generous: a shared 2-core machine under load takes ~20 s for a first load in WebKit.
        45_000,
      );
      if (state !== 'idle' && thrown) throw new Error(`the map is not drawn (state: ${state}): ${thrown}`);
      if (state === 'error') {
        const screen = await use().js<string>(
          `document.querySelector('[data-testid="error-screen"]')?.innerText ?? ''`,
        );
        throw new Error(`the app shows its error screen instead of the map: ${screen.replace(/\s+/g, ' ')}`);
      }
    };
    const yellow = async () => countPixels(await use().screenshot(), COMMUNITY_YELLOW);
    /** Scrolls the element into view and clicks its centre with the mouse. */
    const clickTestId = async (id: string) => {
      const box = await use().js<{ x: number; y: number } | null>(`(() => {
        const el = document.querySelector('[data-testid=${q(id)}]');
        if (!el) return null;
        el.scrollIntoView({ block: 'center' });
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`);
      if (!box) throw new Error(`no element [data-testid="${id}"] on the page`);
      await use().click(box.x, box.y);
    };
    const hashParam = (key: string) =>
      use().js<string | null>(`new URLSearchParams(location.hash.slice(1)).get(${q(key)})`);

    /** A screenshot of the failed step, for a person to look at (test-results/ is not committed). */
    const keepScreenshot = async (name: string) => {
      const file = `test-results/engines/${label.replace(/\W+/g, '-')}-${name.replace(/\W+/g, '-')}.png`;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, await within(10_000, 'screenshot', use().screenshot()));
        return `\n  screenshot: ${file}`;
      } catch (e) {
        return `\n  (no screenshot: ${(e as Error).message})`;
      }
    };

    /**
     * A test named "<engine> · <step>: <what>". Its failure says the same, what the page logged and
     * where the screenshot is; `note` adds what was measured to the report.
     */
    const check = (name: string, what: string, body: (note: (s: string) => void) => Promise<void>) =>
      test(`${label} · ${name}: ${what}`, async (t) => {
        step = name;
        try {
          await body((s) => t.diagnostic(s));
          await harvest();
        } catch (e) {
          if (engine) await harvest().catch(() => undefined);
          const logged = collected.filter((c) => c.step === name);
          const tail = logged.length ? `\n  the page logged:\n  ${listed(logged)}` : '';
          const shot = engine ? await keepScreenshot(name) : '';
          throw new Error(
            `${engine?.name ?? label} failed at "${name}": ${(e as Error).message}${tail}${shot}`,
          );
        }
      });

    before(async () => {
      let started: Engine | undefined;
      try {
        server = await serveDist(serverPort);
        started = await start();
        // WebGL2 is what the map needs; say so plainly when the engine has none here.
        await started.load(`${base}${BLANK_PATH}`, ...DESKTOP);
        const gl = await started.js<string | null>(`(() => {
          const gl = document.createElement('canvas').getContext('webgl2');
          return gl && !gl.isContextLost() ? gl.getParameter(gl.VERSION) : null;
        })()`);
        if (!gl)
          throw new EngineUnavailable('no WebGL2 in this engine here (no display, or no Mesa driver?)');
        engine = started;
      } catch (e) {
        await started?.close();
        startFailure = `${e instanceof EngineUnavailable ? '' : 'failed to start: '}${(e as Error).message}`;
        // Not thrown here: node:test would mark the steps "cancelled", not failed. Each step fails
        // with this reason instead (use() throws it), so none can pass without having run.
      }
    });

    after(async () => {
      await engine?.close();
      await new Promise((r) => (server ? server.close(r) : r(null)));
    });

    /** The map canvas is not blank: the communities' yellow is on screen. */
    const expectDrawn = async (min: number, note: (s: string) => void) => {
      const n = await yellow();
      note(`${n} pixels of the communities' yellow`);
      if (n < min)
        throw new Error(`only ${n} pixels of the communities' yellow (< ${min}): the map looks blank`);
      return n;
    };
    const isChecked = (id: string) =>
      use().js<boolean>(`document.querySelector('[data-testid=${q(id)}]').checked`);
    const caption = () =>
      use().js<{ id: string | null; text: string } | null>(`(() => {
        const c = document.querySelector('[data-testid="tour-caption"]');
        return c ? { id: c.getAttribute('data-step-id'), text: c.textContent } : null;
      })()`);
    // every work of the circle: the rows of the groups (a row may stand for several) and "my community"
    const nearItems = () =>
      use().js<string[]>(`[
        ...[...document.querySelectorAll('[data-testid="near-me-groups"] .near-item')]
          .flatMap((e) => (e.getAttribute('data-feature-ids') || '').split(' ').filter(Boolean)),
        ...[...document.querySelectorAll('[data-testid="my-community"], [data-testid="community-elevators"] [data-feature-id]')]
          .map((e) => 'home:' + e.getAttribute('data-feature-id')),
      ]`);
    /** The card shows all of the community's lifts; those beyond the radius are not part of the answer. */
    const inAnswer = (ids: string[], expected: string[]) =>
      ids
        .filter((id) => !id.startsWith('home:') || expected.includes(id.slice(5)))
        .map((id) => id.replace(/^home:/, ''));
    const panelName = () =>
      use().js<
        string | null
      >(`document.querySelector('[data-testid="feature-panel"] [data-testid="feature-name"]')
        ?.textContent ?? null`);

    check('planner', "the map draws, with the communities' yellow", async (note) => {
      await open('', DESKTOP);
      await expectDrawn(2000, note);
    });

    check('layer switch', 'the layer panel turns the communities off', async (note) => {
      const before = await yellow();
      await clickTestId('toggle-communities');
      await until(
        'the switch goes off',
        () => isChecked('toggle-communities'),
        (on) => !on,
        5_000,
      );
      const after = await until(
        `the yellow leaves the map (was ${before} px)`,
        yellow,
        (n) => n < before / 4,
      );
      note(`yellow ${before} → ${after} pixels`);
      const layers = await until(
        'the URL names the layers',
        () => hashParam('layers'),
        (l) => l !== null,
      );
      if (layers?.split(',').includes('communities'))
        throw new Error(`the URL still lists it: layers=${layers}`);
    });

    check('feature click', 'a click on a community opens its panel', async () => {
      const [lon, lat] = CLICK_COMMUNITY.at;
      await open(`map=17.5/${lat.toFixed(6)}/${lon.toFixed(6)}`, DESKTOP);
      const map = await use().js<{ x: number; y: number }>(`(() => {
        const r = document.querySelector('[data-testid="map"]').getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      })()`);
      await use().click(map.x, map.y);
      await until(
        `the feature panel names "${CLICK_COMMUNITY.name}"`,
        panelName,
        (t) => t === CLICK_COMMUNITY.name,
      );
    });

    check(
      'resident',
      'at a place in the central stairway area, the list holds what Turf finds',
      async (note) => {
        await open(`mode=resident&at=${fmt(STAIRWAY_PLACE)}&r=500`, PHONE);
        const at = (await hashParam('at')) ?? fmt(STAIRWAY_PLACE);
        const [lon, lat] = at.split(',').map(Number);
        const expected = expectedNearIds([lon, lat], 500);
        if (expected.length === 0) throw new Error(`Turf finds nothing within 500 m of ${at}: bad place`);
        const what = `the ${expected.length} items Turf finds within 500 m of ${at}`;
        const shown = await until(
          `the list shows ${what}`,
          async () => inAnswer(await nearItems(), expected),
          (ids) => ids.length === expected.length,
        );
        const missing = expected.filter((id) => !shown.includes(id));
        const extra = shown.filter((id) => !expected.includes(id));
        if (missing.length || extra.length) {
          throw new Error(
            `the list lacks ${missing.join(', ') || '-'} and has ${extra.join(', ') || '-'} too`,
          );
        }
        note(`${shown.length} items within 500 m`);
        await expectDrawn(500, note);
      },
    );

    check('present', 'step=2 draws, and → brings the next caption', async (note) => {
      await open('mode=present&step=2', DESKTOP);
      const [now, next] = [TOUR_STEPS[2], TOUR_STEPS[3]];
      const first = await until(`the caption shows step "${now}"`, caption, (c) => c?.id === now);
      await expectDrawn(500, note);
      await use().press('ArrowRight');
      await until(
        `→ brings the caption of "${next}"`,
        caption,
        (c) => c?.id === next && c.text !== first?.text,
      );
      await until(
        'the URL says step=3',
        () => hashParam('step'),
        (s) => s === '3',
        5_000,
      );
    });

    test(`${label} · every step: no page error, console error or CSP violation`, () => {
      if (!engine) throw new Error(`${label} cannot run here: ${startFailure}`);
      if (collected.length)
        throw new Error(`${engine.name}: ${collected.length} error(s):\n  ${listed(collected)}`);
    });
  });
}

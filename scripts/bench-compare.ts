/**
 * `npx tsx scripts/bench-compare.ts [--dist DIR] [--runs N] [--port N]`
 *
 * What the two-year comparison costs (README "Two years side by side"): the planner with one map
 * against the planner with `compare=2027` (a second MapLibre map, a second WebGL context), in one
 * run, alternating, median of N: time until every map on the page is idle, the JS heap then, and
 * frame times while a person zooms with the wheel. Not part of `npm test`.
 */
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { launch, startFrames, stopFrames } from './bench/browser';
import { serve } from './bench/server';
import { summarize } from './bench/stats';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const dist = arg('dist', 'dist');
const RUNS = Math.max(1, Number(arg('runs', '5')));
const PORT = Number(arg('port', '4308'));

interface Run {
  idleMs: number;
  heapMb: number;
  frameP95: number;
}

async function once(browser: Browser, hash: string): Promise<Run> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  try {
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
    const idle = (id: string) =>
      page.locator(`[data-testid="${id}"][data-map-state="idle"]`).waitFor({ timeout: 120_000 });
    await Promise.all(hash ? [idle('map'), idle('compare-map')] : [idle('map')]);
    const idleMs = Date.now() - t0;
    const heapMb = await page.evaluate(
      () =>
        ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) /
        2 ** 20,
    );
    await startFrames(page);
    await page.mouse.move(900, 400);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, i < 6 ? -120 : 120);
      await page.waitForTimeout(120);
    }
    const frames = await stopFrames(page);
    return { idleMs, heapMb, frameP95: summarize(frames.slice(1)).p95 };
  } finally {
    await context.close();
  }
}

const server = await serve({ '/': resolve(dist) }, PORT);
const browser = await launch();
const one: Run[] = [];
const two: Run[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      one.push(await once(browser, ''));
      two.push(await once(browser, '#compare=2027'));
    } else {
      two.push(await once(browser, '#compare=2027'));
      one.push(await once(browser, ''));
    }
  }
} finally {
  await browser.close();
  server.close();
}
const med = (rs: Run[], k: keyof Run) => summarize(rs.map((r) => r[k])).median;
console.log(`| | one map | two maps (compare=2027) | ratio |`);
console.log(`|---|---|---|---|`);
for (const [k, label, unit] of [
  ['idleMs', 'time until every map is idle', 'ms'],
  ['heapMb', 'JS heap then', 'MB'],
  ['frameP95', 'frame time p95 while zooming', 'ms'],
] as const) {
  const a = med(one, k);
  const b = med(two, k);
  console.log(`| ${label} | ${a.toFixed(0)} ${unit} | ${b.toFixed(0)} ${unit} | ${(b / a).toFixed(2)}× |`);
}
console.log(`(${RUNS} runs each, alternating, medians; ${dist})`);

/**
 * `npm run lighthouse`: Lighthouse 12.2.3 on the production build, in the same system Chromium and
 * with the same flags as the e2e tests, for the planner, resident and presenter modes. Prints a table
 * of the four categories and exits 1 when accessibility is below 100 or best practices below 95.
 *
 * Lighthouse is fetched by `npx -y lighthouse@12.2.3` on first use and is deliberately not a
 * dependency in package.json: it is large and only this check needs it.
 *
 *   npm run lighthouse                                 # builds dist/ if missing, serves on 4197
 *   npx tsx scripts/lighthouse.ts --dist /tmp/d --port 4206 [--build]
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config from '../playwright.config';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const MODES = [
  ['planner', ''],
  ['resident', 'mode=resident'],
  ['present', 'mode=present'],
] as const;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const dist = arg('dist', 'dist');
const port = Number(arg('port', process.env.LH_PORT ?? '4197'));
const chromium =
  process.env.CHROMIUM_PATH ?? config.use?.launchOptions?.executablePath ?? '/usr/bin/chromium';
const flags = ['--headless=new', ...(config.use?.launchOptions?.args ?? [])];

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

async function main(): Promise<number> {
  if (process.argv.includes('--build') || !existsSync(join(dist, 'index.html'))) {
    console.log(`building into ${dist} …`);
    execFileSync('npx', ['vite', 'build', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit' });
  }
  const base = `http://127.0.0.1:${port}/`;
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    if (server.pid) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  try {
    await waitFor(base, 60_000);
    const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    const rows: Array<{ mode: string; scores: number[] }> = [];
    for (const [mode, hash] of MODES) {
      const report = join(out, `${mode}.json`);
      console.log(`lighthouse: ${mode} …`);
      execFileSync(
        'npx',
        [
          '-y',
          LIGHTHOUSE,
          hash ? `${base}#${hash}` : base,
          '--quiet',
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${flags.join(' ')}`,
          '--max-wait-for-load=90000',
        ],
        { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: chromium } },
      );
      const lhr = JSON.parse(readFileSync(report, 'utf8')) as {
        categories: Record<string, { score: number | null }>;
      };
      rows.push({ mode, scores: CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)) });
    }
    const pad = (s: string | number, n: number) => String(s).padEnd(n);
    console.log(`\n| ${pad('mode', 9)} | ${CATEGORIES.map((c) => pad(c, 14)).join(' | ')} |`);
    console.log(`|${'-'.repeat(11)}|${CATEGORIES.map(() => '-'.repeat(16)).join('|')}|`);
    for (const r of rows)
      console.log(`| ${pad(r.mode, 9)} | ${r.scores.map((s) => pad(s, 14)).join(' | ')} |`);
    const failing = rows.filter((r) => r.scores[1] < 100 || r.scores[2] < 95);
    if (failing.length) {
      console.error(
        `\naccessibility < 100 or best practices < 95 in: ${failing.map((r) => r.mode).join(', ')}`,
      );
      console.error(`reports: ${out}`);
      return 1;
    }
    console.log(`\nreports: ${out}`);
    return 0;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);

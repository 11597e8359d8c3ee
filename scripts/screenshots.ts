/**
 * Screenshots of the built app at the three sizes we look at (desk, phone, 4K wall), for review and
 * for the README. Usage: `npm run build && npm run screenshots -- [--hash "mode=present"] [--out DIR]
 * [--tag NAME] [--dist DIR] [--port N]`.
 * It serves the build itself with `vite preview` on its own port.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const hash = opt('--hash', '');
const out = opt('--out', 'screenshots');
const tag = opt('--tag', hash ? hash.replace(/[^a-z0-9]+/gi, '-').slice(0, 40) : 'default');
const port = Number(opt('--port', '4311'));
const dist = opt('--dist', 'dist');
const sizes = [
  { name: '1280x800', width: 1280, height: 800, scale: 1 },
  { name: '390x844', width: 390, height: 844, scale: 2 },
  { name: '3840x2160', width: 3840, height: 2160, scale: 1 },
];

mkdirSync(out, { recursive: true });
// Its own process group (detached), so the whole npx → vite tree is stopped at the end.
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
  { stdio: 'ignore', detached: true },
);
try {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
    ],
  });
  for (const s of sizes) {
    const page = await browser.newPage({
      viewport: { width: s.width, height: s.height },
      deviceScaleFactor: s.scale,
    });
    await page.goto(`http://127.0.0.1:${port}/${hash ? `#${hash}` : ''}`);
    await page.locator('[data-testid="map"][data-map-state="idle"]').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    const file = `${out}/${tag}-${s.name}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
  await browser.close();
} finally {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

import { defineConfig } from '@playwright/test';

// System Chromium (Debian's `chromium`): Playwright installs no browser of its own here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT and E2E_DIST let several builds be tested side by side (default: dist on 4199).
const port = Number(process.env.E2E_PORT ?? 4199);
const dist = process.env.E2E_DIST ?? 'dist';
// E2E_BASE_URL points the tests at a server that is already running (scripts/nginx-test.sh starts
// nginx with deploy/nginx.conf); then no vite preview is started.
const externalBaseURL = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 45_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: externalBaseURL ?? `http://127.0.0.1:${port}/`,
    // The production build registers a service worker; it would serve later loads from its cache
    // and hide them from page.route. Specs that test it opt in (tests/e2e/deploy.spec.ts).
    serviceWorkers: 'block',
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    },
  },
  webServer: externalBaseURL
    ? undefined
    : {
        command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: false,
        timeout: 30_000,
      },
});

/**
 * Helpers for the deploy specs: CSP violation capture, service-worker waits, the nginx config's
 * policy, and starting the presentation pack's Linux script.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { MapDriver } from './driver';

/** The Content-Security-Policy value of deploy/nginx.conf. */
export function nginxCsp(): string {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const m = /^\s*add_header Content-Security-Policy "([^"]+)" always;/m.exec(conf);
  if (!m) throw new Error('deploy/nginx.conf has no Content-Security-Policy header');
  return m[1];
}

export class DeployDriver extends MapDriver {
  /** Records every `securitypolicyviolation` of the page (and its reloads) before any script runs. */
  static async create(page: Page): Promise<DeployDriver> {
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    return new DeployDriver(page);
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  }

  /** The notice that newer data came from the server than the page shows ("数据已更新"). */
  get dataUpdateNotice() {
    return this.page.getByTestId('data-update-notice');
  }

  /** The notice's button that reloads the page with the newer data. */
  get refreshButton() {
    return this.dataUpdateNotice.getByRole('button', { name: '刷新' });
  }

  /** Waits until the service worker controls the page and has the data files in its cache. */
  async waitForOfflineReady(dataFiles: number) {
    await this.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    await this.page.waitForFunction(
      async (n) => (await (await caches.open('geo-data')).keys()).length >= n,
      dataFiles,
      { timeout: 30_000 },
    );
  }
}

export interface RunningPack {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** Packs `dist` with scripts/pack.ts, unzips it into a temporary folder and returns the folder. */
export function unpackedPack(dist: string): string {
  const out = mkdtempSync(join(tmpdir(), 'renewal-pack-'));
  execFileSync('npx', ['tsx', 'scripts/pack.ts', '--dist', dist, '--out', out], { stdio: 'pipe' });
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
  const files = unzipSync(readFileSync(join(out, `${pkg.name}-${pkg.version}.zip`)));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const target = join(out, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  const folder = join(out, `${pkg.name}-${pkg.version}`);
  chmodSync(join(folder, 'start-linux.sh'), 0o755);
  return folder;
}

/** Runs start-linux.sh as a presenter would (without opening a browser) until it prints its URL. */
export function startPack(folder: string, port: number, server: 'python' | 'node'): Promise<RunningPack> {
  const child = spawn(join(folder, 'start-linux.sh'), [], {
    env: { ...process.env, PORT: String(port), NO_BROWSER: '1', RENEWAL_SERVER: server },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`start-linux.sh printed no URL in 15 s: ${out}`));
    }, 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], process: child, stop });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`start-linux.sh exited with ${code}: ${out}`));
    });
  });
}

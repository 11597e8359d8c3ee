/** Waiting with a limit, and counting pixels in a screenshot. */
import { PNG } from 'pngjs';

/** Resolves with `p`, or rejects after `ms` with `what` (a driver that hangs must not hang the suite). */
export async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Pixels of roughly this colour in a PNG. */
export function countPixels(png: Buffer, [r, g, b]: [number, number, number], tolerance = 30): number {
  const { data } = PNG.sync.read(png);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) {
    const near =
      Math.abs(data[i] - r) <= tolerance &&
      Math.abs(data[i + 1] - g) <= tolerance &&
      Math.abs(data[i + 2] - b) <= tolerance;
    if (near) n++;
  }
  return n;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `read` until `ok` holds; fails with `what` and the last value seen. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  ok: (v: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < end) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch (e) {
      lastError = e;
    }
    await sleep(250);
  }
  const seen = lastError ? String(lastError) : JSON.stringify(last);
  throw new Error(`${what} (waited ${ms / 1000} s; last seen: ${seen})`);
}

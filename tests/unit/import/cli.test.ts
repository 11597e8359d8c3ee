import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp } from './helpers';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
    encoding: 'utf8',
    timeout: 60000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('scripts/import.ts', { timeout: 60000 }, () => {
  it('refuses bad input with one line per problem, exit 1, no stack trace; usage on a bad flag (exit 2)', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.csv'), 'name,lon,lat\n甲,101.72,26.58\n乙,abc,26.58\n');
    const r = cli('--layer', 'elevators', '--from', join(dir, 'a.csv'), '--out', join(dir, 'o.geojson'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `${join(dir, 'a.csv')}: row 3 "乙": no point: column "lon" is "abc", not a number`,
    );
    expect(r.err).toContain('nothing written');
    expect(`${r.out}${r.err}`).not.toMatch(/^\s+at /m);
    const bad = cli('--layer', 'elevators');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('usage:');
  });
});

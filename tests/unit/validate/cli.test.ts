import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID } from './fixtures';

function cli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/validate.ts', ...args], { encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const F = 'tests/fixtures/invalid';
const LINE = /^(\S+): (\$|line \d+, column \d+|[A-Za-z_][\w.[\]"-]*): (warning: )?.+ \/ .+$/;

describe('scripts/validate.ts', { timeout: 60000 }, () => {
  it('exits 1 with PATH: LOCATION: message lines for an invalid file', () => {
    const r = cli('--layer', 'communities', `${F}/bad-status.geojson`);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toContain(
      `${F}/bad-status.geojson: features[1].properties.status: "status" is "done"; expected one of planned, under_construction, completed / "status" 的值 "done" 无效；应为 planned、under_construction、completed 之一`,
    );
    for (const l of lines) expect(l).toMatch(LINE);
    expect(r.err).toMatch(/^1 file, \d+ errors?, \d+ warnings?\n$/);
  });

  it('--json prints { ok, problems }', () => {
    const r = cli('--json', '--layer', 'communities', `${F}/json-syntax.geojson`);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.ok).toBe(false);
    expect(j.problems[0]).toEqual({
      path: `${F}/json-syntax.geojson`,
      location: 'line 3, column 1',
      severity: 'error',
      code: 'json-syntax',
      message_en: expect.any(String),
      message_zh: expect.any(String),
    });
  });

  it('never prints a stack trace, for garbage or a missing file', () => {
    const r = cli(`${F}/garbage.geojson`, `${F}/does-not-exist.geojson`);
    expect(r.code).toBe(1);
    expect(`${r.out}${r.err}`).not.toMatch(/^\s+at /m);
    expect(r.out).toContain(`${F}/does-not-exist.geojson: $: file not found / 文件不存在`);
    expect(r.out).toContain(`${F}/garbage.geojson: line 1, column 1: JSON syntax error`);
  });

  it('warnings alone exit 0', () => {
    const r = cli('--layer', 'communities', `${F}/ring-winding.geojson`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: warning: outer ring is clockwise/);
  });

  it('an unknown flag prints usage and exits 2', () => {
    const r = cli('--frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('usage:');
    expect(r.out).toBe('');
  });

  it('validates a whole data folder with --dir, cross-file rules included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-'));
    for (const [layer, data] of Object.entries(VALID))
      writeFileSync(join(dir, `${layer}.geojson`), JSON.stringify(data));
    // Every data folder carries its layer catalogue; without it nothing can be read.
    const bare = cli('--dir', dir);
    expect(bare.code).toBe(1);
    expect(bare.out).toContain(
      `${join(dir, 'layers.json')}: $: the layer catalogue is missing; every data folder needs layers.json`,
    );
    copyFileSync('public/geo/layers.json', join(dir, 'layers.json'));
    const ok = cli('--dir', dir);
    expect(ok.err).toBe('9 files, 0 errors, 0 warnings\n');
    expect(ok.code).toBe(0);
    const bad = structuredClone(VALID.elevators);
    (bad.features[0].properties as Record<string, unknown>).community = 'gone';
    writeFileSync(join(dir, 'elevators.geojson'), JSON.stringify(bad));
    const r = cli('--dir', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'elevators.geojson: features[0].properties.community: community "gone" does not exist',
    );
  });
});

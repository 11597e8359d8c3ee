import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dir = 'src/i18n/locales';
const keys = (obj: unknown, prefix = ''): string[] =>
  obj && typeof obj === 'object'
    ? Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('locales', () => {
  const files = readdirSync(`${dir}/zh-CN`).filter((f) => f.endsWith('.json'));

  it('zh-CN and en have the same files', () => {
    expect(
      readdirSync(`${dir}/en`)
        .filter((f) => f.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files)('%s: every Chinese string has an English one and vice versa, none empty', (file) => {
    const zh = JSON.parse(readFileSync(`${dir}/zh-CN/${file}`, 'utf8'));
    const en = JSON.parse(readFileSync(`${dir}/en/${file}`, 'utf8'));
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    for (const k of keys(zh)) {
      const value = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], zh);
      if (k) expect(String(value).trim(), `${file}: ${k}`).not.toBe('');
    }
  });
});

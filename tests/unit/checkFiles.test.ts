/**
 * The data worker's messages (src/data/check/checkFiles.ts): the map can start on `start`, draw on
 * `done`, and the page's metrics start with `zones`; a broken site.json is one `fatal` naming it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type CheckMessage, checkFiles, type FetchText } from '../../src/data/check/checkFiles';

const fromDir =
  (dir: string, override: Record<string, string> = {}): FetchText =>
  async (file) => {
    if (file in override) return { text: override[file] };
    try {
      return { text: await readFile(`${dir}/${file}`, 'utf8') };
    } catch {
      return { error: 'HTTP 404', missing: true };
    }
  };

async function messages(fetchText: FetchText): Promise<CheckMessage[]> {
  const out: CheckMessage[] = [];
  await checkFiles(fetchText, (m) => out.push(m));
  return out;
}

describe('checkFiles', () => {
  it('says start, then done with every shipped layer, then the zones', async () => {
    const ms = await messages(fromDir('public/geo'));
    expect(ms.map((m) => m.type)).toEqual(['start', 'done', 'zones']);
    const done = ms[1];
    if (done.type !== 'done') throw new Error('no done');
    expect(done.errors).toEqual([]);
    expect(done.layers.map(([id]) => id)).toContain('pipelines');
    const zones = ms[2];
    if (zones.type !== 'zones') throw new Error('no zones');
    expect(zones.index?.some((e) => e.layer === 'pipelines' && e.zone === 'pilot-zone')).toBe(true);
  });

  it('a site.json that is not JSON is one fatal message naming the file and the line', async () => {
    const ms = await messages(fromDir('public/geo', { 'site.json': '{\n  "title": ' }));
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ type: 'fatal', file: 'site.json' });
  });
});

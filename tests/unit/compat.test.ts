/**
 * public/compat.js runs in the engines that cannot run the app, so it must itself be ES5, use no
 * HTML strings, and be loaded (classic, same origin) before the module; deploy/nginx.conf serves it.
 */
import { readFileSync } from 'node:fs';
import { parse, tokenizer } from 'acorn';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const compat = read('public/compat.js');

describe('public/compat.js', () => {
  it('is ES5: an engine from before ES2015 can parse it', () => {
    expect(() => parse(compat, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // The check itself rejects what it must: an arrow function is not ES5.
    expect(() => parse('var f = () => 1;', { ecmaVersion: 5, sourceType: 'script' })).toThrow();
  });

  it('writes text only, never HTML or code from strings', () => {
    // The names the code uses (comments and strings left out).
    const names = new Set(
      [...tokenizer(compat, { ecmaVersion: 5 })]
        .filter((t) => t.type.label === 'name')
        .map((t) => String((t as { value?: unknown }).value)),
    );
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'write', 'eval', 'Function']) {
      expect(names).not.toContain(bad);
    }
    expect(names).toContain('textContent');
  });

  it('waits for the flag that src/main.tsx sets first', () => {
    expect(compat).toContain('window.__renewalMapStarted === true');
    expect(read('src/main.tsx')).toContain('window.__renewalMapStarted = true;');
  });

  it('has its message in Chinese and English', () => {
    expect(compat).toContain('这个浏览器太旧，无法运行本地图');
    expect(compat).toContain('This browser is too old to run this map');
  });
});

describe('index.html and the server', () => {
  it('loads compat.js as a classic deferred script before the module', () => {
    const html = read('index.html');
    const tag = /<script src="\/compat\.js" defer><\/script>/.exec(html);
    expect(tag).not.toBeNull();
    expect(tag?.index).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('deploy/nginx.conf serves compat.js as a file, never the page in its place', () => {
    expect(read('deploy/nginx.conf')).toMatch(/location = \/compat\.js \{\s*try_files \$uri =404;\s*\}/);
  });
});

/**
 * The Content-Security-Policy: strict (no eval, no inline script, same-origin workers and
 * connections), the same in index.html, in the build's generator and in deploy/nginx.conf's header
 * (which adds only what a meta element cannot carry), and widened only by site.json's base map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapOrigins, CSP_META, cspForSiteFile, cspPolicy, HEADER_ONLY } from '../../scripts/vite-csp';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values.join(' ')]),
  );

describe('Content-Security-Policy', () => {
  it('is strict', () => {
    const d = directives(cspPolicy());
    for (const [, v] of d) {
      expect(v).not.toContain("'unsafe-eval'");
      expect(v).not.toContain("'unsafe-inline'");
      expect(v).not.toContain('*');
    }
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('worker-src')).toBe("'self'");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
  });

  it('index.html carries the default policy (the default site.json has no base map)', () => {
    const meta = CSP_META.exec(read('index.html'))?.[0] ?? '';
    expect(/content="([^"]*)"/.exec(meta)?.[1]).toBe(cspPolicy());
    expect(cspForSiteFile(new URL('public/geo/site.json', root).pathname)).toBe(cspPolicy());
  });

  it('deploy/nginx.conf sends the same policy plus the header-only directives', () => {
    if (!existsSync(new URL('deploy/nginx.conf', root))) return;
    const header = /add_header Content-Security-Policy "([^"]+)"/.exec(read('deploy/nginx.conf'))?.[1];
    expect(header).toBeDefined();
    expect(directives(header ?? '')).toEqual(directives(cspPolicy([], HEADER_ONLY)));
  });

  it('adds the configured base map hosts to connect-src and img-src only', () => {
    const tianditu = {
      type: 'raster',
      tiles: ['https://t0.tianditu.gov.cn/vec_w/wmts?tk={tk}&x={x}', 'https://t1.tianditu.gov.cn/vec_w/wmts'],
      overlay: ['https://t0.tianditu.gov.cn/cva_w/wmts?tk={tk}'],
    };
    const origins = basemapOrigins(tianditu);
    expect(origins).toEqual(['https://t0.tianditu.gov.cn', 'https://t1.tianditu.gov.cn']);
    const d = directives(cspPolicy(origins));
    expect(d.get('connect-src')).toBe("'self' https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn");
    expect(d.get('img-src')).toContain('https://t1.tianditu.gov.cn');
    expect(d.get('script-src')).toBe("'self'");
    expect(basemapOrigins({ type: 'style', url: 'https://tiles.example.org/style.json' })).toEqual([
      'https://tiles.example.org',
    ]);
    expect(basemapOrigins({ type: 'pmtiles', url: 'geo/base.pmtiles' })).toEqual([]);
    expect(basemapOrigins({ type: 'none' })).toEqual([]);
    expect(basemapOrigins({ type: 'raster', tiles: ['javascript:alert(1)', 'https://'] })).toEqual([]);
  });
});

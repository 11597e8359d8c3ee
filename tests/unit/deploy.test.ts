import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packTree, scriptBytes, zipAttributes } from '../../scripts/pack';
import { isDataPath, splitManifest } from '../../src/pwa/dataFiles';

describe('service worker: data files vs app shell', () => {
  it('treats geo/*.json and any .geojson as data, everything else as shell', () => {
    expect(isDataPath('geo/site.json')).toBe(true);
    expect(isDataPath('/town/map/geo/targets.json')).toBe(true);
    expect(isDataPath('/geo/communities.geojson')).toBe(true);
    expect(isDataPath('/elsewhere/extra.geojson')).toBe(true);
    expect(isDataPath('/assets/index-abc.js')).toBe(false);
    expect(isDataPath('/manifest.json')).toBe(false);
    expect(isDataPath('/geo/base.pmtiles')).toBe(false);
    expect(isDataPath('/geo/nested/x.json')).toBe(false);
  });

  it('splits the precache manifest, keeping shell entries as they are', () => {
    const shell = { url: 'assets/index-abc.js', revision: null };
    const { shell: s, data } = splitManifest([
      shell,
      { url: 'index.html', revision: '1' },
      { url: 'geo/site.json', revision: '2' },
      'geo/areas.geojson',
    ]);
    expect(s).toEqual([shell, { url: 'index.html', revision: '1' }]);
    expect(data).toEqual(['geo/site.json', 'geo/areas.geojson']);
  });
});

describe('presentation pack', () => {
  it('gives Windows files CRLF line ends and PowerShell a UTF-8 BOM, leaves Unix scripts alone', () => {
    const text = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
    expect(text(scriptBytes('start-windows.cmd', '@echo off\ncd x\n'))).toBe('@echo off\r\ncd x\r\n');
    expect(text(scriptBytes('start.ps1', 'a\r\nb\n'))).toBe('\uFEFFa\r\nb\r\n');
    expect(text(scriptBytes('start-linux.sh', '#!/bin/sh\necho\n'))).toBe('#!/bin/sh\necho\n');
  });

  it('marks the Unix start scripts executable', () => {
    expect((zipAttributes('start-linux.sh').attrs ?? 0) >>> 16).toBe(0o100755);
    expect((zipAttributes('start-macos.command').attrs ?? 0) >>> 16).toBe(0o100755);
    expect((zipAttributes('index.html').attrs ?? 0) >>> 16).toBe(0o100644);
  });

  it('puts the build under <folder>/site/ and the scripts beside it; refuses a missing build', () => {
    const root = mkdtempSync(join(tmpdir(), 'pack-test-'));
    const dist = join(root, 'dist');
    const scripts = join(root, 'pack');
    mkdirSync(join(dist, 'geo'), { recursive: true });
    mkdirSync(scripts);
    expect(() => packTree(dist, scripts, 'map')).toThrow(/index\.html is missing/);
    writeFileSync(join(dist, 'index.html'), '<html></html>');
    writeFileSync(join(dist, 'geo', 'site.json'), '{}');
    writeFileSync(join(scripts, 'start-linux.sh'), '#!/bin/sh\n');
    expect(Object.keys(packTree(dist, scripts, 'map')).sort()).toEqual([
      'map/site/geo/site.json',
      'map/site/index.html',
      'map/start-linux.sh',
    ]);
  });
});

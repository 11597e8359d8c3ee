/**
 * KML and KMZ (Google Earth, 奥维互动地图, LocaSpace exports). A KMZ is a zip with the KML inside
 * (`doc.kml`, else the first .kml at the top, else the first anywhere); images and other entries are
 * never unpacked. Coordinates are WGS84 by the KML spec, but Chinese apps often write GCJ-02: the
 * CRS check warns about that. Records are `placemark N`. KML is read whole (a DOM): the size limit
 * holds it.
 */

import { readFileSync } from 'node:fs';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { decode, type Encoding, normalizeEncoding } from '../encoding';
import { ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';
import { extractZip } from '../zip';

const DROP = new Set(['styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'fill', 'icon', 'visibility']);

/** The KML inside a KMZ. */
function kmlOfKmz(path: string): Uint8Array {
  const z = extractZip(path, (n) => n.toLowerCase().endsWith('.kml'));
  try {
    const names = [...z.files.keys()];
    const pick =
      names.find((n) => n.toLowerCase() === 'doc.kml') ?? names.find((n) => !n.includes('/')) ?? names[0];
    if (!pick)
      throw new ImportError(
        `the .kmz holds no .kml (it has: ${z.names.slice(0, 8).join(', ') || 'nothing'})`,
        `.kmz 中没有 .kml 文件（其中有：${z.names.slice(0, 8).join('、') || '无'}）`,
      );
    return new Uint8Array(readFileSync(z.files.get(pick) as string));
  } finally {
    z.cleanup();
  }
}

/** Reads a KML or KMZ file. */
export function readKml(o: ReadOptions): ReadResult {
  const bytes = o.path.toLowerCase().endsWith('.kmz')
    ? kmlOfKmz(o.path)
    : new Uint8Array(readFileSync(o.path));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding=["']([^"']+)["']/i.exec(head)?.[1];
  const enc: Encoding = o.encoding ?? (declared ? (normalizeEncoding(declared) ?? 'utf-8') : 'utf-8');
  let fc: ReturnType<typeof kml>;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(decode(bytes, enc), 'text/xml');
    fc = kml(doc as unknown as Document);
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 100) : 'error';
    throw new ImportError(`not a readable KML file (${why})`, `无法读取 KML 文件（${why}）`);
  }
  const fields = new Set<string>();
  const records: RawRecord[] = fc.features.map((f, i) => {
    const props: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(f.properties ?? {})) {
      if (DROP.has(k) || k.startsWith('fill-') || k.startsWith('stroke-') || k.startsWith('icon-')) continue;
      props[k] = v;
      fields.add(k);
    }
    return { ref: `placemark ${i + 1}`, props, geometry: f.geometry ?? null };
  });
  return {
    format: 'kml',
    records: () => records,
    fields: [...fields],
    declared: { crs: { kind: 'wgs84', label: 'WGS84' }, source: 'the KML standard', explicit: false },
    notes: [],
  };
}

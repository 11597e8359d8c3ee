/**
 * KML (Google Earth, 奥维互动地图, LocaSpace exports). Coordinates are WGS84 by the KML spec, but
 * Chinese apps often write GCJ-02: the CRS check warns about that. Records are `placemark N`.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { decode, type Encoding, normalizeEncoding } from '../encoding';
import { ImportError, type RawRecord, type ReadOptions, type ReadResult } from '../record';

const DROP = new Set(['styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'fill', 'icon', 'visibility']);

/** Reads a KML file's bytes. */
export function readKml(bytes: Uint8Array, o: ReadOptions): ReadResult {
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
    records,
    fields: [...fields],
    declared: { crs: { kind: 'wgs84', label: 'WGS84' }, source: 'the KML standard', explicit: false },
    notes: [],
  };
}

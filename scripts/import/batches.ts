/**
 * The converted layer on its way out: written to a temporary file beside the target as features
 * arrive (renamed into place only when nothing is wrong), and validated in batches with the same
 * rules as `npm run validate` (per-file and cross-file), so memory holds one batch, not the layer.
 * Validator locations (`features[3]`) become the input's record references (`FID 3 "…"`).
 * Ids duplicated across batches are found here (the validator sees one batch at a time).
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import {
  type DatasetFile,
  type Problem,
  validateDataset,
  validateLayerData,
} from '../../src/data/validate/index';
import { importCatalogue } from './catalogue';

const BATCH_FEATURES = 5000;
const BATCH_BYTES = 16 * 1024 * 1024;

export class LayerWriter {
  bytes = 0;
  private fd: number | null = null;
  private tmp: string;
  private first = true;
  private buf: string[] = [];
  private bufLen = 0;
  constructor(
    private out: string,
    dryRun: boolean,
  ) {
    this.tmp = `${out}.${process.pid}.tmp`;
    if (!dryRun) this.fd = openSync(this.tmp, 'w');
    this.put('{"type":"FeatureCollection","features":[\n');
  }
  private put(s: string): void {
    this.bytes += Buffer.byteLength(s);
    if (this.fd === null) return;
    this.buf.push(s);
    this.bufLen += s.length;
    if (this.bufLen > 1 << 20) this.drain();
  }
  private drain(): void {
    if (this.fd !== null && this.buf.length > 0) writeSync(this.fd, this.buf.join(''));
    this.buf = [];
    this.bufLen = 0;
  }
  add(featureText: string): void {
    this.put(this.first ? featureText : `,\n${featureText}`);
    this.first = false;
  }
  /** Finishes the file and moves it into place (no-op on a dry run). */
  commit(): void {
    this.put('\n]}\n');
    if (this.fd === null) return;
    this.drain();
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tmp, this.out);
  }
  abort(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    unlinkSync(this.tmp);
  }
}

export class BatchValidator {
  private texts: string[] = [];
  private locs: string[] = [];
  private bytes = 0;
  private batch = 0;
  private ids = new Map<string, { loc: string; batch: number }>();
  private seen = new Set<string>();
  constructor(
    private path: string,
    private layerId: string,
    private others: DatasetFile[],
    /** Record locations whose geometry errors the importer already reported. */
    private reported: Set<string>,
    private emit: (p: Problem) => void,
    /** Between a record and the rest of a location: `FID 3 "…": properties.id` (import), `features[3].properties.id` (validate). */
    private sep = ': ',
  ) {}

  add(featureText: string, loc: string, id: unknown): void {
    if (typeof id === 'string') {
      const first = this.ids.get(id);
      if (!first) this.ids.set(id, { loc, batch: this.batch });
      else if (first.batch !== this.batch)
        this.emit({
          path: this.path,
          location: `${loc}${this.sep}properties.id`,
          severity: 'error',
          code: 'duplicate-id',
          message_en: `id "${id}" is already used by ${first.loc}; ids must be unique`,
          message_zh: `id "${id}" 已被 ${first.loc} 使用；id 必须唯一`,
        });
    }
    this.texts.push(featureText);
    this.locs.push(loc);
    this.bytes += featureText.length;
    // Zones (the areas, the pilot zone) have layer-wide rules (required ids, one feature): never split.
    const whole = importCatalogue().get(this.layerId)?.role === 'zone';
    if (!whole && (this.texts.length >= BATCH_FEATURES || this.bytes >= BATCH_BYTES)) this.flush();
  }

  /** Validates what is buffered; `last` also runs the layer rules on an empty layer. */
  flush(last = false): void {
    if (this.texts.length === 0 && !(last && this.batch === 0)) return;
    const data = JSON.parse(`{"type":"FeatureCollection","features":[${this.texts.join(',')}]}`);
    const catalogue = importCatalogue();
    const own = validateLayerData(this.path, data, this.layerId, catalogue);
    const cross = validateDataset(
      [...this.others, { path: this.path, layerId: this.layerId, data }],
      catalogue,
    ).filter((p) => p.path === this.path);
    for (const p of [...own, ...cross]) this.remap(p);
    this.texts = [];
    this.locs = [];
    this.bytes = 0;
    this.batch++;
  }

  private remap(p: Problem): void {
    const refs = (msg: string) => msg.replace(/features\[(\d+)\]/g, (s, n) => this.locs[Number(n)] ?? s);
    const m = /^features\[(\d+)\](\.(.*))?$/.exec(p.location);
    if (!m) {
      // File-level notes (a skipped check, the layer rules) once, not once per batch.
      const key = `${p.code}|${p.location}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
      this.emit({ ...p, message_en: refs(p.message_en), message_zh: refs(p.message_zh) });
      return;
    }
    const loc = this.locs[Number(m[1])] ?? p.location;
    if (this.reported.has(loc) && (p.code === 'missing-geometry' || p.location.includes('.geometry'))) return;
    this.emit({
      ...p,
      location: m[3] ? `${loc}${this.sep}${m[3]}` : loc,
      message_en: refs(p.message_en),
      message_zh: refs(p.message_zh),
    });
  }
}

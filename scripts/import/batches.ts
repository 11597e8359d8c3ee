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
/** Duplicate ids reported across batches (the report is capped anyway). */
const MAX_DUPLICATES = 500;

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
  /** Each id's first record number: a number per record, not its location text. */
  private ids = new Map<string, number>();
  /** Records added so far, and the number of the current batch's first record. */
  private n = 0;
  private batchStart = 0;
  /** Ids met again in a later batch (the same batch is the validator's): named in `finish`. */
  private dups: { id: string; loc: string; first: number }[] = [];
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
    const k = this.n++;
    if (typeof id === 'string') {
      const first = this.ids.get(id);
      if (first === undefined) this.ids.set(id, k);
      else if (first < this.batchStart && this.dups.length < MAX_DUPLICATES)
        this.dups.push({ id, loc, first });
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
    this.batchStart = this.n;
  }

  /**
   * Validates the last batch and reports the ids used twice across batches. `locate` gives the
   * locations of the first records of those ids (by record number, 0-based in `add` order): the
   * importer reads them again, so nothing per record is kept but the id and its number.
   */
  finish(locate: (records: Set<number>) => Map<number, string>): void {
    this.flush(true);
    if (this.dups.length === 0) return;
    const where = locate(new Set(this.dups.map((d) => d.first)));
    for (const d of this.dups) {
      const first = where.get(d.first) ?? `#${d.first + 1}`;
      this.emit({
        path: this.path,
        location: `${d.loc}${this.sep}properties.id`,
        severity: 'error',
        code: 'duplicate-id',
        message_en: `id "${d.id}" is already used by ${first}; ids must be unique`,
        message_zh: `id "${d.id}" 已被 ${first} 使用；id 必须唯一`,
      });
    }
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

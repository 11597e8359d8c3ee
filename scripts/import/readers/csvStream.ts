/**
 * A CSV read in a stream (RFC 4180: quoted fields with "" escapes and line breaks, CRLF or LF),
 * one record at a time, so memory is proportional to one row. The delimiter (comma, semicolon or
 * tab) is the most common one outside quotes in the header line.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;

/** Decoded text of a file, chunk by chunk. */
export function* textChunks(path: string, label: string): Generator<string> {
  const fd = openSync(path, 'r');
  const dec = new TextDecoder(label);
  const buf = new Uint8Array(CHUNK);
  let first = true;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      let t = n > 0 ? dec.decode(buf.subarray(0, n), { stream: true }) : dec.decode();
      if (first && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      first = false;
      if (t) yield t;
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** True when the whole file is valid UTF-8 (read in a stream). */
export function fileIsUtf8(path: string): boolean {
  try {
    for (const _ of textChunksFatal(path));
    return true;
  } catch {
    return false;
  }
}

function* textChunksFatal(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  const dec = new TextDecoder('utf-8', { fatal: true });
  const buf = new Uint8Array(CHUNK);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      yield n > 0 ? dec.decode(buf.subarray(0, n), { stream: true }) : dec.decode();
      if (n === 0) return;
    }
  } finally {
    closeSync(fd);
  }
}

function delimiterOf(line: string): string {
  let best = ',';
  let bestN = 0;
  for (const d of [',', ';', '\t']) {
    let n = 0;
    let q = false;
    for (const c of line) {
      if (c === '"') q = !q;
      else if (c === d && !q) n++;
    }
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/** The rows of a CSV, each an array of cells; blank lines are skipped. */
export function* csvRows(chunks: Iterable<string>): Generator<string[]> {
  let delim: string | null = null;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let afterQuote = false;
  let pendingHead = '';
  const end = (): string[] | null => {
    row.push(cell);
    const r = row;
    row = [];
    cell = '';
    return r.length === 1 && r[0].trim() === '' ? null : r;
  };
  for (const chunk of chunks) {
    let text = chunk;
    if (delim === null) {
      pendingHead += text;
      const nl = pendingHead.search(/\r?\n/);
      if (nl < 0) continue;
      delim = delimiterOf(pendingHead.slice(0, nl));
      text = pendingHead;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else {
            quoted = false;
            afterQuote = true;
          }
        } else cell += c;
        continue;
      }
      if (c === '"' && cell === '' && !afterQuote) quoted = true;
      else if (c === delim) {
        row.push(cell);
        cell = '';
        afterQuote = false;
      } else if (c === '\n' || c === '\r') {
        if (c === '\r' && text[i + 1] === '\n') i++;
        afterQuote = false;
        const r = end();
        if (r) yield r;
      } else if (!afterQuote) cell += c;
    }
  }
  if (delim === null && pendingHead) {
    delim = delimiterOf(pendingHead);
    for (const r of csvRows([`${pendingHead}\n`])) yield r;
    return;
  }
  if (cell !== '' || row.length > 0) {
    const r = end();
    if (r) yield r;
  }
}

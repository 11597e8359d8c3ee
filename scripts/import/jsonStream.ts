/**
 * Reads a GeoJSON FeatureCollection from a file in a stream: each element of the top-level
 * `features` array is parsed on its own, so memory is proportional to one feature, not the file.
 * Other top-level members (`type`, `crs`, `name`) are parsed whole (they are small). Syntax errors
 * carry the file's line and column. Synchronous (fs.readSync), like the rest of the CLIs.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parseJsonText } from '../../src/data/validate/parseJson';

export type StreamItem =
  | { kind: 'member'; key: string; value: unknown }
  | { kind: 'feature'; index: number; value: unknown; text: string };

export class JsonStreamError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly en: string,
    readonly zh: string,
  ) {
    super(en);
  }
}

const CHUNK = 1 << 20;

/** Yields the top-level members and each feature. Throws JsonStreamError on bad JSON. */
export function* streamFeatureCollection(path: string): Generator<StreamItem> {
  const fd = openSync(path, 'r');
  const dec = new TextDecoder('utf-8');
  const bytes = new Uint8Array(CHUNK);
  let line = 1;
  let col = 0;
  let depth = 0;
  let inStr = false;
  let esc = false;
  let started = false;
  let done = false;
  let key: string | null = null;
  let keyBuf: string | null = null;
  let inFeatures = false;
  /** The feature (depth ≥ 3) or member value being collected. */
  let cur: { buf: string; line: number; col: number; key: string | null } | null = null;
  let index = 0;
  const fail = (en: string, zh: string): never => {
    throw new JsonStreamError(line, col, `JSON syntax error: ${en}`, `JSON 语法错误：${zh}`);
  };
  const parse = (text: string, l: number, c: number): unknown => {
    const r = parseJsonText(text);
    if (r.ok) return r.value;
    const at =
      r.line === 1 ? { line: l, column: c + r.column - 1 } : { line: l + r.line - 1, column: r.column };
    throw new JsonStreamError(at.line, at.column, r.message_en, r.message_zh);
  };
  const emit = (buf: string): StreamItem => {
    const c = cur as NonNullable<typeof cur>;
    cur = null;
    if (c.key === null)
      return { kind: 'feature', index: index++, value: parse(buf, c.line, c.col), text: buf };
    key = null;
    return { kind: 'member', key: c.key, value: parse(buf, c.line, c.col) };
  };
  try {
    for (;;) {
      const n = readSync(fd, bytes, 0, CHUNK, null);
      const text = n > 0 ? dec.decode(bytes.subarray(0, n), { stream: true }) : dec.decode();
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n') {
          line++;
          col = 0;
        } else col++;
        if (!started && ch === '\ufeff') continue;
        if (inStr) {
          if (cur) cur.buf += ch;
          if (esc) esc = false;
          else if (ch === '\\') esc = true;
          else if (ch === '"') inStr = false;
          else if (keyBuf !== null && !cur) keyBuf += ch;
          continue;
        }
        if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
          if (cur) cur.buf += ch;
          continue;
        }
        if (done) fail(`unexpected '${ch}' after the end`, `结尾之后有多余的 '${ch}'`);
        if (cur) {
          cur.buf += ch;
          if (ch === '"') inStr = true;
          else if (ch === '{' || ch === '[') depth++;
          else if (ch === '}' || ch === ']') {
            depth--;
            if (cur.key === null && depth === 2) yield emit(cur.buf);
            else if (cur.key !== null && depth === 1) yield emit(cur.buf);
            else if (cur.key !== null && depth === 0) {
              yield emit(cur.buf.slice(0, -1));
              done = true;
            }
          } else if (ch === ',' && cur.key !== null && depth === 1) yield emit(cur.buf.slice(0, -1));
          continue;
        }
        if (depth === 0) {
          if (ch !== '{')
            fail(`a GeoJSON file starts with "{", not '${ch}'`, `GeoJSON 文件应以 "{" 开头，而不是 '${ch}'`);
          started = true;
          depth = 1;
        } else if (depth === 1) {
          if (ch === '"' && key === null) {
            keyBuf = '';
            inStr = true;
          } else if (ch === ':' && keyBuf !== null) {
            key = keyBuf;
            keyBuf = null;
          } else if (ch === ',') key = null;
          else if (ch === '}') {
            depth = 0;
            done = true;
          } else if (key === 'features' && ch === '[') {
            inFeatures = true;
            depth = 2;
          } else if (key !== null) {
            cur = { buf: ch, line, col, key };
            if (ch === '"') inStr = true;
            else if (ch === '{' || ch === '[') depth++;
          } else fail(`unexpected '${ch}'`, `意外的 '${ch}'`);
        } else if (inFeatures && depth === 2) {
          if (ch === ']') {
            inFeatures = false;
            depth = 1;
            key = null;
          } else if (ch === '{') {
            cur = { buf: ch, line, col, key: null };
            depth = 3;
          } else if (ch !== ',')
            fail(`each feature must be an object {…}, not '${ch}'`, `每个要素必须是对象 {…}，而不是 '${ch}'`);
        }
      }
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  if (!done)
    fail('unexpected end of file (a closing ] or } missing?)', '文件意外结束（缺少右括号 ] 或 }？）');
}

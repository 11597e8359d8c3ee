/**
 * JSON parsing with a planner-friendly syntax error: line and column, what was found, and a hint
 * for the usual mistakes (trailing comma, single quotes, comments, missing bracket). A UTF-8 BOM
 * is stripped and accepted.
 *
 * The position comes from the engine's message when it has one (`at position N`, or
 * `line L column C`); some V8 messages ("Unexpected token 'a', "..." is not valid JSON") and other
 * browsers give none, so a small scanner finds the first offending character instead.
 */

export type JsonParseResult =
  | { ok: true; value: unknown }
  | {
      ok: false;
      line: number;
      column: number;
      /** 0-based offset in the text after BOM stripping. */
      offset: number;
      message_en: string;
      message_zh: string;
    };

/** Parses JSON text; never throws. */
export function parseJsonText(text: string): JsonParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const engineMessage = e instanceof Error ? e.message : String(e);
    let offset = offsetFromEngineMessage(body, engineMessage);
    if (offset === null) offset = scanForError(body);
    if (offset === null) offset = 0;
    offset = Math.max(0, Math.min(offset, body.length));
    const { line, column } = lineColumn(body, offset);
    const what = describeError(body, offset);
    return { ok: false, line, column, offset, message_en: what.en, message_zh: what.zh };
  }
}

function offsetFromEngineMessage(body: string, message: string): number | null {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) {
    const line = Number(lc[1]);
    const column = Number(lc[2]);
    let off = 0;
    for (let l = 1; l < line; l++) {
      const nl = body.indexOf('\n', off);
      if (nl < 0) return null;
      off = nl + 1;
    }
    return off + column - 1;
  }
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/Unexpected end of JSON input/i.test(message)) return body.length;
  return null;
}

/** 1-based line and column (columns count UTF-16 code units, as editors do for CJK text). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeError(body: string, offset: number): { en: string; zh: string } {
  if (body.trim() === '')
    return { en: 'JSON syntax error: the file is empty', zh: 'JSON 语法错误：文件为空' };
  if (offset >= body.length) {
    return {
      en: 'JSON syntax error: unexpected end of file (a closing ] or } missing?)',
      zh: 'JSON 语法错误：文件意外结束（缺少右括号 ] 或 }？）',
    };
  }
  const ch = body[offset];
  const code = body.charCodeAt(offset);
  const odd = code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xfffd;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const shownZh =
    ch === '\n' || ch === '\r' ? '换行' : odd ? `字符 ${hex}（这是 JSON 文本文件吗？）` : `'${ch}'`;
  const shown =
    ch === '\n' || ch === '\r'
      ? 'line break'
      : odd
        ? `character ${hex} (is this a JSON text file?)`
        : `'${ch}'`;
  let prev = offset - 1;
  while (prev >= 0 && /\s/.test(body[prev])) prev--;
  let hintEn = '';
  let hintZh = '';
  if ((ch === '}' || ch === ']') && body[prev] === ',') {
    hintEn = ' (trailing comma before it?)';
    hintZh = '（前面多了一个逗号？）';
  } else if (ch === "'") {
    hintEn = ' (JSON strings need double quotes ")';
    hintZh = '（JSON 字符串须用双引号 "）';
  } else if (ch === '/' && (body[offset + 1] === '/' || body[offset + 1] === '*')) {
    hintEn = ' (comments are not allowed in JSON)';
    hintZh = '（JSON 不允许注释）';
  } else if (/["{[\d-]/.test(ch) && prev >= 0 && /["\d}\]el]/.test(body[prev])) {
    hintEn = ' (a comma missing before it?)';
    hintZh = '（前面缺少逗号？）';
  } else if (/[\u201c\u201d\uff0c\uff1a]/.test(ch)) {
    hintEn = ' (a full-width Chinese punctuation mark; use ASCII " , :)';
    hintZh = '（这是全角中文标点，请用半角 " , :）';
  }
  return {
    en: `JSON syntax error: unexpected ${shown}${hintEn}`,
    zh: `JSON 语法错误：意外的${shownZh}${hintZh}`,
  };
}

/**
 * Returns the offset of the first JSON syntax error in `s`, or null if it finds none. Iterative
 * (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function scanForError(s: string): number | null {
  let i = 0;
  const n = s.length;
  const stack: Array<'[' | '{'> = [];
  const ws = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  // Parses one scalar or opens a container at i; returns false on error (i = error offset).
  const value = (): boolean => {
    ws();
    if (i >= n) return false;
    const c = s[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return true;
    }
    if (c === '"') return str();
    for (const lit of ['true', 'false', 'null']) {
      if (s.startsWith(lit, i)) {
        i += lit.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(s.slice(i, i + 400));
    if (m && m[0].length > 0) {
      i += m[0].length;
      return true;
    }
    return false;
  };
  const str = (): boolean => {
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  // After each value: inside a container expect `,` or its closing bracket; at top level, the end.
  if (!value()) return i;
  for (;;) {
    const top = stack[stack.length - 1];
    const justOpened = top !== undefined && lastNonWs(s, i) === top;
    ws();
    if (top === undefined) return i < n ? i : null;
    const close = top === '[' ? ']' : '}';
    if (s[i] === close) {
      stack.pop();
      i++;
      continue;
    }
    if (!justOpened) {
      if (s[i] !== ',') return i;
      i++;
      ws();
    }
    if (top === '{') {
      if (s[i] !== '"' || !str()) return i;
      ws();
      if (s[i] !== ':') return i;
      i++;
    }
    if (!value()) return i;
  }
}

function lastNonWs(s: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (s[j] === ' ' || s[j] === '\t' || s[j] === '\n' || s[j] === '\r')) j--;
  return s[j];
}

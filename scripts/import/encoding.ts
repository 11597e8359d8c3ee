/**
 * Text encodings of the files planners get: UTF-8 (with or without BOM) and GBK (code page 936,
 * what Chinese Windows Excel and ArcGIS write). GBK is decoded as GB18030, its superset.
 */

export type Encoding = 'utf-8' | 'gbk';

/**
 * Normalises an encoding name from `--encoding` or a `.cpg` file (`UTF-8`, `utf8`, `GBK`, `GB2312`,
 * `GB18030`, `CP936`, `936`, `ANSI 936`, `windows-936`); null when unknown.
 */
export function normalizeEncoding(label: string): Encoding | null {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^ansi\s*/, '');
  if (/^utf-?8$/.test(l) || l === '65001') return 'utf-8';
  if (/^(gbk|gb2312|gb18030|gb_2312-80|cp936|ms936|windows-936|936|x-gbk|chinese)$/.test(l)) return 'gbk';
  return null;
}

/** True when the bytes are valid UTF-8. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The TextDecoder label for an encoding. */
export function decoderLabel(enc: Encoding): string {
  return enc === 'gbk' ? 'gb18030' : 'utf-8';
}

/** Decodes bytes, dropping a UTF-8 BOM. */
export function decode(bytes: Uint8Array, enc: Encoding): string {
  const text = new TextDecoder(decoderLabel(enc)).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Picks the encoding: the one given, else UTF-8 if the bytes are valid UTF-8, else GBK
 * (`guessed` says the caller should tell the person).
 */
export function chooseEncoding(
  bytes: Uint8Array,
  given: Encoding | null,
): { enc: Encoding; guessed: boolean } {
  if (given) return { enc: given, guessed: false };
  return isUtf8(bytes) ? { enc: 'utf-8', guessed: false } : { enc: 'gbk', guessed: true };
}

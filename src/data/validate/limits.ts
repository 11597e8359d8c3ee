/**
 * The one size limit of a data file, shared by `npm run import` (the file it reads and the layer
 * it writes) and `npm run validate` (every file it checks), so that what import writes, validate
 * accepts. Both read large files in a stream, so memory stays bounded well below this size.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;
export const MAX_FILE_MB = MAX_FILE_BYTES / 1048576;

/** The file-too-large messages: `size` in bytes. */
export function tooLarge(size: number, what = 'file'): { en: string; zh: string } {
  const mb = (size / 1048576).toFixed(0);
  return {
    en: `${what} is ${mb} MB; the limit is ${MAX_FILE_MB} MB (the same for npm run import and npm run validate)`,
    zh: `${what === 'file' ? '文件' : '结果'}大小 ${mb} MB，超过 ${MAX_FILE_MB} MB 上限（npm run import 与 npm run validate 相同）`,
  };
}

/** Locale files as one i18next resource: each file's keys under its name, common.json at the top. */
export function bundle(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, content] of Object.entries(files)) {
    const ns = path.replace(/^.*\/(.+)\.json$/, '$1');
    if (ns === 'common') Object.assign(out, content);
    else out[ns] = content;
  }
  return out;
}

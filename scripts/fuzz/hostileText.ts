/**
 * Hostile text for the data files: HTML that would run script if it were ever parsed as markup,
 * `javascript:` links, and very long unbroken strings that would push a panel wider than its box.
 * `hostileLayer` puts them into every text property of every feature, leaving ids, geometry and
 * enumerated values alone so the file stays valid and the app shows it.
 */
export const XSS_IMG = '<img src=x onerror=window.__xss=1>';
export const XSS_SCRIPT = '<script>window.__xss=1</script>';
export const JS_LINK = 'javascript:window.__xss=1';
/** 5,000 characters without a space: the longest thing a careless file could hold in a name. */
export const LONG = `长${'名'.repeat(1200)}${'W'.repeat(2600)}${'-'.repeat(600)}${'ي'.repeat(599)}`;

/** One hostile string per feature index, so every kind reaches every panel. */
export function hostileString(i: number): string {
  return [
    `${XSS_IMG}${LONG}`,
    `${JS_LINK} ${XSS_SCRIPT}`,
    `=HYPERLINK("http://evil.example","x") ${XSS_IMG}`,
    `<a href="${JS_LINK}">点我</a>${LONG}`,
  ][i % 4];
}

/** Properties that hold free text in the data files (docs/DATA.md); ids and enums are not among them. */
const TEXT_KEYS = ['name', 'name_en', 'summary', 'summary_en', 'theme', 'theme_en', 'building'];
const LIST_KEYS = ['measures', 'facilities'];

type Json = Record<string, unknown>;

/** A copy of a layer file with hostile text in every feature's free-text properties. */
export function hostileLayer(text: string): string {
  const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as { features?: Array<{ properties?: Json }> };
  (doc.features ?? []).forEach((f, i) => {
    const p = f.properties;
    if (!p) return;
    for (const k of TEXT_KEYS) if (typeof p[k] === 'string') p[k] = hostileString(i + TEXT_KEYS.indexOf(k));
    for (const k of LIST_KEYS)
      if (Array.isArray(p[k])) p[k] = (p[k] as unknown[]).map((_, j) => hostileString(i + j + 1));
  });
  return JSON.stringify(doc);
}

/** The hostile strings that should reach a CSV export as the first character of a cell. */
export const CSV_FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x'];

const CONFIG_TEXT_KEYS = new Set(['title', 'caption', 'label', 'programme', 'district', 'note']);

/**
 * A copy of site.json, targets.json or tour.json with hostile text in front of every text a person
 * reads (titles, captions, labels, attribution lines). The original text stays after it, so tour
 * placeholders such as `{area.stairway.mu}` still resolve.
 */
export function hostileConfig(text: string): string {
  let i = 0;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string')
      return CONFIG_TEXT_KEYS.has(key) || key === 'attribution' ? `${hostileString(i++)} ${v}` : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          // LocalizedText ({zh, en}) inherits the key of the object that holds it.
          walk(x, k === 'zh' || k === 'en' ? key : k),
        ]),
      );
    return v;
  };
  return JSON.stringify(walk(JSON.parse(text.replace(/^\uFEFF/, '')), ''));
}

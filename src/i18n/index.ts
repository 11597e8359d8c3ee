/**
 * i18next with the two bundled languages (no network back end: the app runs offline).
 * zh-CN is the default; `lang=en` in the URL switches. `<html lang>` follows, which also makes
 * the browser and MapLibre draw Simplified Chinese glyph forms.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../state/url';

// One file per area of the app, so that work on one mode never touches another's strings.
// Each file's keys live under its own name (`planner.*`, `resident.*` …); common.json is top level.
const zhFiles = import.meta.glob<Record<string, unknown>>('./locales/zh-CN/*.json', {
  eager: true,
  import: 'default',
});
const enFiles = import.meta.glob<Record<string, unknown>>('./locales/en/*.json', {
  eager: true,
  import: 'default',
});

function bundle(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, content] of Object.entries(files)) {
    const ns = path.replace(/^.*\/(.+)\.json$/, '$1');
    if (ns === 'common') Object.assign(out, content);
    else out[ns] = content;
  }
  return out;
}

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function initI18n(lang: Lang) {
  return i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: bundle(zhFiles) }, en: { translation: bundle(enFiles) } },
    lng: HTML_LANG[lang],
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes; text never goes into HTML
    returnNull: false,
  });
}

export function applyLang(lang: Lang) {
  document.documentElement.lang = HTML_LANG[lang];
  if (i18next.language !== HTML_LANG[lang]) void i18next.changeLanguage(HTML_LANG[lang]);
}

/** Picks the data's own text for the language: `name_en` when English and present, else `name`. */
export function localized(props: Record<string, unknown>, key: string, lang: Lang): string {
  const en = props[`${key}_en`];
  const zh = props[key];
  if (lang === 'en' && typeof en === 'string' && en) return en;
  return typeof zh === 'string' ? zh : '';
}

/** A catalogue text ({zh, en}) in the language, falling back to Chinese. */
export function localizedText(text: { zh: string; en: string } | undefined, lang: Lang): string {
  if (!text) return '';
  return lang === 'en' && text.en ? text.en : text.zh;
}

export default i18next;

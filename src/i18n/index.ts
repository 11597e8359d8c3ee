/**
 * i18next with the two bundled languages (no network back end: the app runs offline).
 * zh-CN is the default; `lang=en` in the URL switches. `<html lang>` follows, which also makes
 * the browser and MapLibre draw Simplified Chinese glyph forms.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../state/url';
import { bundle } from './bundle';

// One file per area of the app, so that work on one mode never touches another's strings.
// Each file's keys live under its own name (`planner.*`, `resident.*` …); common.json is top level.
// The resident's and the presenter's files ship in their mode's chunk, not in the first one: that
// mode's `locale.ts` adds them (`addNamespace`) when its code loads, before any of it renders.
const zhFiles = import.meta.glob<Record<string, unknown>>(
  ['./locales/zh-CN/*.json', '!./locales/zh-CN/resident.json', '!./locales/zh-CN/presenter.json'],
  { eager: true, import: 'default' },
);
// English, the second language, is a chunk of its own (./english.ts), loaded when first asked for.
let english: Promise<Record<string, unknown>> | null = null;
const loadEnglish = () => {
  english ??= import('./english').then(
    (m) => m.EN,
    (e: unknown) => {
      english = null; // offline before the service worker had it: tried again on the next switch
      throw e;
    },
  );
  return english;
};

export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export async function initI18n(lang: Lang) {
  const en = lang === 'en' ? await loadEnglish() : {};
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: { ...bundle(zhFiles), ...added.zh } },
      en: { translation: { ...en, ...added.en } },
    },
    lng: HTML_LANG[lang],
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false }, // React escapes; text never goes into HTML
    returnNull: false,
  });
  if (lang === 'en') englishIn = true;
}

/** Whether the first bundle's English strings are in i18next (not only a mode's namespaces). */
let englishIn = false;

/**
 * Makes sure a language's strings are in before they are shown: English is fetched the first
 * time (Chinese, the default and the fallback, is always there). Resolves when it can be used.
 */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang !== 'en' || englishIn) return;
  const en = await loadEnglish();
  // Before i18next starts there is no store to add to: initI18n loads them itself then.
  if (!i18next.store) return;
  // Added under what a mode's chunk may have put there already (deep, not overwriting).
  i18next.addResourceBundle(HTML_LANG.en, 'translation', en, true, false);
  englishIn = true;
}

/** Namespaces added by a mode's chunk (`addNamespace`), kept for an i18next started after them. */
const added: Record<Lang, Record<string, unknown>> = { zh: {}, en: {} };

/**
 * Adds a namespace that loads with a mode's chunk, in both languages, so a switch of language
 * never shows a raw key. Called at the top level of that module, so its strings are there before
 * any of its components render (main.tsx starts i18next before anything renders or loads a mode).
 */
export function addNamespace(
  ns: string,
  files: { zh: Record<string, unknown>; en: Record<string, unknown> },
) {
  added.zh[ns] = files.zh;
  added.en[ns] = files.en;
  // i18next has no store before init (a module imported by a unit test): initI18n adds them then.
  if (!i18next.store) return;
  i18next.addResourceBundle(HTML_LANG.zh, 'translation', { [ns]: files.zh }, true, false);
  i18next.addResourceBundle(HTML_LANG.en, 'translation', { [ns]: files.en }, true, false);
}

/**
 * Shows the page in a language: its strings first (English may still have to be fetched), then
 * `<html lang>` and every text together. A later call wins over one still loading.
 */
export async function applyLang(lang: Lang): Promise<void> {
  const asked = ++langAsked;
  // If English cannot be fetched (offline, never cached), the switch still happens: the modes'
  // own English strings show, the rest falls back to Chinese — never a raw key, never an error.
  await loadLang(lang).catch(() => undefined);
  if (asked !== langAsked) return;
  document.documentElement.lang = HTML_LANG[lang];
  if (i18next.language !== HTML_LANG[lang]) await i18next.changeLanguage(HTML_LANG[lang]);
}
let langAsked = 0;

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

/**
 * The English strings of the first bundle's namespaces (common, planner, tools, deploy), in a
 * chunk of their own: a page opened in Chinese (the default) never downloads them; `lang=en` or a
 * switch of language loads them before the text changes (src/i18n/index.ts `loadLang`).
 */
import { bundle } from './bundle';

const files = import.meta.glob<Record<string, unknown>>(
  ['./locales/en/*.json', '!./locales/en/resident.json', '!./locales/en/presenter.json'],
  { eager: true, import: 'default' },
);

export const EN = bundle(files);

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { addNamespace, applyLang, initI18n, loadLang } from '../../src/i18n';
import enPlanner from '../../src/i18n/locales/en/planner.json';
import enResident from '../../src/i18n/locales/en/resident.json';
import zhResident from '../../src/i18n/locales/zh-CN/resident.json';

// In order: the first test runs before i18next has started (each test file has its own modules).
describe('locale namespaces loaded with a mode', () => {
  it('the first bundle has common, planner and tools strings, not the resident’s or presenter’s', async () => {
    // A namespace added before i18next starts (a mode module imported early) is kept for it.
    addNamespace('early', { zh: { hello: '你好' }, en: { hello: 'Hello' } });
    await initI18n('zh');
    expect(i18next.t('early.hello')).toBe('你好');
    expect(i18next.t('planner.tabs.layers')).not.toBe('planner.tabs.layers');
    expect(i18next.t('tools.export.button')).not.toBe('tools.export.button');
    expect(i18next.exists('resident.heading')).toBe(false);
    expect(i18next.exists('presenter.stepsLabel')).toBe(false);
    // English is a chunk of its own: a page in Chinese has not loaded it.
    expect(i18next.getResource('en', 'translation', 'planner.tabs.layers')).toBeUndefined();
  });

  it('a mode’s locale module adds its strings in both languages, so no key is shown raw', async () => {
    await import('../../src/modes/resident/locale');
    await import('../../src/modes/presenter/locale');
    expect(i18next.t('resident.heading', { lng: 'zh-CN' })).toBe(zhResident.heading);
    expect(i18next.t('resident.heading', { lng: 'en' })).toBe(enResident.heading);
    expect(i18next.t('presenter.stepsLabel', { lng: 'en' })).not.toBe('presenter.stepsLabel');
    // Added, not replacing: the first bundle's strings are still there.
    expect(i18next.t('planner.tabs.layers', { lng: 'en' })).not.toBe('planner.tabs.layers');
    expect(i18next.t('early.hello', { lng: 'en' })).toBe('Hello');
  });

  it('switching to English loads its strings first, then the page and <html lang> change together', async () => {
    // The page's <html> element, as far as applyLang touches it (unit tests run in node).
    const html = { lang: 'zh-CN' };
    Object.assign(globalThis, { document: { documentElement: html } });
    await applyLang('en');
    expect(i18next.language).toBe('en');
    expect(html.lang).toBe('en');
    expect(i18next.t('planner.tabs.layers')).toBe(enPlanner.tabs.layers);
    // A mode's English namespace added before is still there (added under, not replaced).
    expect(i18next.t('resident.heading')).toBe(enResident.heading);
    await loadLang('en'); // a second time: nothing to fetch, nothing changes
    await applyLang('zh');
    expect(html.lang).toBe('zh-CN');
    expect(i18next.t('planner.tabs.layers')).not.toBe(enPlanner.tabs.layers);
  });
});

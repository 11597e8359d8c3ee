import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import enPlanner from '../../src/i18n/locales/en/planner.json';
import zhPlanner from '../../src/i18n/locales/zh-CN/planner.json';

// applyLang touches <html lang>; unit tests run in node.
Object.assign(globalThis, { document: { documentElement: { lang: 'zh-CN' } } });

describe('switching to English when its strings cannot be fetched', () => {
  it('still switches, shows Chinese rather than raw keys, and fetches them on the next switch', async () => {
    vi.doMock('../../src/i18n/english', () => {
      throw new Error('offline');
    });
    const { applyLang, initI18n } = await import('../../src/i18n');
    await initI18n('zh');
    await expect(applyLang('en')).resolves.toBeUndefined();
    expect(i18next.language).toBe('en');
    expect(i18next.t('planner.tabs.layers')).toBe(zhPlanner.tabs.layers);

    vi.doUnmock('../../src/i18n/english');
    await applyLang('zh');
    await applyLang('en');
    expect(i18next.t('planner.tabs.layers')).toBe(enPlanner.tabs.layers);
  });
});

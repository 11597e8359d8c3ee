import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../data/types';
import { type Lang, MODES, type Mode } from '../state/url';

export interface TopBarProps {
  title: LocalizedText;
  programme: LocalizedText;
  illustrative: boolean;
  lang: Lang;
  mode: Mode;
  onLang: (lang: Lang) => void;
  onMode: (mode: Mode) => void;
}

/** Title of the data set, the illustrative badge, and the language switch. */
export function TopBar({ title, programme, illustrative, lang, mode, onLang, onMode }: TopBarProps) {
  const { t } = useTranslation();
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="top-bar">
      <div className="top-bar-titles">
        <h1 className="app-title">{title[lang]}</h1>
        <p className="app-programme">{programme[lang]}</p>
      </div>
      {illustrative && <IllustrativeBadge />}
      <label className="mode-select">
        <span className="visually-hidden">{t('mode.label')}</span>
        <select
          value={mode}
          onChange={(e) => onMode(e.currentTarget.value as Mode)}
          data-testid="mode-select"
        >
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(`mode.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="lang-switch"
        onClick={() => onLang(other)}
        aria-label={t('lang.switchLabel')}
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        data-testid="lang-switch"
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}

export function IllustrativeBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge-illustrative" data-testid="illustrative-badge" title={t('badge.illustrativeHint')}>
      {t('badge.illustrative')}
      <span className="visually-hidden">: {t('badge.illustrativeHint')}</span>
    </span>
  );
}

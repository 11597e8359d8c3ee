/**
 * "复制链接 / Copy link": the URL of the current state (view, layers, filters, year, selection,
 * language) to the clipboard. Where the clipboard API is missing (plain http on an intranet is not
 * a secure context) or refused, a read-only field with the link selected lets the person copy it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { store } from '../../../state/store';
import { currentLink } from '../../../state/urlSync';
import { ToolIcon } from './ToolIcon';

const FEEDBACK_MS = 2500;

export function CopyLink() {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state === 'copied') {
      const timer = window.setTimeout(() => setState('idle'), FEEDBACK_MS);
      return () => window.clearTimeout(timer);
    }
    if (state === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
  }, [state]);

  const copy = async () => {
    const url = currentLink(store);
    setLink(url);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  const closeManual = () => {
    setState('idle');
    button.current?.focus();
  };

  return (
    <div className="tool-menu">
      <button
        ref={button}
        type="button"
        className={`tool-button ${state === 'copied' ? 'is-done' : ''}`}
        onClick={() => void copy()}
        data-testid="copy-link"
      >
        <ToolIcon name={state === 'copied' ? 'check' : 'link'} />
        <span className="tool-label">
          {state === 'copied' ? t('tools.link.copied') : t('tools.link.copy')}
        </span>
      </button>
      <span className="visually-hidden" role="status" data-testid="copy-status">
        {state === 'copied' ? t('tools.link.copiedLong') : ''}
      </span>
      {state === 'manual' && (
        <div className="tool-popup copy-fallback" data-testid="copy-fallback">
          <label htmlFor={`${id}-field`} className="small">
            {t('tools.link.manual')}
          </label>
          <div className="copy-fallback-row">
            <input
              id={`${id}-field`}
              ref={field}
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.currentTarget.select()}
              onKeyDown={(e) => {
                if (e.key !== 'Escape') return;
                // Handled here: Esc elsewhere in planner mode also clears the selection.
                e.preventDefault();
                closeManual();
              }}
              aria-label={t('tools.link.field')}
            />
            <button
              type="button"
              className="icon-button"
              onClick={closeManual}
              aria-label={t('tools.link.close')}
            >
              <ToolIcon name="close" />
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

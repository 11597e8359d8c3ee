/**
 * The presenter view (S in present mode), in its own window on the laptop: the current and the
 * next step, the speaker's notes, the clock and the time since the view opened. → ← (and the
 * clicker's keys) move both windows: the step goes over stepChannel.ts; the audience sees none of it.
 */
import './locale';
import './presenterView.css';
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillText, type TourNumbers } from '../../data/tour';
import type { TourStep } from '../../data/types';
import { store, useAppState } from '../../state/store';
import type { ModeProps } from '../types';
import { keyAction } from './keys';
import { useStepChannel } from './stepChannel';
import { endStep, tourSteps } from './tourSteps';

const pad = (n: number) => String(n).padStart(2, '0');

/** "mm:ss", or "h:mm:ss" past an hour. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mmss = `${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function PresenterView({ dataset }: ModeProps) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const rawStep = useAppState((s) => s.step);
  const steps: TourStep[] = useMemo(
    () => [
      ...tourSteps(dataset),
      endStep(dataset, {
        zh: t('presenter.end.step', { lng: 'zh-CN' }),
        en: t('presenter.end.step', { lng: 'en' }),
      }),
    ],
    [dataset, t],
  );
  const index = Math.min(Math.max(rawStep, 0), steps.length - 1);
  const step = steps[index];
  const next = steps[index + 1];
  const now = useNow();
  const [start, setStart] = useState(() => Date.now());
  useStepChannel('view');

  const numbers: TourNumbers = useMemo(
    () => ({ metrics: dataset.metrics, year: null, asOfYear: Number(dataset.site.as_of.slice(0, 4)) }),
    [dataset],
  );
  const title = (s: TourStep) => fillText(s.title[lang], numbers, lang);

  // Bound before the first paint, like the room's keys (usePresenterKeys): a key pressed as soon
  // as the view shows is not lost.
  useLayoutEffect(() => {
    document.title = t('presenter.view.title');
    const go = (i: number) => store.set({ step: Math.min(Math.max(i, 0), steps.length - 1) });
    const onKey = (e: KeyboardEvent) => {
      if (
        e.defaultPrevented ||
        (e.target instanceof HTMLButtonElement && (e.key === 'Enter' || e.key === ' '))
      )
        return;
      const a = keyAction(e, false);
      const i = store.get().step;
      const to =
        a?.kind === 'next'
          ? i + 1
          : a?.kind === 'prev'
            ? i - 1
            : a?.kind === 'first'
              ? 0
              : a?.kind === 'last'
                ? steps.length - 1
                : null;
      if (to === null) return;
      e.preventDefault();
      go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [steps, t]);

  const clock = new Date(now);
  return (
    <main className="pv" data-testid="presenter-view" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="pv-head">
        <h1 className="pv-title">{t('presenter.view.title')}</h1>
        <p className="pv-time">
          <span className="pv-label">{t('presenter.view.clock')}</span>
          <time data-testid="pv-clock">
            {pad(clock.getHours())}:{pad(clock.getMinutes())}:{pad(clock.getSeconds())}
          </time>
        </p>
        <p className="pv-time">
          <span className="pv-label">{t('presenter.view.elapsed')}</span>
          <span data-testid="pv-elapsed">{formatElapsed(now - start)}</span>
          <button type="button" className="pv-button" onClick={() => setStart(Date.now())}>
            {t('presenter.view.reset')}
          </button>
        </p>
      </header>
      <section className="pv-current" data-testid="pv-current" data-step-id={step.id}>
        <p className="pv-label">
          {t('presenter.view.current')} · {t('presenter.view.stepOf', { n: index + 1, total: steps.length })}
        </p>
        <h2>{title(step)}</h2>
        <h3 className="pv-label">{t('presenter.view.notes')}</h3>
        <p className="pv-notes" data-testid="pv-notes">
          {step.notes?.[lang] || t('presenter.view.noNotes')}
        </p>
      </section>
      <section className="pv-next" data-testid="pv-next" data-step-id={next?.id ?? ''}>
        <p className="pv-label">{t('presenter.view.next')}</p>
        <h2>{next ? title(next) : t('presenter.view.none')}</h2>
      </section>
      <nav className="pv-nav">
        <button
          type="button"
          className="pv-button"
          disabled={index === 0}
          onClick={() => store.set({ step: index - 1 })}
        >
          ‹ {t('presenter.prev')}
        </button>
        <button
          type="button"
          className="pv-button"
          disabled={!next}
          onClick={() => store.set({ step: index + 1 })}
        >
          {t('presenter.next')} ›
        </button>
      </nav>
    </main>
  );
}

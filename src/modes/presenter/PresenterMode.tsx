/**
 * Presenter mode: the guided tour of `tour.json` on a big screen, driven by a clicker or keys.
 * Only the map, the caption card, a discreet step indicator, the illustrative-data badge, controls
 * on mouse move and the attribution are on screen. Each step sets the layers, rings its features
 * and flies the camera; `step=N` (0-based) in the URL opens that step.
 *
 * React renders on a step change, a typed digit, a playback year or a toggle — never per map
 * frame: the camera, the year and the highlight go to the map through the controller.
 */
import './locale';
import './presenter.css';
import './tourSide.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TourNumbers } from '../../data/tour';
import { STATUSES } from '../../data/types';
import { useMapController } from '../../map/MapContext';
import { store, useAppState } from '../../state/store';
import { IllustrativeBadge } from '../../ui/TopBar';
import type { ModeProps } from '../types';
import { EndSlide } from './EndSlide';
import { jumpTarget, type TourAction } from './keys';
import { openPresenterView } from './openPresenterView';
import { useStepChannel } from './stepChannel';
import { TourCaption } from './TourCaption';
import { BlankScreen, StepIndicator, TourControls, TourHelp } from './TourChrome';
import { TourLegend } from './TourLegend';
import { FLIGHT_MS, moveToStep } from './tourCamera';
import { END_ID, endStep, tourSteps } from './tourSteps';
import { useAutoplay } from './useAutoplay';
import { usePlayback } from './usePlayback';
import { usePresenterKeys } from './usePresenterKeys';
import { usePresenterSession } from './usePresenterSession';

/** Typed digits are forgotten after this long without Enter. */
const DIGITS_MS = 4000;
/** How long to keep looking for the step's features while the map builds its layers. */
const FIND_TRIES = 100;

function toggleFullscreen() {
  try {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  } catch {
    // Some embedded browsers refuse full screen outright; the tour works without it.
  }
}

export function PresenterMode({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const rawStep = useAppState((s) => s.step);
  const blank = useAppState((s) => s.blank);
  const autoplay = useAppState((s) => s.autoplay);
  const tourOnly = useMemo(() => tourSteps(dataset), [dataset]);
  // The tour's steps and the end slide after them: → from the last step, autoplay and step=N reach it.
  const steps = useMemo(
    () => [
      ...tourOnly,
      endStep(dataset, {
        zh: t('presenter.end.step', { lng: 'zh-CN' }),
        en: t('presenter.end.step', { lng: 'en' }),
      }),
    ],
    [dataset, tourOnly, t],
  );
  const index = Math.min(Math.max(rawStep, 0), steps.length - 1);
  const step = steps[index];
  const atEnd = step.id === END_ID && index === steps.length - 1;
  const isPlayback = step.kind === 'playback';
  const year = useAppState((s) => (isPlayback ? s.year : null));
  const asOfYear = Number(dataset.site.as_of.slice(0, 4));
  const numbers: TourNumbers = useMemo(
    () => ({ metrics: dataset.metrics, year: isPlayback ? year : null, asOfYear }),
    [dataset, isPlayback, year, asOfYear],
  );
  const [digits, setDigits] = useState('');
  const [help, setHelp] = useState(false);
  const [stopped, setStopped] = useState(false);
  const [notice, setNotice] = useState('');

  usePresenterSession(map);
  useStepChannel('audience');
  // A link to a step past the end opens the last one.
  useEffect(() => {
    if (rawStep !== index) store.set({ step: index });
  }, [rawStep, index]);
  // A new autoplay link (a pasted URL) starts playing again.
  useEffect(() => {
    if (autoplay !== null) setStopped(false);
  }, [autoplay]);

  // Each step: its layers, its highlighted features, and the flight (a jump for the first one).
  const firstMove = useRef(true);
  useEffect(() => {
    if (!map) return;
    store.set({
      layers: step.layers ? dataset.catalogue.linkLayers(step.layers) : null,
      sel: null,
      ...(step.kind === 'playback' ? {} : { year: null, status: [...STATUSES] }),
    });
    map.highlight(step.highlight ?? []);
    // The map's features exist once its style is built; until then, look again shortly.
    let tries = 0;
    let timer: number | undefined;
    const move = () => {
      // Someone who asked for less motion gets a cut to the step instead of a flight.
      const fly = !firstMove.current && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      if (moveToStep(map, step, fly ? FLIGHT_MS : 0) || !step.fit?.length) {
        firstMove.current = false;
        return;
      }
      if (++tries < FIND_TRIES) timer = window.setTimeout(move, 100);
    };
    move();
    return () => window.clearTimeout(timer);
  }, [map, step, dataset]);

  usePlayback(step);
  useAutoplay(step, index, steps.length, autoplay, autoplay !== null && !stopped && !blank && !help);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(''), DIGITS_MS);
    return () => window.clearTimeout(timer);
  }, [notice]);
  useEffect(() => {
    if (!digits) return;
    const timer = window.setTimeout(() => setDigits(''), DIGITS_MS);
    return () => window.clearTimeout(timer);
  }, [digits]);

  const go = useCallback(
    (i: number) => store.set({ step: Math.min(Math.max(i, 0), steps.length - 1) }),
    [steps],
  );
  const leave = useCallback(() => store.set({ mode: 'planner', blank: null }), []);

  const onAction = (a: TourAction) => {
    if (autoplay !== null && a.kind !== 'playPause') setStopped(true);
    if (a.kind !== 'digit' && a.kind !== 'backspace') setDigits('');
    switch (a.kind) {
      case 'next':
        return go(index + 1);
      case 'prev':
        return go(index - 1);
      case 'first':
        return go(0);
      case 'last':
        return go(steps.length - 1);
      case 'digit':
        return setDigits((d) => (d + a.digit).slice(-3));
      case 'backspace':
        return setDigits((d) => d.slice(0, -1));
      case 'jump': {
        const target = jumpTarget(digits, steps.length);
        if (target !== null) go(target);
        return;
      }
      case 'blank':
        return store.set({ blank: a.color });
      case 'fullscreen':
        return toggleFullscreen();
      case 'help':
        return setHelp((h) => !h);
      case 'playPause':
        return setStopped((s) => !s);
      case 'speaker':
        if (!openPresenterView()) setNotice(t('presenter.view.blocked'));
        return;
      case 'escape':
        if (help) return setHelp(false);
        if (digits) return;
        // In full screen the browser takes Esc to leave full screen; the tour stays.
        if (!document.fullscreenElement) leave();
        return;
    }
  };
  usePresenterKeys({
    blank: blank !== null,
    help,
    onHelpClose: () => setHelp(false),
    digitsPending: digits !== '',
    onBlankReturn: () => store.set({ blank: null }),
    onAction,
  });

  const autoplayState = autoplay === null ? null : stopped ? 'paused' : 'playing';
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-head">
        <p className="presenter-programme">{dataset.site.programme[lang]}</p>
        {dataset.site.illustrative && <IllustrativeBadge />}
      </header>
      <StepIndicator steps={steps} index={index} lang={lang} autoplay={autoplayState} />
      {atEnd ? (
        <EndSlide dataset={dataset} lang={lang} />
      ) : (
        <div className={`tour-side tour-side--${step.kind ?? 'view'}`}>
          {step.legend !== false && (
            <TourLegend
              catalogue={dataset.catalogue}
              lang={lang}
              loaded={(id) => dataset.metrics.layers.has(id)}
            />
          )}
          <TourCaption step={step} numbers={numbers} lang={lang} year={year} dataset={dataset} />
        </div>
      )}
      {digits && (
        <p className="tour-jump" data-testid="tour-jump" aria-live="assertive">
          {jumpTarget(digits, steps.length) === null
            ? t('presenter.jumpOut', { n: digits, total: steps.length })
            : t('presenter.jumpTo', { n: digits })}
        </p>
      )}
      {notice && (
        <p className="tour-jump" role="alert">
          {notice}
        </p>
      )}
      <TourControls
        onPrev={() => onAction({ kind: 'prev' })}
        onNext={() => onAction({ kind: 'next' })}
        onFullscreen={toggleFullscreen}
        onHelp={() => setHelp((h) => !h)}
        onExit={leave}
        onPlayPause={autoplay === null ? undefined : () => setStopped((s) => !s)}
        playing={autoplayState === 'playing'}
        atStart={index === 0}
        atEnd={index === steps.length - 1}
      />
      {help && <TourHelp onClose={() => setHelp(false)} />}
      {blank && <BlankScreen color={blank} onClose={() => store.set({ blank: null })} />}
    </div>
  );
}

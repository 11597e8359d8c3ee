/**
 * The presenter's discreet furniture: the step indicator, the controls that appear when the mouse
 * moves, the "?" key help, and the black / white screen.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TourStep } from '../../data/types';
import type { Lang } from '../../state/url';

export function StepIndicator({
  steps,
  index,
  lang,
  autoplay,
}: {
  steps: TourStep[];
  index: number;
  lang: Lang;
  autoplay: 'playing' | 'paused' | null;
}) {
  const { t } = useTranslation();
  return (
    <nav className="tour-steps" data-testid="tour-step" aria-label={t('presenter.stepsLabel')}>
      <span className="tour-steps-count">
        <span className="visually-hidden">
          {t('presenter.stepOf', { n: index + 1, total: steps.length })}
        </span>
        <span aria-hidden="true">
          {index + 1} / {steps.length}
        </span>
      </span>
      <ol className="tour-dots" aria-hidden="true">
        {steps.map((s, i) => (
          <li
            key={s.id}
            className={i === index ? 'is-current' : i < index ? 'is-past' : ''}
            title={s.title[lang]}
          />
        ))}
      </ol>
      {autoplay && (
        <span className="tour-autoplay" data-testid="tour-autoplay" data-state={autoplay}>
          {t(autoplay === 'playing' ? 'presenter.autoplayOn' : 'presenter.autoplayPaused')}
        </span>
      )}
    </nav>
  );
}

/** Four corners (the usual full-screen sign), drawn: not every system font has a glyph for it. */
function FullscreenIcon() {
  return (
    <svg
      aria-hidden="true"
      width="1em"
      height="1em"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
    >
      <path d="M1 6V1h5M10 1h5v5M15 10v5h-5M6 15H1v-5" />
    </svg>
  );
}

export interface ControlsProps {
  onPrev: () => void;
  onNext: () => void;
  onFullscreen: () => void;
  onHelp: () => void;
  onExit: () => void;
  onPlayPause?: () => void;
  playing: boolean;
  atStart: boolean;
  atEnd: boolean;
}

export function TourControls(p: ControlsProps) {
  const { t } = useTranslation();
  const button = (id: string, label: string, glyph: ReactNode, onClick: () => void, disabled = false) => (
    <button
      type="button"
      className="tour-button"
      data-testid={`tour-${id}`}
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
    >
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  return (
    <div
      className="tour-controls"
      data-testid="tour-controls"
      role="toolbar"
      aria-label={t('presenter.controls')}
    >
      {button('prev', t('presenter.prev'), '‹', p.onPrev, p.atStart)}
      {button('next', t('presenter.next'), '›', p.onNext, p.atEnd)}
      {p.onPlayPause &&
        button(
          'play',
          t(p.playing ? 'presenter.pause' : 'presenter.play'),
          p.playing ? '❚❚' : '▶',
          p.onPlayPause,
        )}
      {button('fullscreen', t('presenter.fullscreen'), <FullscreenIcon />, p.onFullscreen)}
      {button('keys', t('presenter.help'), '?', p.onHelp)}
      {button('exit', t('presenter.exit'), '✕', p.onExit)}
    </div>
  );
}

const HELP_KEYS = [
  'next',
  'prev',
  'ends',
  'jump',
  'black',
  'white',
  'fullscreen',
  'play',
  'speaker',
  'help',
  'exit',
];

/** The key help, on its own layer over everything (panels, attribution); any key or a click closes it. */
export function TourHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="tour-help-layer" data-testid="tour-help-layer">
      <button type="button" className="tour-help-scrim" aria-label={t('presenter.close')} onClick={onClose} />
      <div
        className="tour-help"
        data-testid="tour-help"
        role="dialog"
        aria-modal="false"
        aria-labelledby="tour-help-title"
      >
        <h2 id="tour-help-title">{t('presenter.helpTitle')}</h2>
        <dl>
          {HELP_KEYS.map((k) => (
            <div key={k}>
              <dt>{t(`presenter.keys.${k}.keys`)}</dt>
              <dd>{t(`presenter.keys.${k}.does`)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" className="tour-button tour-help-close" onClick={onClose}>
          {t('presenter.close')}
        </button>
      </div>
    </div>
  );
}

/** The black or white screen (B / W): covers everything, any key or a click brings the map back. */
export function BlankScreen({ color, onClose }: { color: 'black' | 'white'; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`tour-blank tour-blank--${color}`}
      data-testid="blank-screen"
      data-color={color}
      aria-label={t('presenter.blankReturn')}
      onClick={onClose}
    />
  );
}

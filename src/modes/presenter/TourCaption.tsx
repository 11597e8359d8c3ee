/**
 * The caption card: the step's title and caption with its numbers filled from the data (numbers
 * stand out; an unknown placeholder shows as "?"), the year during playback, and the targets
 * board on the targets step. Text from data is React text, never HTML.
 */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../data/load';
import { fillCaption, type TemplatePart, type TourNumbers } from '../../data/tour';
import type { TourStep } from '../../data/types';
import type { Lang } from '../../state/url';
import { TourTargets } from './TourTargets';

function Filled({ parts }: { parts: TemplatePart[] }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((p, i) => {
        const key = `${i}-${p.kind}`;
        if (p.kind === 'number')
          return (
            <strong key={key} className="tour-num">
              {p.text}
            </strong>
          );
        if (p.kind === 'unknown')
          return (
            <mark
              key={key}
              className="tour-unknown"
              title={t('presenter.unknownPlaceholder', { name: p.name })}
            >
              ?
            </mark>
          );
        return <span key={key}>{p.text}</span>;
      })}
    </>
  );
}

export interface TourCaptionProps {
  step: TourStep;
  numbers: TourNumbers;
  lang: Lang;
  /** The year shown during playback. */
  year: number | null;
  dataset: Dataset;
}

/**
 * A playback year whose end lies after the data's `as_of` date says what is expected ("预计"), not
 * what is done: the statuses at the end of that year are the plan's completion years, not facts.
 */
function captionOf(step: TourStep, n: TourNumbers, asOf: string) {
  const future = n.year !== null && `${n.year}-12-31` > asOf;
  return future && step.caption_future ? step.caption_future : step.caption;
}

export function TourCaption({ step, numbers, lang, year, dataset }: TourCaptionProps) {
  const { t } = useTranslation();
  const kind = step.kind ?? 'view';
  return (
    <section
      className={`tour-card tour-card--${kind}`}
      data-testid="tour-caption"
      data-step-id={step.id}
      aria-live="polite"
    >
      {kind === 'playback' && year !== null && (
        <p className="tour-year" data-testid="tour-year">
          <span className="visually-hidden">{t('presenter.yearLabel')} </span>
          {year}
        </p>
      )}
      <h2 className="tour-title">
        <Filled parts={fillCaption(step.title[lang], numbers, lang)} />
      </h2>
      <p className="tour-body" data-testid="tour-caption-body">
        <Filled parts={fillCaption(captionOf(step, numbers, dataset.site.as_of)[lang], numbers, lang)} />
      </p>
      {kind === 'targets' && <TourTargets dataset={dataset} lang={lang} />}
    </section>
  );
}

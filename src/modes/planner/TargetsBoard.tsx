/**
 * The targets board: each district target of targets.json against what the data says is
 * completed, under way and planned (a bar with the target line, and the gap in words), the city
 * targets for context, and the speech's track record checked against the data.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import type { Dataset } from '../../data/load';
import { checkTrackRecord, evaluateTargets, type TargetProgress } from '../../data/targets';
import { localizedText } from '../../i18n';
import type { Lang } from '../../state/url';
import { formatAmount } from './plannerFormat';
import { StatusBar } from './StatusBar';
import { TrackRecordChart } from './TrackRecordChart';

export interface TargetsBoardProps {
  dataset: Dataset;
  year: number | null;
  lang: Lang;
  when: string;
}

type Counted = Extract<TargetProgress, { kind: 'counted' }>;

/** The gap in words, in two short lines: what is completed, then the whole programme. */
function gapLines(
  p: Counted,
  lang: Lang,
  t: (k: string, o?: Record<string, unknown>) => string,
): Array<{ text: string; met: boolean }> {
  const amount = (n: number) => formatAmount(p.target.unit, n, lang);
  const done = p.metByCompleted
    ? p.gapCompleted < 0
      ? t('planner.targets.doneBeyond', { amount: amount(-p.gapCompleted) })
      : t('planner.targets.doneReached')
    : t('planner.targets.doneShort', { amount: amount(Math.max(0, p.gapCompleted)) });
  const lines = [{ text: done, met: p.metByCompleted }];
  if (!p.metByCompleted) {
    const all = p.met
      ? p.gap < 0
        ? t('planner.targets.allBeyond', { amount: amount(-p.gap) })
        : t('planner.targets.allReached')
      : p.gap > 0
        ? t('planner.targets.allShort', { amount: amount(p.gap) })
        : t('planner.targets.allNotBeyond');
    lines.push({ text: all, met: p.met });
  }
  return lines;
}

function TargetRow({ p, lang, catalogue }: { p: Counted; lang: Lang; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { target } = p;
  const amount = (n: number) => formatAmount(target.unit, n, lang);
  const sign = target.comparison === 'more_than' ? '>' : '≥';
  const max = Math.max(target.value, p.total) * 1.1;
  return (
    <li className="target" data-testid={`target-${target.id}`}>
      <div className="target-head">
        <span className="target-label">{target.label[lang]}</span>
        <span className="target-value">
          {sign} {amount(target.value)}
        </span>
      </div>
      {p.published ? (
        <>
          <StatusBar
            amounts={p.amounts}
            max={max}
            target={target.value}
            targetLabel={t('planner.targets.line')}
            size="large"
            label={t('planner.targets.aria', {
              completed: amount(p.amounts.completed),
              building: amount(p.amounts.under_construction),
              planned: amount(p.amounts.planned),
              target: amount(target.value),
            })}
          />
          <div className="target-figures">
            <span className="fig fig-completed">
              {t('status.completed')} <strong>{amount(p.amounts.completed)}</strong>
            </span>
            <span className="fig fig-building">
              {t('status.under_construction')} <strong>{amount(p.amounts.under_construction)}</strong>
            </span>
            <span className="fig fig-planned">
              {t('status.planned')} <strong>{amount(p.amounts.planned)}</strong>
            </span>
          </div>
          {p.partial ? (
            <p className="target-gap" data-testid={`gap-${target.id}`}>
              {t('planner.targets.publishedSum', { n: p.known, amount: amount(p.total) })}
            </p>
          ) : (
            <ul className="target-gap" data-testid={`gap-${target.id}`}>
              {gapLines(p, lang, t).map((line) => (
                <li key={line.text} className={line.met ? 'is-met' : 'is-short'}>
                  {line.text}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="target-gap is-short" data-testid={`gap-${target.id}`}>
          {t('planner.targets.notPublished')}
        </p>
      )}
      {p.unknown > 0 && (
        <p className="muted small" data-testid={`unknown-${target.id}`}>
          {t('planner.targets.unknown', {
            n: p.unknown,
            layer: localizedText(catalogue.get(target.rule?.layer ?? '')?.name, lang),
          })}
        </p>
      )}
      {p.later > 0 && (
        <p className="muted small">
          {t('planner.targets.later', { amount: amount(p.later), by: target.by })}
        </p>
      )}
    </li>
  );
}

export function TargetsBoard({ dataset, year, lang, when }: TargetsBoardProps) {
  const { t } = useTranslation();
  const config = dataset.targets;
  if (!config) {
    return (
      <section className="targets-board" data-testid="targets-board">
        <h2 className="panel-title">{t('planner.targets.title')}</h2>
        <p className="muted">{t('planner.targets.missing')}</p>
      </section>
    );
  }
  const progress = evaluateTargets(config, dataset.metrics, year);
  const counted = progress.filter((p): p is Counted => p.kind === 'counted');
  const context = progress.filter((p) => p.kind === 'context');
  return (
    <section className="targets-board" data-testid="targets-board" aria-labelledby="targets-title">
      <h2 id="targets-title" className="panel-title">
        {t('planner.targets.title')}
      </h2>
      <p className="muted small">{t('planner.targets.intro', { when })}</p>
      <div className="bar-legend" aria-hidden="true">
        <span>
          <i className="key key-completed" />
          {t('status.completed')}
        </span>
        <span>
          <i className="key key-under_construction" />
          {t('status.under_construction')}
        </span>
        <span>
          <i className="key key-planned" />
          {t('status.planned')}
        </span>
        <span>
          <i className="key key-target" />
          {t('planner.targets.line')}
        </span>
      </div>
      <ul className="target-list">
        {counted.map((p) => (
          <TargetRow key={p.target.id} p={p} lang={lang} catalogue={dataset.catalogue} />
        ))}
      </ul>
      {context.length > 0 && (
        <>
          <h3 className="section-title">{t('planner.targets.city')}</h3>
          <ul className="context-targets" data-testid="city-targets">
            {context.map((p) => (
              <li key={p.target.id}>
                <span>{p.target.label[lang]}</span>
                <span className="target-value">
                  {p.target.comparison === 'more_than' ? '>' : '≥'}{' '}
                  {formatAmount(p.target.unit, p.target.value, lang)}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted small">{t('planner.targets.cityNote')}</p>
        </>
      )}
      <TrackRecordChart checks={checkTrackRecord(config, dataset.metrics, year)} />
    </section>
  );
}

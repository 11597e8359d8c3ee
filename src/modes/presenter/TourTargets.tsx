/**
 * The targets step: the district's 2027 targets from `targets.json`, each against what the data
 * counts as completed, under construction and planned (src/data/targets.ts), large enough to read
 * from the back of a room. City-wide targets are left to the planner's board: the data cannot count them.
 */
import './tourTargets.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHouseholds, formatMoneyWan, formatNumber } from '../../data/format';
import type { Dataset } from '../../data/load';
import { evaluateTargets, type TargetProgress } from '../../data/targets';
import type { Target } from '../../data/types';
import type { Lang } from '../../state/url';

type Counted = Extract<TargetProgress, { kind: 'counted' }>;

function amount(target: Target, v: number, lang: Lang): string {
  if (target.unit === 'households') return formatHouseholds(v, lang);
  if (target.unit === 'wan_yuan') return formatMoneyWan(v, lang);
  if (target.unit === 'km') return `${formatNumber(v, lang, 1)} km`;
  return formatNumber(v, lang);
}

function Row({ p, lang }: { p: Counted; lang: Lang }) {
  const { t } = useTranslation();
  const { target, amounts } = p;
  const scale = Math.max(target.value, p.total) || 1;
  const pct = (v: number) => `${((v / scale) * 100).toFixed(2)}%`;
  const sign = target.comparison === 'more_than' ? '>' : '≥';
  return (
    <li className="tour-target" data-testid={`tour-target-${target.id}`}>
      <p className="tour-target-label">{target.label[lang]}</p>
      <p className="tour-target-figures">
        <span className="tour-target-done">
          {p.published ? amount(target, amounts.completed, lang) : t('presenter.targets.notPublished')}
        </span>
        <span className="tour-target-goal">
          {t('presenter.targets.goal', { sign, value: amount(target, target.value, lang) })}
        </span>
      </p>
      <div className="tour-bar" aria-hidden="true">
        <span className="tour-bar-done" style={{ width: pct(amounts.completed) }} />
        <span className="tour-bar-doing" style={{ width: pct(amounts.under_construction) }} />
        <span className="tour-bar-planned" style={{ width: pct(amounts.planned) }} />
        <span className="tour-bar-goal" style={{ left: pct(target.value) }} />
      </div>
      <p className="tour-target-split">
        {t('presenter.targets.split', {
          done: amount(target, amounts.completed, lang),
          doing: amount(target, amounts.under_construction, lang),
          planned: amount(target, amounts.planned, lang),
        })}
        {p.unknown > 0 && ` · ${t('presenter.targets.unknown', { n: p.unknown })}`}
      </p>
    </li>
  );
}

export function TourTargets({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation();
  const rows = useMemo(
    () =>
      dataset.targets
        ? evaluateTargets(dataset.targets, dataset.metrics).filter(
            (p): p is Counted => p.kind === 'counted' && p.target.level !== 'city',
          )
        : [],
    [dataset],
  );
  if (rows.length === 0) return <p className="tour-body">{t('presenter.targets.none')}</p>;
  return (
    <>
      <ul className="tour-targets" data-testid="tour-targets">
        {rows.map((p) => (
          <Row key={p.target.id} p={p} lang={lang} />
        ))}
      </ul>
      <p className="tour-legend" aria-hidden="true">
        <span className="tour-key tour-key--done" /> {t('presenter.targets.done')}
        <span className="tour-key tour-key--doing" /> {t('presenter.targets.doing')}
        <span className="tour-key tour-key--planned" /> {t('presenter.targets.planned')}
        <span className="tour-key tour-key--goal" /> {t('presenter.targets.goalMark')}
      </p>
    </>
  );
}

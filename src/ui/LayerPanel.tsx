/**
 * The layer panel: one row per registry entry (toggle, swatch, name, feature count) with its
 * legend, and the one legend of how status is drawn. Generated from the registry, never by hand.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type LayerId, STATUSES } from '../data/types';
import { COMMUNITY } from '../layers/colors';
import type { LayerDef } from '../layers/registry';
import { Swatch } from './Swatch';

export interface LayerPanelProps {
  defs: LayerDef[];
  visible: readonly LayerId[];
  counts: ReadonlyMap<LayerId, number>;
  broken: ReadonlySet<LayerId>;
  onToggle: (id: LayerId, on: boolean) => void;
  asOf: string;
  /** Features per layer before the status/year filters; when a count differs it reads "n / total". */
  totals?: ReadonlyMap<LayerId, number>;
  /** Filters shown above the layers; they carry the status legend, so the plain one is left out. */
  filters?: ReactNode;
}

export function LayerPanel({
  defs,
  visible,
  counts,
  broken,
  onToggle,
  asOf,
  totals,
  filters,
}: LayerPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const countText = (n: number, total: number | undefined) =>
    total === undefined || total === n ? t('panel.count', { count: n }) : t('planner.countOf', { n, total });
  return (
    <section className="layer-panel" data-testid="layer-panel" aria-labelledby={headingId}>
      {filters}
      <h2 id={headingId} className="panel-title">
        {t('panel.layers')}
      </h2>
      <ul className="layer-list">
        {[...defs].reverse().map((def) => {
          const on = visible.includes(def.id);
          const isBroken = broken.has(def.id);
          return (
            <li key={def.id} className="layer-row" data-layer={def.id}>
              <label className="layer-toggle">
                <input
                  type="checkbox"
                  checked={on && !isBroken}
                  disabled={isBroken}
                  onChange={(e) => onToggle(def.id, e.currentTarget.checked)}
                  data-testid={`toggle-${def.id}`}
                />
                <Swatch swatch={def.legend[0].swatch} />
                <span className="layer-name">{t(`layers.${def.id}`)}</span>
                <span className="layer-count" data-testid={`count-${def.id}`}>
                  {isBroken ? '—' : countText(counts.get(def.id) ?? 0, totals?.get(def.id))}
                </span>
              </label>
              {on && def.legend.length > 1 && (
                <ul className="legend-items">
                  {def.legend.map((item) => (
                    <li key={item.key}>
                      <Swatch swatch={item.swatch} />
                      <span>{t(item.key)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {!filters && (
        <>
          <h3 className="panel-subtitle">{t('panel.statusLegend')}</h3>
          <ul className="legend-items status-legend" data-testid="status-legend">
            {STATUSES.map((s) => (
              <li key={s}>
                <Swatch
                  swatch={{ kind: 'fill', fill: COMMUNITY.fill, outline: COMMUNITY.outline }}
                  status={s}
                />
                <span>
                  {t(`status.${s}`)} <span className="muted">· {t(`status.${s}How`)}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{t('panel.asOf', { date: asOf })}</p>
    </section>
  );
}

/**
 * The layer panel: one row per catalogue entry (toggle, swatch, name, headline figure) with its
 * legend, and the one legend of how status is drawn. Generated from the catalogue, never by hand.
 */
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../catalogue/catalogue';
import { legendOf } from '../catalogue/legend';
import { type LayerId, STATUSES } from '../data/types';
import { localizedText } from '../i18n';
import type { Lang } from '../state/url';
import { STATUS_SWATCH, Swatch } from './Swatch';

export interface LayerPanelProps {
  catalogue: Catalogue;
  lang: Lang;
  visible: readonly LayerId[];
  /** Each layer's headline figure for the statuses shown, and for all; "shown / total" when they differ. */
  figures: ReadonlyMap<LayerId, { shown: string; total: string }>;
  broken: ReadonlySet<LayerId>;
  onToggle: (id: LayerId, on: boolean) => void;
  asOf: string;
  /** Filters shown above the layers; they carry the status legend, so the plain one is left out. */
  filters?: ReactNode;
}

export function LayerPanel({
  catalogue,
  lang,
  visible,
  figures,
  broken,
  onToggle,
  asOf,
  filters,
}: LayerPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const figureText = (f: { shown: string; total: string } | undefined) =>
    !f ? '—' : f.shown === f.total ? f.total : t('planner.countOf', { n: f.shown, total: f.total });
  const valueLabel = (id: string) => (field: string, v: string) =>
    catalogue.field(id, field)?.values?.[v] ?? { zh: v, en: v };
  return (
    <section className="layer-panel" data-testid="layer-panel" aria-labelledby={headingId}>
      {filters}
      <h2 id={headingId} className="panel-title">
        {t('panel.layers')}
      </h2>
      <ul className="layer-list">
        {[...catalogue.layers].reverse().map((def) => {
          const on = visible.includes(def.id);
          const isBroken = broken.has(def.id);
          const legend = legendOf(def, valueLabel(def.id));
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
                {legend[0] && <Swatch swatch={legend[0].swatch} />}
                <span className="layer-name">{localizedText(def.name, lang)}</span>
                <span className="layer-count" data-testid={`count-${def.id}`}>
                  {isBroken ? '—' : figureText(figures.get(def.id))}
                </span>
              </label>
              {on && legend.length > 1 && (
                <ul className="legend-items">
                  {legend.map((item) => (
                    <li key={item.label.zh}>
                      <Swatch swatch={item.swatch} />
                      <span>{localizedText(item.label, lang)}</span>
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
                <Swatch swatch={STATUS_SWATCH} status={s} />
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

/**
 * The step's legend: one entry per layer the map shows (the catalogue's legend of each, as the
 * planner's layer panel derives it), then how the statuses on screen are drawn (solid, hatched,
 * dashed). Built from the store's visible layers and statuses, so it says what the room sees; a
 * step turns it off with `"legend": false`. The context layer (outline, river, roads) is the
 * base map and needs no key.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../catalogue/catalogue';
import { legendOf } from '../../catalogue/legend';
import type { LegendDef } from '../../catalogue/types';
import { STATUSES } from '../../data/types';
import { localizedText } from '../../i18n';
import { useAppState } from '../../state/store';
import type { Lang } from '../../state/url';
import { STATUS_SWATCH, Swatch } from '../../ui/Swatch';

export interface LegendEntry {
  id: string;
  name: { zh: string; en: string };
  items: LegendDef[];
  /** A point layer's map symbol (the lifts' ↑), drawn on its swatch. */
  glyph?: string;
}

/** The legend entries of these visible layers, top layer first (the planner's panel order). */
export function legendEntries(
  catalogue: Catalogue,
  visible: readonly string[],
  loaded: (id: string) => boolean,
) {
  const valueLabel = (id: string) => (field: string, v: string) =>
    catalogue.field(id, field)?.values?.[v] ?? { zh: v, en: v };
  return [...catalogue.layers]
    .reverse()
    .filter((e) => e.role !== 'context' && visible.includes(e.id) && loaded(e.id))
    .map(
      (e): LegendEntry => ({
        id: e.id,
        name: e.name,
        items: legendOf(e, valueLabel(e.id)),
        glyph: e.draw.kind === 'point' ? e.draw.glyph : undefined,
      }),
    )
    .filter((e) => e.items.length > 0);
}

export function TourLegend({
  catalogue,
  lang,
  loaded,
}: {
  catalogue: Catalogue;
  lang: Lang;
  loaded: (id: string) => boolean;
}) {
  const { t } = useTranslation();
  const layers = useAppState((s) => s.layers);
  const status = useAppState((s) => s.status);
  const entries = legendEntries(catalogue, catalogue.visible(layers), loaded);
  const withStatus = entries.some((e) => catalogue.get(e.id)?.status);
  if (entries.length === 0) return null;
  return (
    <section className="tour-mapkey" data-testid="tour-legend" aria-label={t('presenter.legend')}>
      <ul className="tour-mapkey-layers">
        {entries.map((e) => (
          <li key={e.id} data-layer={e.id} className="tour-mapkey-layer">
            {e.items.length === 1 ? (
              <span className="tour-mapkey-item">
                <Swatch swatch={e.items[0].swatch} glyph={e.glyph} />
                <span>{localizedText(e.name, lang)}</span>
              </span>
            ) : (
              <>
                <span className="tour-mapkey-name">{localizedText(e.name, lang)}</span>
                {e.items.map((item) => (
                  <span key={item.label.zh} className="tour-mapkey-item">
                    <Swatch swatch={item.swatch} glyph={e.glyph} />
                    <span>{localizedText(item.label, lang)}</span>
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
      {withStatus && (
        <ul className="tour-mapkey-status" data-testid="tour-legend-status">
          {STATUSES.filter((s) => status.includes(s)).map((s) => (
            <li key={s} data-status={s} className="tour-mapkey-item">
              <Swatch swatch={STATUS_SWATCH} status={s} />
              <span>{t(`status.${s}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

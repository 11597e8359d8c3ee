/**
 * What an exported picture or printed page says, already translated: the legend of the visible,
 * loaded layers with their headline figures (from the metrics function), and the title, view
 * caption, dates and attribution. Shared by the PNG export and the print layout.
 */
import type { useTranslation } from 'react-i18next';
import { legendOf } from '../../../catalogue/legend';
import { isoDate } from '../../../data/exportData';
import { formatLength } from '../../../data/format';
import type { Dataset } from '../../../data/load';
import { type LayerId, STATUSES, type Status } from '../../../data/types';
import { localizedText } from '../../../i18n';
import type { CameraView } from '../../../map/controller';
import { formatMeasure } from '../../../metrics/format';
import type { AppState } from '../../../state/store';
import type { Lang } from '../../../state/url';
import { STATUS_SWATCH } from '../../../ui/Swatch';
import type { LegendGroup, PictureText } from './mapPicture';
import { viewCaption } from './viewCaption';

type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * The legend of the visible, loaded layers, top layer first (as in the layer panel), each with its
 * headline figure for the statuses and year shown (from the metrics function), then status.
 */
export function legendFor(
  t: Translate,
  dataset: Dataset,
  view: {
    layers: readonly LayerId[] | null;
    status: readonly Status[];
    year: number | null;
    zone: string | null;
  },
  lang: Lang,
): LegendGroup[] {
  const { catalogue, metrics } = dataset;
  const visible = catalogue.visible(view.layers);
  const shown = [...catalogue.layers]
    .reverse()
    .filter((d) => visible.includes(d.id) && dataset.layers.has(d.id));
  const groups: LegendGroup[] = [];
  for (const def of shown) {
    const m = catalogue.panelMeasures(def.id)[0];
    // A work layer's figure is the zone's when the map shows one zone (`zone=`), as the map does.
    const zone = def.role === 'work' && view.zone ? view.zone : undefined;
    const v = metrics.value({ layer: def.id, measure: m.id, year: view.year, zone });
    const amount = v ? (def.status ? view.status.reduce((sum, st) => sum + v[st], 0) : v.total) : null;
    const name = localizedText(def.name, lang);
    const head =
      def.role === 'context' || amount === null ? name : `${name} · ${formatMeasure(m, amount, lang)}`;
    const legend = legendOf(
      def,
      (field, value) => catalogue.field(def.id, field)?.values?.[value] ?? { zh: value, en: value },
    );
    if (legend.length > 1) {
      groups.push({
        heading: head,
        rows: legend.map((i) => ({ label: localizedText(i.label, lang), swatch: i.swatch })),
      });
    } else if (legend[0]) {
      const row = { label: head, swatch: legend[0].swatch };
      const last = groups[groups.length - 1];
      if (last && last.heading === null) last.rows.push(row);
      else groups.push({ heading: null, rows: [row] });
    }
  }
  if (shown.some((d) => d.status)) {
    groups.push({
      heading: t('panel.statusLegend'),
      rows: STATUSES.filter((s) => view.status.includes(s)).map((s) => ({
        label: `${t(`status.${s}`)} · ${t(`status.${s}How`)}`,
        swatch: STATUS_SWATCH,
        status: s,
      })),
    });
  }
  return groups;
}

/** The data set's credit lines and the base map's (site.json `basemap.attribution`), each once. */
export function attributionLines(dataset: Dataset): string[] {
  const base = dataset.site.basemap;
  const extra = base && 'attribution' in base && base.attribution ? [base.attribution] : [];
  return [...new Set([...dataset.site.attribution, ...extra])];
}

/** The picture's text for the app's state `s`, the camera `v` and the time of export. */
export function pictureText(
  t: Translate,
  dataset: Dataset,
  s: Pick<AppState, 'year' | 'status' | 'zone' | 'layers' | 'sel' | 'lang'> &
    Partial<Pick<AppState, 'measure'>>,
  v: CameraView,
  now: Date,
): PictureText {
  const lang = s.lang;
  const { site } = dataset;
  return {
    title: site.title[lang],
    subtitle: `${site.programme[lang]} · ${site.district[lang]}`,
    view: viewCaption(t, dataset, s, lang),
    legend: t('tools.picture.legend'),
    north: t('tools.picture.north'),
    dates: [
      t('tools.picture.asOf', { date: site.as_of }),
      t('tools.picture.exported', { date: isoDate(now) }),
      t('tools.picture.centre', {
        lat: v.center[1].toFixed(4),
        lon: v.center[0].toFixed(4),
        zoom: v.zoom.toFixed(1),
      }),
    ].join(' · '),
    note: site.illustrative ? `${t('badge.illustrative')}：${t('badge.illustrativeHint')}` : null,
    attribution: attributionLines(dataset),
    scaleLabel: (m) => formatLength(m, lang),
  };
}

/**
 * The one line that says what an exported picture shows: the year (or today with its date), the
 * statuses, the zone (`zone=`, else the district), the work layers, a cross-table measure's own
 * filter (`measure=`) and the selected feature.
 */
import type { Dataset } from '../../../data/load';
import { STATUSES } from '../../../data/types';
import { localized, localizedText } from '../../../i18n';
import type { AppState } from '../../../state/store';
import type { Lang } from '../../../state/url';

type Translate = (key: string, o?: Record<string, unknown>) => string;

export function viewCaption(
  t: Translate,
  dataset: Dataset,
  s: Pick<AppState, 'year' | 'status' | 'zone' | 'layers' | 'sel'> & Partial<Pick<AppState, 'measure'>>,
  lang: Lang,
): string {
  const { catalogue, site } = dataset;
  const sep = t('tools.picture.separator');
  const when =
    s.year === null
      ? t('planner.filters.todayLong', { date: site.as_of })
      : t('planner.filters.endOf', { year: s.year });
  const status =
    s.status.length === STATUSES.length
      ? t('tools.picture.allStatuses')
      : STATUSES.filter((st) => s.status.includes(st))
          .map((st) => t(`status.${st}`))
          .join(sep) || t('tools.picture.noLayers');
  const zoneFeature = s.zone
    ? catalogue.zones
        .flatMap((z) => dataset.layers.get(z.id)?.features ?? [])
        .find((f) => f.properties?.id === s.zone)
    : undefined;
  const zone = zoneFeature ? localized(zoneFeature.properties ?? {}, 'name', lang) : site.district[lang];
  const shown = catalogue.visible(s.layers);
  const works = catalogue.works.filter((e) => shown.includes(e.id));
  const layers =
    s.layers === null
      ? t('tools.picture.allLayers')
      : works.map((e) => localizedText(e.name, lang)).join(sep) || t('tools.picture.noLayers');
  const parts = [t('tools.picture.view', { when, status, zone, layers })];
  const [mLayer, mId] = s.measure?.split('.') ?? [];
  const measure = mLayer && mId ? catalogue.measure(mLayer, mId) : undefined;
  if (measure?.where)
    parts.push(t('tools.list.measureOnly', { measure: localizedText(measure.label, lang) }));
  const selected = s.sel
    ? catalogue.sites
        .flatMap((e) => dataset.layers.get(e.id)?.features ?? [])
        .find((f) => f.properties?.id === s.sel)
    : undefined;
  if (selected)
    parts.push(t('tools.picture.selected', { name: localized(selected.properties ?? {}, 'name', lang) }));
  return parts.join(' · ');
}

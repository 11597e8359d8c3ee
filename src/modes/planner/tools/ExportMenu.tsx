/**
 * The export menu (a menu button): the current view as a PNG picture, and the visible features as
 * GeoJSON or CSV. Files are made in the browser and saved through a Blob URL.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legendOf } from '../../../catalogue/legend';
import { exportFileName, isoDate, toCsv, toGeoJson } from '../../../data/exportData';
import { formatLength } from '../../../data/format';
import type { Dataset } from '../../../data/load';
import { type LayerId, STATUSES, type Status } from '../../../data/types';
import { localizedText } from '../../../i18n';
import { useMapController } from '../../../map/MapContext';
import { formatMeasure } from '../../../metrics/format';
import { store } from '../../../state/store';
import type { Lang } from '../../../state/url';
import { STATUS_SWATCH } from '../../../ui/Swatch';
import type { ModeProps } from '../../types';
import { downloadBlob } from './download';
import { currentListFilter } from './listView';
import { type LegendGroup, mapPicture } from './mapPicture';
import { ToolIcon } from './ToolIcon';
import { viewCaption } from './viewCaption';

const KINDS = ['png', 'geojson', 'csv'] as const;
type Kind = (typeof KINDS)[number];

type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * The legend of the visible, loaded layers, top layer first (as in the layer panel), each with its
 * headline figure for the statuses and year shown (from the metrics function), then status.
 */
function legendFor(
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

export function ExportMenu({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const items = useRef<Array<HTMLButtonElement | null>>([]);

  useEffect(() => {
    if (!open) return;
    items.current[0]?.focus();
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const run = async (kind: Kind) => {
    close();
    const s = store.get();
    const view = { layers: s.layers, status: s.status, year: s.year, zone: s.zone };
    const now = new Date();
    const file = exportFileName(kind, now);
    try {
      if (kind === 'csv') {
        downloadBlob(
          new Blob([toCsv(dataset, currentListFilter(dataset, map))], { type: 'text/csv;charset=utf-8' }),
          file,
        );
      } else if (kind === 'geojson') {
        const json = JSON.stringify(toGeoJson(dataset, currentListFilter(dataset, map), s.zone));
        downloadBlob(new Blob([json], { type: 'application/geo+json' }), file);
      } else {
        if (!map) {
          setMessage(t('tools.export.noMap'));
          return;
        }
        setBusy(true);
        setMessage(t('tools.export.working'));
        const lang = s.lang;
        const { site } = dataset;
        const v = map.view();
        const blob = await mapPicture(map, legendFor(t, dataset, view, lang), {
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
          attribution: site.attribution,
          scaleLabel: (m) => formatLength(m, lang),
        });
        downloadBlob(blob, file);
      }
      setMessage(t('tools.export.done', { file }));
    } catch (e) {
      setMessage(t('tools.export.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    const list = items.current.filter((b): b is HTMLButtonElement => b !== null);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div className="tool-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="tool-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-busy={busy}
        disabled={busy}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            setOpen(true);
          }
        }}
        data-testid="export-button"
      >
        <ToolIcon name="download" />
        <span className="tool-label">{t('tools.export.button')}</span>
      </button>
      {open && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label={t('tools.export.menuLabel')}
          className="tool-popup export-menu"
          onKeyDown={onMenuKey}
          tabIndex={-1}
        >
          {KINDS.map((k, i) => (
            <button
              key={k}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              onClick={() => void run(k)}
              data-testid={`export-${k}`}
            >
              {t(`tools.export.${k}`)}
            </button>
          ))}
        </div>
      )}
      <span className="visually-hidden" role="status" data-testid="export-status">
        {message}
      </span>
    </div>
  );
}

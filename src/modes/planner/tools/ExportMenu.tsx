/**
 * The export menu (a menu button): the current view as a PNG picture, the visible features as
 * GeoJSON or CSV, and the print layout panel (a PDF at a chosen paper and scale). The picture and
 * print code is loaded when first used, not with the app. Files are made in the browser and saved
 * through a Blob URL.
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFileName, toCsv, toGeoJson } from '../../../data/exportData';
import { useMapController } from '../../../map/MapContext';
import { store } from '../../../state/store';
import type { ModeProps } from '../../types';
import { downloadBlob } from './download';
import { currentListFilter } from './listView';
import { ToolIcon } from './ToolIcon';

const PrintPanel = lazy(() => import('../print/PrintPanel').then((m) => ({ default: m.PrintPanel })));

const KINDS = ['png', 'print', 'geojson', 'csv'] as const;
type Kind = (typeof KINDS)[number];

export function ExportMenu({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState(false);
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
    if (kind === 'print') {
      setOpen(false);
      setPrinting(true);
      return;
    }
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
        const [{ mapPicture }, { legendFor, pictureText }] = await Promise.all([
          import('./mapPicture'),
          import('./pictureText'),
        ]);
        const blob = await mapPicture(
          map,
          legendFor(t, dataset, view, s.lang),
          pictureText(t, dataset, s, map.view(), now),
        );
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
        onClick={() => {
          setPrinting(false);
          setOpen(!open);
        }}
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
      {printing && (
        <Suspense
          fallback={
            <div className="tool-popup export-menu" role="status">
              <span className="menu-item">{t('tools.print.loading')}</span>
            </div>
          }
        >
          <PrintPanel
            dataset={dataset}
            onClose={() => {
              setPrinting(false);
              button.current?.focus();
            }}
            onMessage={setMessage}
            fileName={(now) => exportFileName('pdf', now)}
          />
        </Suspense>
      )}
      <span className="visually-hidden" role="status" data-testid="export-status">
        {message}
      </span>
    </div>
  );
}

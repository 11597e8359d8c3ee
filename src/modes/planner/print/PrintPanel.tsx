/**
 * The print layout panel of the export menu: paper (A4/A3), orientation and a scale, the ground the
 * page will cover, and a button that makes the PDF (./printPage.ts). Not modal: the map stays
 * usable, and the page is centred on the map's centre when the PDF is made. Loaded lazily with
 * the PDF code, the first time someone opens it. While it is open, the map outlines the page.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLength } from '../../../data/format';
import type { Dataset } from '../../../data/load';
import { useMapController } from '../../../map/MapContext';
import { store, useAppState } from '../../../state/store';
import { downloadBlob } from '../tools/download';
import { legendFor, pictureText } from '../tools/pictureText';
import {
  type Orientation,
  PAPERS,
  type Paper,
  PRINT_DPI,
  pageCorners,
  pageLayout,
  SCALES,
  zoomForScale,
} from './paper';
import { printPdf } from './printPage';
import './print.css';

const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

export interface PrintPanelProps {
  dataset: Dataset;
  onClose: () => void;
  /** says what happened (the export menu's live status) */
  onMessage: (message: string) => void;
  fileName: (now: Date) => string;
}

export function PrintPanel({ dataset, onClose, onMessage, fileName }: PrintPanelProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppState((s) => s.lang);
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [scale, setScale] = useState<number>(5000);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const spec = { paper, orientation, scale, dpi: PRINT_DPI };
  const layout = pageLayout(spec);

  // The page's outline on the map, following the map's centre and turn, gone when the panel closes.
  useEffect(() => {
    if (!map) return;
    const page = { paper, orientation, scale, dpi: PRINT_DPI };
    const draw = () => {
      const v = map.view();
      map.setPrintFrame(pageCorners(page, v.center, v.bearing ?? 0));
    };
    draw();
    const off = map.onMoveEnd(draw);
    return () => {
      off();
      map.setPrintFrame(null);
    };
  }, [map, paper, orientation, scale]);

  const make = async () => {
    if (!map) {
      onMessage(t('tools.export.noMap'));
      return;
    }
    setBusy(true);
    onMessage(t('tools.print.working'));
    const s = store.get();
    const now = new Date();
    try {
      const view = { layers: s.layers, status: s.status, year: s.year, zone: s.zone };
      const v = map.view();
      // The footer's camera line states the page's centre and the zoom it is drawn at.
      const text = {
        ...pictureText(t, dataset, s, { ...v, zoom: zoomForScale(scale, v.center[1]) }, now),
        scaleNote: t('tools.print.scaleNote', { n: scale }),
      };
      const blob = await printPdf(map, legendFor(t, dataset, view, s.lang), text, spec);
      const file = fileName(now);
      downloadBlob(blob, file);
      onMessage(t('tools.export.done', { file }));
    } catch (e) {
      onMessage(t('tools.export.failed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="tool-popup print-panel"
      aria-labelledby={`${id}-title`}
      data-testid="print-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={`${id}-title`} className="print-title">
        {t('tools.print.title')}
      </h2>
      <fieldset className="print-choice">
        <legend>{t('tools.print.paper')}</legend>
        {(Object.keys(PAPERS) as Paper[]).map((p, i) => (
          <label key={p}>
            <input
              ref={i === 0 ? first : undefined}
              type="radio"
              name={`${id}-paper`}
              value={p}
              checked={paper === p}
              onChange={() => setPaper(p)}
              data-testid={`print-paper-${p}`}
            />
            {p}
          </label>
        ))}
      </fieldset>
      <fieldset className="print-choice">
        <legend>{t('tools.print.orientation')}</legend>
        {ORIENTATIONS.map((o) => (
          <label key={o}>
            <input
              type="radio"
              name={`${id}-orientation`}
              value={o}
              checked={orientation === o}
              onChange={() => setOrientation(o)}
              data-testid={`print-${o}`}
            />
            {t(`tools.print.${o}`)}
          </label>
        ))}
      </fieldset>
      <label className="print-scale">
        {t('tools.print.scale')}
        <select value={scale} onChange={(e) => setScale(Number(e.target.value))} data-testid="print-scale">
          {SCALES.map((n) => (
            <option key={n} value={n}>
              {t('tools.print.scaleOption', { n })}
            </option>
          ))}
        </select>
      </label>
      <p className="small print-note" data-testid="print-extent">
        {t('tools.print.extent', {
          width: formatLength(layout.groundWidth, lang),
          height: formatLength(layout.groundHeight, lang),
        })}
      </p>
      <p className="small muted print-note">{t('tools.print.accuracy', { dpi: PRINT_DPI })}</p>
      <div className="print-actions">
        <button
          type="button"
          className="print-make"
          onClick={() => void make()}
          disabled={busy}
          aria-busy={busy}
          data-testid="print-make"
        >
          {busy ? t('tools.print.working') : t('tools.print.make')}
        </button>
        <button type="button" className="menu-item" onClick={onClose} data-testid="print-close">
          {t('tools.print.close')}
        </button>
      </div>
    </section>
  );
}

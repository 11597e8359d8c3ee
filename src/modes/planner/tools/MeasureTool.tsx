/**
 * Measure on the map: a distance (m / km) or an area (m², 亩, 公顷). The map draws what is clicked
 * (terra-draw, through the map controller); the figure is computed here with Turf and announced.
 */
import type { LineString, Polygon } from 'geojson';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measuredArea, measuredLength, shapeAreaM2, shapeLengthM } from '../../../data/measureShape';
import type { MeasureKind } from '../../../map/controller';
import { useMapController } from '../../../map/MapContext';
import { useAppState } from '../../../state/store';
import { ToolIcon } from './ToolIcon';

const KINDS: MeasureKind[] = ['distance', 'area'];

export function MeasureTool() {
  const map = useMapController();
  const { t } = useTranslation();
  const id = useId();
  const lang = useAppState((s) => s.lang);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<MeasureKind | null>(null);
  const [shape, setShape] = useState<{ geometry: LineString | Polygon | null; done: boolean }>({
    geometry: null,
    done: false,
  });

  useEffect(() => {
    if (!map) return;
    if (kind) map.measure(kind, (geometry, done) => setShape({ geometry, done }));
    else map.measure(null);
    setShape({ geometry: null, done: false });
  }, [map, kind]);
  useEffect(() => () => map?.measure(null), [map]);

  const g = shape.geometry;
  const figure =
    g?.type === 'LineString' && g.coordinates.length > 1
      ? measuredLength(shapeLengthM(g), lang)
      : g?.type === 'Polygon' && (g.coordinates[0]?.length ?? 0) > 3
        ? measuredArea(shapeAreaM2(g), lang)
        : '';
  const stop = () => {
    setKind(null);
    setOpen(false);
  };

  return (
    <div className="tool-menu">
      <button
        type="button"
        className="tool-button"
        data-compact="true"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        title={t('tools.measure.label')}
        onClick={() => (open ? stop() : setOpen(true))}
        data-testid="measure-button"
      >
        <ToolIcon name="ruler" />
        <span className="tool-label">{t('tools.measure.button')}</span>
      </button>
      {open && (
        <div id={`${id}-panel`} className="tool-popup measure-panel" data-testid="measure-panel">
          <div className="measure-kinds">
            {KINDS.map((k) => (
              <button
                key={k}
                type="button"
                className="menu-item"
                aria-pressed={kind === k}
                onClick={() => setKind(k)}
                data-testid={`measure-${k}`}
              >
                {t(`tools.measure.${k}`)}
              </button>
            ))}
          </div>
          <p className="small muted measure-hint">
            {kind ? t('tools.measure.hint') : t('tools.measure.choose')}
          </p>
          <output className="measure-result" aria-live="polite" data-testid="measure-result">
            {figure && (shape.done ? figure : t('tools.measure.drawing', { figure }))}
          </output>
          <button type="button" className="menu-item" onClick={stop} data-testid="measure-stop">
            {t('tools.measure.stop')}
          </button>
        </div>
      )}
    </div>
  );
}

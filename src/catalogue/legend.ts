/**
 * What a layer looks like in the legend, the layer panel and the export: derived from the entry's
 * drawing (one item per coloured value, plus the casing of a line) unless the entry lists its own.
 */
import { matches } from './catalogue';
import type { LayerEntry, LegendDef, LocalizedText, Paint, SwatchDef } from './types';

/** The colour a Paint gives a feature with these properties. */
export function colorOf(p: Paint, props: Record<string, unknown>): string {
  if (typeof p === 'string') return p;
  const v = props[p.by];
  return (typeof v === 'string' && p.values[v]) || p.default;
}

/** Each value of a by-field Paint with its label (the field's enum label, else the value). */
function byValue(
  e: LayerEntry,
  p: Paint,
  swatch: (color: string) => SwatchDef,
  valueLabel: (v: string) => LocalizedText,
): LegendDef[] {
  if (typeof p === 'string') return [{ label: e.name, swatch: swatch(p) }];
  return Object.entries(p.values).map(([v, color]) => ({ label: valueLabel(v), swatch: swatch(color) }));
}

/** Legend items of an entry. `valueLabel` names a value of the by-field (from the catalogue's enum). */
export function legendOf(
  e: LayerEntry,
  valueLabel: (field: string, v: string) => LocalizedText,
): LegendDef[] {
  if (e.legend) return e.legend;
  const d = e.draw;
  switch (d.kind) {
    case 'context':
      return [];
    case 'zone': {
      const by = typeof d.color === 'string' ? '' : d.color.by;
      return byValue(
        e,
        d.color,
        (c) => ({ kind: 'fill', fill: `${c}22`, outline: c }),
        (v) => valueLabel(by, v),
      );
    }
    case 'polygon': {
      const by = typeof d.fill === 'string' ? '' : d.fill.by;
      return byValue(
        e,
        d.fill,
        (c) => ({ kind: 'fill', fill: c, outline: typeof d.outline === 'string' ? d.outline : c }),
        (v) => valueLabel(by, v),
      );
    }
    case 'line': {
      const by = typeof d.color === 'string' ? '' : d.color.by;
      const items = byValue(
        e,
        d.color,
        (c) => ({ kind: 'line', color: c }),
        (v) => valueLabel(by, v),
      );
      const first = items[0]?.swatch;
      if (d.casing && first?.kind === 'line')
        items.push({
          label: d.casing.label,
          swatch: { kind: 'line', color: first.color, casing: d.casing.color },
        });
      return items;
    }
    case 'point': {
      const by = typeof d.color === 'string' ? '' : d.color.by;
      return byValue(
        e,
        d.color,
        (c) => ({ kind: 'point', fill: c, stroke: '#ffffff' }),
        (v) => valueLabel(by, v),
      );
    }
  }
}

/** The swatch of one feature (the feature panel's head, the table's rows). */
export function swatchOfFeature(e: LayerEntry, props: Record<string, unknown>): SwatchDef {
  const d = e.draw;
  switch (d.kind) {
    case 'context':
      return { kind: 'line', color: '#4a4a4a' };
    case 'zone': {
      const c = colorOf(d.color, props);
      return { kind: 'fill', fill: c, outline: c };
    }
    case 'polygon': {
      const fill = colorOf(d.fill, props);
      return { kind: 'fill', fill, outline: d.outline ? colorOf(d.outline, props) : fill };
    }
    case 'line': {
      const cased = d.casing && matches(d.casing.where, props);
      return {
        kind: 'line',
        color: colorOf(d.color, props),
        ...(cased && d.casing ? { casing: d.casing.color } : {}),
      };
    }
    case 'point':
      return { kind: 'point', fill: colorOf(d.color, props), stroke: '#ffffff' };
  }
}

/** The PNG export's legend: groups of rows, each a swatch drawn the way the map draws its status. */
import type { SwatchDef as Swatch } from '../../../catalogue/types';
import type { Status } from '../../../data/types';
import { font, INK, panel } from './pictureCanvas';

export interface LegendRow {
  label: string;
  swatch: Swatch;
  status?: Status;
}
export interface LegendGroup {
  heading: string | null;
  rows: LegendRow[];
}

function drawSwatch(ctx: CanvasRenderingContext2D, s: Swatch, x: number, y: number, status?: Status) {
  ctx.save();
  if (s.kind === 'point') {
    ctx.beginPath();
    ctx.arc(x + 11, y + 7, 5, 0, Math.PI * 2);
    ctx.fillStyle = s.fill;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = s.stroke;
    ctx.stroke();
  } else if (s.kind === 'line') {
    ctx.lineCap = 'round';
    const line = (color: string, width: number) => {
      ctx.beginPath();
      ctx.moveTo(x + 2, y + 7);
      ctx.lineTo(x + 20, y + 7);
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    };
    if (s.casing) line(s.casing, 6);
    if (s.dashed) ctx.setLineDash([4, 3]);
    line(s.color, 3);
  } else {
    // The same rule as the on-screen swatches (src/ui/Swatch.tsx): status by opacity, hatch, dash.
    ctx.globalAlpha = status === 'planned' ? 0.1 : status === 'under_construction' ? 0.42 : 0.85;
    ctx.fillStyle = s.fill;
    ctx.fillRect(x + 1.5, y + 1.5, 19, 11);
    ctx.globalAlpha = 1;
    if (status === 'under_construction') {
      ctx.beginPath();
      ctx.rect(x + 1.5, y + 1.5, 19, 11);
      ctx.clip();
      ctx.strokeStyle = 'rgba(60,50,30,0.6)';
      ctx.lineWidth = 1.2;
      for (let d = -12; d < 24; d += 4) {
        ctx.beginPath();
        ctx.moveTo(x + d, y + 14);
        ctx.lineTo(x + d + 14, y);
        ctx.stroke();
      }
    }
    if (status === 'planned') ctx.setLineDash([3, 2]);
    ctx.strokeStyle = s.outline;
    ctx.lineWidth = status === 'planned' ? 1.6 : 1.2;
    ctx.strokeRect(x + 1.5, y + 1.5, 19, 11);
  }
  ctx.restore();
}

const ROW = 18;
const HEAD = 21;

export function drawLegend(
  ctx: CanvasRenderingContext2D,
  groups: LegendGroup[],
  title: string,
  box: DOMRect,
) {
  type Line = { kind: 'head'; text: string } | { kind: 'row'; row: LegendRow };
  const lines: Line[] = groups.flatMap((g): Line[] => [
    ...(g.heading ? [{ kind: 'head' as const, text: g.heading }] : []),
    ...g.rows.map((row) => ({ kind: 'row' as const, row })),
  ]);
  const height = (l: Line) => (l.kind === 'head' ? HEAD : ROW);
  // Fill columns top to bottom; a new column when the next line would run past the bottom.
  const columns: Line[][] = [[]];
  let used = 0;
  for (const l of lines) {
    if (used + height(l) > box.height - 40 && columns[columns.length - 1].length) {
      columns.push([]);
      used = 0;
    }
    columns[columns.length - 1].push(l);
    used += height(l);
  }
  const widthOf = (col: Line[]) =>
    Math.max(
      ...col.map((l) => {
        ctx.font = l.kind === 'head' ? font(12, 700) : font(12);
        return l.kind === 'head' ? ctx.measureText(l.text).width : 30 + ctx.measureText(l.row.label).width;
      }),
    );
  const colWidths = columns.map(widthOf);
  const innerW = colWidths.reduce((a, b) => a + b, 0) + 16 * (columns.length - 1);
  const innerH = Math.max(...columns.map((c) => c.reduce((a, l) => a + height(l), 0)));
  const w = innerW + 24;
  const h = innerH + 40;
  const x0 = box.right - w;
  panel(ctx, x0, box.top, w, h);
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK;
  ctx.font = font(14, 700);
  ctx.fillText(title, x0 + 12, box.top + 17);
  let x = x0 + 12;
  columns.forEach((col, i) => {
    let y = box.top + 32;
    for (const l of col) {
      if (l.kind === 'head') {
        ctx.font = font(12, 700);
        ctx.fillStyle = INK;
        ctx.fillText(l.text, x, y + HEAD / 2 + 2);
      } else {
        drawSwatch(ctx, l.row.swatch, x, y + 2, l.row.status);
        ctx.font = font(12);
        ctx.fillStyle = INK;
        ctx.fillText(l.row.label, x + 30, y + ROW / 2);
      }
      y += height(l);
    }
    x += colWidths[i] + 16;
  });
}

/** A two-tone bar of a round distance, as long on the picture as that distance on the ground. */

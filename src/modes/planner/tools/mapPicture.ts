/**
 * The PNG export: the map rendered at 2× and, drawn over it on a 2D canvas, what makes it a map
 * a planning office can print — title, legend, scale bar, north arrow, dates, attribution and
 * the illustrative note. All text arrives already translated; data text is drawn as plain text.
 */

import type { SwatchDef as Swatch } from '../../../catalogue/types';
import { metresPerPixel, scaleBar } from '../../../data/exportData';
import type { Status } from '../../../data/types';
import type { MapController } from '../../../map/controller';

export interface LegendRow {
  label: string;
  swatch: Swatch;
  status?: Status;
}
export interface LegendGroup {
  heading: string | null;
  rows: LegendRow[];
}
export interface PictureText {
  title: string;
  subtitle: string;
  legend: string;
  north: string;
  /** first footer line: dates and the camera */
  dates: string;
  /** the illustrative-data note, or null for a real data set */
  note: string | null;
  attribution: string[];
  scaleLabel: (metres: number) => string;
}

const SCALE = 2;
const M = 16;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const INK = '#1d1d1f';
const MUTED = '#55534e';
const font = (size: number, weight = 400) => `${weight} ${size}px ${FONT}`;

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  ctx.save();
  ctx.shadowColor = 'rgba(0,0,0,0.18)';
  ctx.shadowBlur = 6;
  ctx.shadowOffsetY = 1;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 8);
  ctx.fill();
  ctx.restore();
}

/** Splits text into lines no wider than `max`: at spaces for Latin text, between any two CJK characters. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && ctx.measureText(line + tok).width > max) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
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

function drawTitle(ctx: CanvasRenderingContext2D, text: PictureText, width: number) {
  const max = Math.min(width * 0.55, 560);
  ctx.font = font(20, 700);
  const title = wrap(ctx, text.title, max);
  ctx.font = font(13);
  const sub = wrap(ctx, text.subtitle, max);
  ctx.font = font(20, 700);
  const w1 = Math.max(...title.map((l) => ctx.measureText(l).width));
  ctx.font = font(13);
  const w2 = Math.max(0, ...sub.map((l) => ctx.measureText(l).width));
  const h = 14 + title.length * 27 + sub.length * 19 + 8;
  panel(ctx, M, M, Math.max(w1, w2) + 28, h);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = font(20, 700);
  for (const [i, l] of title.entries()) ctx.fillText(l, M + 14, M + 12 + i * 27);
  ctx.fillStyle = MUTED;
  ctx.font = font(13);
  for (const [i, l] of sub.entries()) ctx.fillText(l, M + 14, M + 14 + title.length * 27 + i * 19);
}

function drawNorth(ctx: CanvasRenderingContext2D, bearing: number, label: string, width: number) {
  const r = 26;
  const cx = width - M - r;
  const cy = M + r;
  ctx.save();
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fill();
  ctx.strokeStyle = '#b8b2a6';
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.translate(cx, cy);
  // The map turned by `bearing` degrees clockwise, so north on screen is turned back by as much.
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.beginPath();
  ctx.moveTo(0, -12);
  ctx.lineTo(-7, 12);
  ctx.lineTo(0, 7);
  ctx.closePath();
  ctx.fillStyle = INK;
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(0, -12);
  ctx.lineTo(7, 12);
  ctx.lineTo(0, 7);
  ctx.closePath();
  ctx.fillStyle = '#8d877c';
  ctx.fill();
  ctx.font = font(11, 700);
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, 0, -19);
  ctx.restore();
}

const ROW = 18;
const HEAD = 21;

function drawLegend(ctx: CanvasRenderingContext2D, groups: LegendGroup[], title: string, box: DOMRect) {
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
function drawScale(ctx: CanvasRenderingContext2D, label: string, px: number, y: number) {
  const x = M + 10;
  panel(ctx, M, y - 30, px + 20 + 10, 44);
  ctx.fillStyle = INK;
  ctx.font = font(12, 700);
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, x, y - 12);
  const half = px / 2;
  ctx.fillStyle = INK;
  ctx.fillRect(x, y - 4, half, 6);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(x + half, y - 4, half, 6);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1;
  ctx.strokeRect(x, y - 4, px, 6);
}

function drawFooter(ctx: CanvasRenderingContext2D, text: PictureText, width: number, height: number): number {
  const max = width - 2 * M;
  ctx.font = font(11.5);
  const body = [text.dates, text.attribution.join(' · ')].flatMap((l) => wrap(ctx, l, max));
  ctx.font = font(11.5, 700);
  const note = text.note ? wrap(ctx, text.note, max) : [];
  const lines = [...note.map((l) => ({ l, note: true })), ...body.map((l) => ({ l, note: false }))];
  const h = lines.length * 16 + 12;
  const top = height - h;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, top, width, h);
  ctx.textBaseline = 'top';
  lines.forEach(({ l, note: isNote }, i) => {
    ctx.font = font(11.5, isNote ? 700 : 400);
    ctx.fillStyle = isNote ? '#7a3e00' : '#3d3b37';
    ctx.fillText(l, M, top + 6 + i * 16);
  });
  return top;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  return img.decode().then(() => img);
}

/** Renders the map at 2× and composes the picture; resolves to a PNG blob twice the map's CSS size. */
export async function mapPicture(
  map: MapController,
  legend: LegendGroup[],
  text: PictureText,
): Promise<Blob> {
  const { width, height } = map.size();
  const view = map.view();
  const img = await loadImage(map.snapshot({ pixelRatio: SCALE }));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * SCALE);
  canvas.height = Math.round(height * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');
  // MapLibre may clamp a very large canvas; drawing to the full size then upscales what it gave.
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  ctx.scale(SCALE, SCALE);
  drawTitle(ctx, text, width);
  drawNorth(ctx, view.bearing ?? 0, text.north, width);
  const footerTop = drawFooter(ctx, text, width, height);
  const bar = scaleBar(metresPerPixel(view.zoom, view.center[1]), Math.min(160, width / 4));
  drawScale(ctx, text.scaleLabel(bar.metres), bar.px, footerTop - M - 6);
  const legendTop = M + 64;
  drawLegend(ctx, legend, text.legend, new DOMRect(M, legendTop, width - 2 * M, footerTop - M - legendTop));
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}

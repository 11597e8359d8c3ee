/**
 * The PNG export: the map rendered by the map itself at the picture's real pixel size (tiled by
 * src/map when one drawing buffer is too large, never upscaled) and, drawn over it on a 2D canvas,
 * what makes it a map a planning office can print — title, legend, scale bar, north arrow, dates,
 * attribution and the illustrative note, and the view it shows (year, statuses, zone, layers,
 * selection), which is also written into the file as its caption. All text arrives already
 * translated; data text is drawn as plain text. The print layout (../print) draws the same parts.
 */

import { metresPerPixel, scaleBar } from '../../../data/exportData';
import { withPngText } from '../../../data/pngText';
import type { MapController } from '../../../map/controller';
import { font, INK, M, MUTED, panel, SCALE, wrap } from './pictureCanvas';
import { drawLegend, type LegendGroup } from './pictureLegend';

export type { LegendGroup, LegendRow } from './pictureLegend';

export interface PictureText {
  title: string;
  subtitle: string;
  /** what the picture shows: year, statuses, zone, layers, selection (also the PNG's caption) */
  view: string;
  legend: string;
  north: string;
  /** first footer line: dates and the camera */
  dates: string;
  /** the illustrative-data note, or null for a real data set */
  note: string | null;
  attribution: string[];
  scaleLabel: (metres: number) => string;
  /** said before the scale bar's length, e.g. the printed scale "1:5000" */
  scaleNote?: string;
}

/**
 * Device pixels per CSS pixel of an exported picture: the screen's own ratio (a 4K screen's map is
 * exported at its 3840 pixels), and at least 2× for a small map, up to a 3840-pixel-wide picture.
 */
export function pictureRatio(cssWidth: number, devicePixelRatio: number): number {
  return Math.max(devicePixelRatio, Math.min(SCALE, 3840 / Math.max(1, cssWidth)));
}

/** Draws the title panel; returns its bottom edge. */
function drawTitle(ctx: CanvasRenderingContext2D, text: PictureText, width: number): number {
  const max = Math.min(width * 0.55, 560);
  ctx.font = font(20, 700);
  const title = wrap(ctx, text.title, max);
  ctx.font = font(13);
  const sub = wrap(ctx, text.subtitle, max);
  ctx.font = font(12.5, 700);
  const view = wrap(ctx, text.view, max);
  ctx.font = font(20, 700);
  const w1 = Math.max(...title.map((l) => ctx.measureText(l).width));
  ctx.font = font(13);
  const w2 = Math.max(0, ...sub.map((l) => ctx.measureText(l).width));
  ctx.font = font(12.5, 700);
  const w3 = Math.max(0, ...view.map((l) => ctx.measureText(l).width));
  const h = 14 + title.length * 27 + (sub.length + view.length) * 19 + 8;
  panel(ctx, M, M, Math.max(w1, w2, w3) + 28, h);
  ctx.fillStyle = INK;
  ctx.textBaseline = 'top';
  ctx.font = font(20, 700);
  for (const [i, l] of title.entries()) ctx.fillText(l, M + 14, M + 12 + i * 27);
  ctx.fillStyle = MUTED;
  ctx.font = font(13);
  for (const [i, l] of sub.entries()) ctx.fillText(l, M + 14, M + 14 + title.length * 27 + i * 19);
  ctx.fillStyle = '#0b5c8a';
  ctx.font = font(12.5, 700);
  const top = M + 14 + title.length * 27 + sub.length * 19;
  for (const [i, l] of view.entries()) ctx.fillText(l, M + 14, top + i * 19);
  return M + h;
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

function drawScale(ctx: CanvasRenderingContext2D, label: string, px: number, y: number) {
  const x = M + 10;
  ctx.font = font(12, 700);
  panel(ctx, M, y - 30, Math.max(px, ctx.measureText(label).width) + 20 + 10, 44);
  ctx.fillStyle = INK;
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

/** Where the overlays go and what they need to know of the map under them. */
export interface OverlayFrame {
  /** CSS pixels */
  width: number;
  height: number;
  bearing: number;
  /** ground metres per CSS pixel at the centre */
  metresPerPx: number;
}

/** Draws title, north arrow, footer, scale bar and legend over a map of `frame` CSS pixels. */
export function drawOverlays(
  ctx: CanvasRenderingContext2D,
  legend: LegendGroup[],
  text: PictureText,
  frame: OverlayFrame,
) {
  const { width, height } = frame;
  const titleBottom = drawTitle(ctx, text, width);
  drawNorth(ctx, frame.bearing, text.north, width);
  const footerTop = drawFooter(ctx, text, width, height);
  const bar = scaleBar(frame.metresPerPx, Math.min(160, width / 4));
  const label = text.scaleLabel(bar.metres);
  drawScale(ctx, text.scaleNote ? `${text.scaleNote} · ${label}` : label, bar.px, footerTop - M - 6);
  const legendTop = Math.max(M + 64, titleBottom + 10);
  drawLegend(ctx, legend, text.legend, new DOMRect(M, legendTop, width - 2 * M, footerTop - M - legendTop));
}

/**
 * Renders the map at the picture's ratio (see pictureRatio) and composes the picture; resolves to
 * a PNG blob of the map's CSS size times that ratio.
 */
export async function mapPicture(
  map: MapController,
  legend: LegendGroup[],
  text: PictureText,
): Promise<Blob> {
  const { width, height } = map.size();
  const view = map.view();
  const ratio = pictureRatio(width, window.devicePixelRatio || 1);
  const { canvas, pixelRatio } = await map.render({ width, height, pixelRatio: ratio, camera: view });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');
  ctx.scale(pixelRatio, pixelRatio);
  drawOverlays(ctx, legend, text, {
    width,
    height,
    bearing: view.bearing ?? 0,
    metresPerPx: metresPerPixel(view.zoom, view.center[1]),
  });
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
  );
  // The file says what it shows, as the picture does: title and view as the PNG's own text.
  const png = withPngText(
    new Uint8Array(await blob.arrayBuffer()),
    'Description',
    `${text.title} · ${text.view}`,
  );
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/**
 * The print layout as a PDF: the map rendered by the map itself at the scale asked (true at the
 * page's centre, src/modes/planner/print/paper.ts), framed on a white page, with the same title,
 * view caption, legend, scale bar, north arrow, dates and attribution as the PNG export, plus the
 * printed scale. The page is composed on a canvas — the browser's fonts draw the Chinese text, so
 * the PDF needs no embedded CJK font — and placed in the PDF as one image (jsPDF, loaded with the
 * print panel, only when someone opens it).
 */
import { jsPDF } from 'jspdf';
import type { MapController } from '../../../map/controller';
import { drawOverlays, type LegendGroup, type PictureText } from '../tools/mapPicture';
import { metresPerCssPx, type PageSpec, pageLayout, pageMm, zoomForScale } from './paper';

/** Draws the page: white paper, the map in its frame, the overlays over the map, a frame line. */
export async function printCanvas(
  map: MapController,
  legend: LegendGroup[],
  text: PictureText,
  spec: PageSpec,
): Promise<HTMLCanvasElement> {
  const layout = pageLayout(spec);
  const view = map.view();
  // A printed scale is a plan's: the page is drawn looking straight down, turned as the map is.
  const camera = {
    center: view.center,
    zoom: zoomForScale(spec.scale, view.center[1]),
    bearing: view.bearing ?? 0,
    pitch: 0,
  };
  const picture = await map.render({
    width: layout.cssWidth,
    height: layout.cssHeight,
    pixelRatio: layout.ratio,
    camera,
  });
  const page = document.createElement('canvas');
  page.width = layout.width;
  page.height = layout.height;
  const ctx = page.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, page.width, page.height);
  const { frame } = layout;
  ctx.drawImage(picture.canvas, frame.x, frame.y, frame.width, frame.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.x, frame.y, frame.width, frame.height);
  ctx.clip();
  ctx.translate(frame.x, frame.y);
  ctx.scale(frame.width / layout.cssWidth, frame.height / layout.cssHeight);
  drawOverlays(ctx, legend, text, {
    width: layout.cssWidth,
    height: layout.cssHeight,
    bearing: camera.bearing,
    metresPerPx: metresPerCssPx(spec.scale),
  });
  ctx.restore();
  ctx.strokeStyle = '#1d1d1f';
  ctx.lineWidth = Math.max(1, layout.ratio);
  ctx.strokeRect(frame.x, frame.y, frame.width, frame.height);
  return page;
}

/** The page as a one-page PDF of the chosen paper and orientation. */
export async function printPdf(
  map: MapController,
  legend: LegendGroup[],
  text: PictureText,
  spec: PageSpec,
): Promise<Blob> {
  const page = await printCanvas(map, legend, text, spec);
  const mm = pageMm(spec.paper, spec.orientation);
  const pdf = new jsPDF({
    orientation: spec.orientation,
    unit: 'mm',
    format: spec.paper.toLowerCase(),
    compress: true,
  });
  pdf.setProperties({ title: text.title, subject: text.view, creator: text.title });
  // JPEG at high quality: embedded as it is (jsPDF re-encodes a PNG in JavaScript, seconds for an
  // A3 page), a third of the size, and at 200 dpi the legend's small text stays crisp.
  pdf.addImage(page.toDataURL('image/jpeg', 0.92), 'JPEG', 0, 0, mm.width, mm.height);
  return pdf.output('blob');
}

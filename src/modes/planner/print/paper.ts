/**
 * The arithmetic of a printed map: paper sizes, the print resolution, and the zoom at which the
 * map must be drawn so that its printed scale is true at the page's centre. Pure: no DOM, no map.
 */
import { EARTH_CIRCUMFERENCE_M } from '../../../data/exportData';
import { offsetCentre } from '../../../map/tilePlan';

export const PAPERS = { A4: [210, 297], A3: [297, 420] } as const;
export type Paper = keyof typeof PAPERS;
export type Orientation = 'portrait' | 'landscape';
/** The scales a planner chooses from, as 1:n. */
export const SCALES = [1000, 2000, 5000, 10000, 25000] as const;
/** Print resolution: 200 dpi is sharp on an office laser printer and keeps A3 within one GPU buffer. */
export const PRINT_DPI = 200;
/** The page's white margin, mm. */
export const MARGIN_MM = 8;
/**
 * CSS pixels per inch: the map's line widths and label sizes are given in CSS pixels, which the
 * page draws at the size they have on a standard 96-dpi screen (a 12 px label is 3.2 mm high).
 */
const CSS_DPI = 96;

export interface PageSpec {
  paper: Paper;
  orientation: Orientation;
  scale: number;
  dpi: number;
}

/** The paper's width and height in mm, turned for the orientation. */
export function pageMm(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const [short, long] = PAPERS[paper];
  return orientation === 'portrait' ? { width: short, height: long } : { width: long, height: short };
}

export const mmToPx = (mm: number, dpi: number) => Math.round((mm / 25.4) * dpi);

/** Device pixels per CSS pixel on the page: the map and the overlays are drawn at this ratio. */
export const pageRatio = (dpi: number) => dpi / CSS_DPI;

/** Ground metres one CSS pixel of the printed map stands for at scale 1:`scale`. */
export function metresPerCssPx(scale: number): number {
  return (scale * 0.0254) / CSS_DPI;
}

/**
 * The MapLibre zoom (512-pixel tiles) at which one CSS pixel is `metresPerCssPx(scale)` on the
 * ground at latitude `lat`: Web Mercator's scale is true along that parallel, so at the page's centre.
 */
export function zoomForScale(scale: number, lat: number): number {
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * metresPerCssPx(scale)));
}

export interface PageLayout {
  /** the page in device pixels */
  width: number;
  height: number;
  /** the map frame in device pixels */
  frame: { x: number; y: number; width: number; height: number };
  /** the map frame in CSS pixels (what the map is rendered at, times `ratio`) */
  cssWidth: number;
  cssHeight: number;
  ratio: number;
  /** the ground the map frame covers, metres */
  groundWidth: number;
  groundHeight: number;
}

/** Where the map sits on the page and how much ground it covers. */
export function pageLayout(spec: PageSpec): PageLayout {
  const mm = pageMm(spec.paper, spec.orientation);
  const width = mmToPx(mm.width, spec.dpi);
  const height = mmToPx(mm.height, spec.dpi);
  const m = mmToPx(MARGIN_MM, spec.dpi);
  const frame = { x: m, y: m, width: width - 2 * m, height: height - 2 * m };
  const ratio = pageRatio(spec.dpi);
  const cssWidth = Math.round(frame.width / ratio);
  const cssHeight = Math.round(frame.height / ratio);
  const mpp = metresPerCssPx(spec.scale);
  return {
    width,
    height,
    frame,
    cssWidth,
    cssHeight,
    ratio,
    groundWidth: cssWidth * mpp,
    groundHeight: cssHeight * mpp,
  };
}

/**
 * The corners (lon/lat) of the ground the page's map frame shows, centred on `center` and turned
 * by `bearing`: top left, top right, bottom right, bottom left.
 */
export function pageCorners(spec: PageSpec, center: [number, number], bearing: number): [number, number][] {
  const l = pageLayout(spec);
  const z = zoomForScale(spec.scale, center[1]);
  const w = l.cssWidth / 2;
  const h = l.cssHeight / 2;
  return [
    [-w, -h],
    [w, -h],
    [w, h],
    [-w, h],
  ].map(([dx, dy]) => offsetCentre(center, z, bearing, dx, dy));
}

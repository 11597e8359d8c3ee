/**
 * A picture of the map at its real pixel size: an off-screen MapLibre map, made for this one
 * picture from the visible map's style, global state (year, statuses, zone) and feature states
 * (selection), renders the view at the asked pixel ratio — in tiles stitched on a 2D canvas when
 * one drawing buffer would be larger than the GPU allows (./tilePlan.ts). Loaded the first time
 * someone exports or prints, not with the map.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import type { CameraView } from './controller';
import { PRINT_FRAME } from './printFrame';
import { type GlLimits, maxTileSize, offsetCentre, tilePlan } from './tilePlan';

export interface PictureRequest {
  /** the view's size in CSS pixels */
  width: number;
  height: number;
  /** device pixels per CSS pixel of the picture */
  pixelRatio: number;
  camera: CameraView;
}

export interface Picture {
  canvas: HTMLCanvasElement;
  /** the ratio it was rendered at: lower than asked only for a tilted view too large for one buffer */
  pixelRatio: number;
  tiles: number;
}

/** A feature state to copy from the visible map (the selection, a presenter's rings). */
export interface CopiedState {
  target: { source: string; sourceLayer?: string; id: string };
  state: Record<string, boolean>;
}

/** The GPU's limits, read from the visible map's own WebGL2 context. */
function glLimits(main: MapLibreMap): GlLimits {
  const gl = main.getCanvas().getContext('webgl2');
  if (!gl) return { maxRenderbuffer: 4096, maxViewport: [4096, 4096], maxTexture: 4096 };
  const vp = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  return {
    maxRenderbuffer: gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number,
    maxViewport: [vp[0], vp[1]],
    maxTexture: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
  };
}

function once(map: MapLibreMap, event: 'load' | 'idle', ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`map ${event} timed out`)), ms);
    map.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export async function renderPicture(
  main: MapLibreMap,
  req: PictureRequest,
  states: readonly CopiedState[],
  /** adds an image the style asks for that is made in code, not part of the style (the hatch) */
  addImage: (map: MapLibreMap, id: string) => void,
): Promise<Picture> {
  const maxTile = maxTileSize(glLimits(main));
  const { camera } = req;
  const pitch = camera.pitch ?? 0;
  const bearing = camera.bearing ?? 0;
  let ratio = req.pixelRatio;
  // Tiles of a tilted view do not join (each has its own perspective): one buffer, as sharp as fits.
  if (pitch > 0.01) ratio = Math.min(ratio, maxTile / Math.max(req.width, req.height));
  const plan = tilePlan(req.width, req.height, ratio, maxTile);
  const out = document.createElement('canvas');
  out.width = plan.width;
  out.height = plan.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('canvas 2D unavailable');

  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  Object.assign(box.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${plan.cssWidth}px`,
    height: `${plan.cssHeight}px`,
    pointerEvents: 'none',
  });
  document.body.append(box);
  const style = main.getStyle();
  // The print panel's outline of the page is a guide on screen, not part of the picture.
  style.layers = style.layers.filter((l) => !l.id.startsWith(PRINT_FRAME));
  if (style.sources[PRINT_FRAME]) delete style.sources[PRINT_FRAME];
  const off = new MapLibreMap({
    container: box,
    style,
    center: camera.center,
    zoom: camera.zoom,
    bearing,
    pitch,
    pixelRatio: ratio,
    maxCanvasSize: [maxTile, maxTile],
    maxPitch: 85,
    interactive: false,
    attributionControl: false,
    trackResize: false,
    fadeDuration: 0,
    globalState: main.getGlobalState(),
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  // The hatch of "under construction" is an image added in code, not part of the style.
  off.setMissingStyleImageResolver((id) => addImage(off, id));
  try {
    await once(off, 'load', 60_000);
    for (const s of states) off.setFeatureState(s.target, s.state);
    for (const tile of plan.tiles) {
      const dx = tile.x + plan.cssWidth / 2 - req.width / 2;
      const dy = tile.y + plan.cssHeight / 2 - req.height / 2;
      const center = pitch > 0.01 ? camera.center : offsetCentre(camera.center, camera.zoom, bearing, dx, dy);
      const idle = once(off, 'idle', 60_000);
      off.jumpTo({ center, zoom: camera.zoom, bearing, pitch });
      off.triggerRepaint();
      await idle;
      const x0 = Math.round(tile.x * ratio);
      const y0 = Math.round(tile.y * ratio);
      const w = Math.round((tile.x + plan.cssWidth) * ratio) - x0;
      const h = Math.round((tile.y + plan.cssHeight) * ratio) - y0;
      ctx.drawImage(off.getCanvas(), x0, y0, w, h);
    }
  } finally {
    off.remove();
    box.remove();
  }
  return { canvas: out, pixelRatio: ratio, tiles: plan.tiles.length };
}

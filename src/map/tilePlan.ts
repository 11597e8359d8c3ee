/**
 * The arithmetic of a picture rendered in tiles (src/map/picture.ts): how large one tile may be on
 * this GPU, how a view is cut into tiles, and where each tile's camera looks. Pure: no MapLibre.
 */

/** What the GPU allows for one drawing buffer (WebGL's MAX_RENDERBUFFER_SIZE and MAX_VIEWPORT_DIMS). */
export interface GlLimits {
  maxRenderbuffer: number;
  maxViewport: [number, number];
  maxTexture: number;
}

/**
 * The largest square tile, in device pixels: the GPU's limits, and no more than 4096 (MapLibre's
 * default `maxCanvasSize`; a 4096² buffer is 64 MB, which a shared office PC can spare once).
 */
export function maxTileSize(limits: GlLimits, cap = 4096): number {
  return Math.max(
    256,
    Math.min(cap, limits.maxRenderbuffer, limits.maxViewport[0], limits.maxViewport[1], limits.maxTexture),
  );
}

/** One tile: where it sits in the picture, in CSS pixels of the whole view. */
export interface Tile {
  x: number;
  y: number;
}

export interface TilePlan {
  /** the side of every tile in CSS pixels (the off-screen map's container); edge tiles are cropped */
  cssWidth: number;
  cssHeight: number;
  tiles: Tile[];
  /** the picture's size in device pixels */
  width: number;
  height: number;
}

/**
 * Cuts a view of `cssWidth` × `cssHeight` CSS pixels, rendered at `pixelRatio`, into the fewest
 * equal tiles whose drawing buffer stays within `maxTile` device pixels a side.
 */
export function tilePlan(cssWidth: number, cssHeight: number, pixelRatio: number, maxTile: number): TilePlan {
  const side = (css: number) => {
    let n = Math.max(1, Math.ceil((css * pixelRatio) / maxTile));
    while (Math.round(Math.ceil(css / n) * pixelRatio) > maxTile) n++;
    return { n, size: Math.ceil(css / n) };
  };
  const cols = side(cssWidth);
  const rows = side(cssHeight);
  const tiles: Tile[] = [];
  for (let r = 0; r < rows.n; r++)
    for (let c = 0; c < cols.n; c++) tiles.push({ x: c * cols.size, y: r * rows.size });
  return {
    cssWidth: cols.size,
    cssHeight: rows.size,
    tiles,
    width: Math.round(cssWidth * pixelRatio),
    height: Math.round(cssHeight * pixelRatio),
  };
}

/**
 * The centre of a camera moved by (dx, dy) CSS pixels on screen (right, down) at this zoom and
 * bearing, in Web Mercator as MapLibre draws it (512-pixel world at zoom 0). A tile's camera: the
 * whole view's centre moved to the tile's centre. Valid for a flat view (pitch 0) only.
 */
export function offsetCentre(
  center: [number, number],
  zoom: number,
  bearing: number,
  dx: number,
  dy: number,
): [number, number] {
  const world = 512 * 2 ** zoom;
  const b = (bearing * Math.PI) / 180;
  const lat = (center[1] * Math.PI) / 180;
  const x = ((center[0] + 180) / 360) * world + dx * Math.cos(b) - dy * Math.sin(b);
  const y =
    ((1 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / Math.PI) / 2) * world +
    dx * Math.sin(b) +
    dy * Math.cos(b);
  const lng = (x / world) * 360 - 180;
  const phi = 2 * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / world))) - Math.PI / 2;
  return [lng, (phi * 180) / Math.PI];
}

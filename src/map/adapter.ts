/**
 * The one imperative adapter between the app and MapLibre: it makes the map, has the catalogue's
 * layers added (./catalogueLayers.ts), and applies the state to them — visibility, the status/year
 * view (global state), language and scale, the selection's rings (./selection.ts) and the camera
 * (./camera.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import { boundsOfAll, hasLabelPoints } from '../data/derive';
import type { DataError, MapStart } from '../data/load';
import type { LayerId, Status } from '../data/types';
import { baseMapPart, emptyStyle } from './basemap';
import { boundsOf, cameraOf, type FitOptions, fitBox, onMoveEnd } from './camera';
import { CatalogueLayers } from './catalogueLayers';
import { addHatchImage } from './hatch';
import { BASE } from './style/colors';
import { GLOBAL_STATE_DEFAULTS, type StyleContext } from './style/styles';
import './worker';
import type { CameraView, MapController } from './controller';
import { attachMapState } from './mapState';
import type { MeasureKind, MeasureListener, Measurer } from './measure';
import { addPlaceLayers, type Place, setPlace } from './overlays';
import { bindPointer, renderedLabels } from './pointer';
import { setPrintFrame } from './printFrame';
import { addSelectionLayers, setSelection } from './selection';
import { TILED_SOURCE, tiledSource, tileLayerIds, watchArchive } from './tiledLayers';

export interface AdapterOptions {
  container: HTMLElement;
  /** The catalogue and site.json: enough to start; the layers' data follow with `setLayers`. */
  start: MapStart;
  ctx: StyleContext;
  visible: LayerId[];
  dark?: boolean;
  /** Whether this map writes its camera into the URL's `map=` (the comparison's second map does not). */
  hash?: boolean;
  /** A click or tap: the top feature under it (or null), all of them (top first), and where it was. */
  onClick: (hit: { id: string | null; ids: string[]; lngLat: [number, number] }) => void;
  /** A data file the map itself found wrong (the PMTiles archive), to be named on screen. */
  onDataError?: (e: DataError) => void;
  /** After each idle: the area and pilot-zone labels the map shows (a text alternative). */
  onLabels?: (labels: MapLabel[]) => void;
}

export interface MapLabel {
  id: string;
  layer: LayerId;
  text: string;
}

export class MapAdapter implements MapController {
  readonly map: MapLibreMap;
  private ctx: StyleContext;
  /** the presenter step's ringed features, and the one selected (ids; ringed once their data are in) */
  private highlighted: readonly string[] = [];
  private selected: string | null = null;
  /** True when site.json has the layers drawn from a PMTiles archive. */
  private readonly tiled: boolean;
  private visible: Set<LayerId>;
  private ready = false;
  private readonly layers: CatalogueLayers;
  private pending: Array<() => void> = [];
  private measurer: Measurer | null = null;
  /** Whether the layers' data are in (or drawn from tiles): until then the map is not "idle" to anyone who asks. */
  private hasData = false;

  constructor(private readonly o: AdapterOptions) {
    this.ctx = o.ctx;
    this.visible = new Set(o.visible);
    const { site } = o.start;
    this.tiled = Boolean(site.layers_pmtiles);
    const part = baseMapPart(site.basemap, o.dark ?? o.ctx.dark ?? false);
    performance.mark('map:new');
    this.map = new MapLibreMap({
      container: o.container,
      style: part.styleUrl ?? emptyStyle(part, GLOBAL_STATE_DEFAULTS),
      // The data set's bounds fit any screen, phone to wall; a `map=` in the URL overrides them.
      bounds: site.bounds,
      fitBoundsOptions: { padding: 24 },
      bearing: site.camera.bearing ?? 0,
      pitch: site.camera.pitch ?? 0,
      hash: o.hash === false ? false : 'map',
      attributionControl: false,
      maxPitch: 60,
      canvasContextAttributes: { preserveDrawingBuffer: false },
    });
    // Drawn from PMTiles the data may be in before the style is built (the protocol loads first):
    // an idle in between, of a map without layers, must not count.
    const drawing = () => this.ready && this.hasData;
    attachMapState(this.map, o.container, drawing);
    this.layers = new CatalogueLayers(this.map, o.start.catalogue);
    this.map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
    // The bar's longest length grows with the page's rem (a 4K planner's text is twice as large).
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const maxWidth = 120 * Math.max(1, rem / 16);
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth }), 'bottom-right');
    if (part.needsPmtiles) void import('./pmtilesProtocol').then((m) => m.registerPmtiles());
    this.map.once('style.load', () => {
      // The pmtiles:// protocol must exist before the archive's source is added.
      if (!this.tiled) return this.build();
      void import('./pmtilesProtocol').then((m) => {
        m.registerPmtiles();
        this.build();
      });
    });
  }

  private build() {
    const { map } = this;
    if (!map.getStyle().state)
      for (const [k, v] of Object.entries(GLOBAL_STATE_DEFAULTS)) map.setGlobalStateProperty(k, v.default);
    addHatchImage(map, window.devicePixelRatio || 1);
    const tiles = tiledSource(this.o.start.site, document.baseURI);
    if (tiles) map.addSource(TILED_SOURCE, tiles);
    // Drawn from PMTiles, the map has all it draws (shapes and label points) once the tiles load:
    // its first idle does not wait for the panels' data.
    if (tiles) this.hasData = true;
    const { layers_pmtiles: archive } = this.o.start.site;
    if (tiles && archive && this.o.onDataError)
      watchArchive(map, archive, tileLayerIds(this.o.start.catalogue.layers), this.o.onDataError);
    const firstLabel = this.layers.add(this.ctx, this.visible, Boolean(tiles));
    addSelectionLayers(map, firstLabel, this.ctx.scale);
    addPlaceLayers(map, firstLabel, this.ctx.scale);
    bindPointer(
      map,
      () => this.layers.interactiveIds(this.visible),
      () => this.measurer?.active === true,
      this.o.onClick,
    );
    this.ready = true;
    for (const fn of this.pending.splice(0)) fn();
    if (this.o.onLabels) map.on('idle', () => this.o.onLabels?.(this.renderedLabels()));
  }

  /** The zones' labels (the areas, the pilot zone) on screen: what a screen reader is told. */
  private renderedLabels(): MapLabel[] {
    const zones = this.o.start.catalogue.zones.filter((z) => this.visible.has(z.id) && hasLabelPoints(z));
    // Asking tiles what they drew decodes every feature of every tile in view on this thread (0.8 s
    // for the ×10 stress set): drawn from PMTiles, the labels are the zones' label points in view.
    if (this.tiled) return this.layers.labelsInView(zones, this.bounds(), this.ctx.lang);
    return renderedLabels(
      this.map,
      zones.map((z) => `${z.id}-label`),
      this.ctx.lang,
    );
  }

  /** Runs now if the style is built, else right after. */
  private whenReady(fn: () => void) {
    if (this.ready) fn();
    else this.pending.push(fn);
  }

  /** The layers' data, validated: drawn now (or when the style is built) and indexed by id. */
  setLayers(layers: ReadonlyMap<LayerId, FeatureCollection>) {
    this.layers.setData(layers, this.tiled);
    this.hasData = true;
    // A selection or step set before the data came (a link's `sel=`) is ringed now.
    this.whenReady(() => this.ring());
    // The next render ends in an `idle` that now counts (mapState.ts).
    this.map.triggerRepaint();
  }

  setVisible(ids: readonly LayerId[]) {
    this.visible = new Set(ids);
    this.whenReady(() => this.layers.setVisible(this.visible));
  }

  /**
   * Shows only these statuses, as they stood at the end of `year` (null: as the data says today),
   * and, when `zoneIds` is given, only the works with those ids (a zone filter).
   */
  setView(statuses: readonly Status[], year: number | null, zoneIds: ReadonlySet<string> | null = null) {
    this.whenReady(() => {
      this.map.setGlobalStateProperty('statuses', [...statuses]);
      this.map.setGlobalStateProperty('year', year ?? 0);
      this.map.setGlobalStateProperty('zoneOn', zoneIds !== null);
      this.map.setGlobalStateProperty('zoneIds', zoneIds ? [...zoneIds] : []);
    });
  }

  /** The camera's bounds now, [west, south, east, north] (the list's "only in view"). */
  bounds(): [number, number, number, number] {
    return boundsOf(this.map);
  }

  /** Re-derives every layer's specs for a new language or scale and applies only what differs. */
  setStyleContext(ctx: StyleContext) {
    this.whenReady(() => {
      this.ctx = ctx;
      const background = ctx.dark ? BASE.backgroundDark : BASE.background;
      const hasBackground = this.map.getLayer('background') !== undefined;
      if (hasBackground && this.map.getPaintProperty('background', 'background-color') !== background)
        this.map.setPaintProperty('background', 'background-color', background);
      this.layers.setContext(ctx);
    });
  }

  select(id: string | null) {
    this.selected = id;
    this.whenReady(() => this.ring());
  }

  /** Rings these features (a presenter's step), clearing the previous ones. */
  highlight(ids: readonly string[]) {
    this.highlighted = [...ids];
    this.whenReady(() => this.ring());
  }

  /** The selected and highlighted features, ringed (./selection.ts). */
  private ring() {
    const { catalogue } = this.o.start;
    const ids = new Set([...(this.selected ? [this.selected] : []), ...this.highlighted]);
    setSelection(
      this.map,
      [...ids].flatMap((id) => {
        const hit = this.layers.featureById.get(id);
        const def = hit && catalogue.get(hit.layer);
        return hit && def ? [{ feature: hit.feature, filtered: def.status && def.draw.kind !== 'zone' }] : [];
      }),
    );
  }

  /** The loaded feature with this id, and its layer. */
  feature(id: string): { layer: LayerId; feature: Feature } | undefined {
    return this.layers.featureById.get(id);
  }

  /** Moves the camera to show these features; `origin` tags the move so listeners can tell who moved it. */
  fitFeatures(ids: readonly string[], opts: Omit<FitOptions, 'padding'> & { padding?: number } = {}) {
    const b = boundsOfAll(ids.flatMap((id) => this.layers.featureById.get(id)?.feature ?? []));
    if (!b) return;
    this.fitBounds(b, opts);
  }

  fitBounds(b: [number, number, number, number], opts: FitOptions = {}) {
    fitBox(this.map, b, opts);
  }

  flyTo(camera: CameraView, duration = 2000, origin = 'app') {
    this.map.flyTo({ ...camera, duration }, { origin });
  }

  view(): CameraView {
    return cameraOf(this.map);
  }

  onMoveEnd(cb: (origin: string | undefined) => void): () => void {
    return onMoveEnd(this.map, cb);
  }

  size() {
    const c = this.map.getContainer();
    return { width: c.clientWidth, height: c.clientHeight };
  }

  setKeyboard(enabled: boolean) {
    if (enabled) this.map.keyboard.enable();
    else this.map.keyboard.disable();
  }

  /** Starts measuring a distance or an area (terra-draw), or stops and clears it with null. */
  measure(kind: MeasureKind | null, listener?: MeasureListener) {
    this.whenReady(() => {
      if (!kind || !listener) {
        this.measurer?.stop();
        return;
      }
      // terra-draw is loaded the first time someone measures, not with the map.
      void import('./measure').then(({ Measurer }) => {
        this.measurer ??= new Measurer(this.map);
        this.measurer.start(kind, listener);
      });
    });
  }

  /** Draws the resident's place and walking circle, or clears them. */
  setPlace(place: Place | null) {
    this.whenReady(() => setPlace(this.map, place));
  }

  /** The print panel's outline of the page on the map (./printFrame.ts), or none. */
  setPrintFrame(ring: [number, number][] | null) {
    this.whenReady(() => setPrintFrame(this.map, ring, this.ctx.scale));
  }

  /** A picture of a view at its real pixel size (./picture.ts, loaded the first time it is asked for). */
  async render(req: { width: number; height: number; pixelRatio: number; camera?: CameraView }) {
    const { renderPicture } = await import('./picture');
    // The hatch for the picture's pixel ratio, as a screen of that ratio draws it (sharp stripes).
    const hatch = (map: MapLibreMap, id: string) => {
      if (id === 'hatch') addHatchImage(map, map.getPixelRatio());
    };
    // The rings are in the selection source's data, which the picture's copy of the style carries.
    return renderPicture(this.map, { ...req, camera: req.camera ?? this.view() }, [], hatch);
  }

  destroy() {
    this.measurer?.stop();
    this.map.remove();
  }
}

/**
 * Cross-file rules: ids unique across all layers, site features inside their `area` polygon,
 * elevator → community references, and the references of `targets.json` and `tour.json` to areas
 * and features that exist. A rule that needs a layer that was not given is skipped (the app passes
 * every usable layer; the CLI supplies the missing ones from public/geo).
 * The pilot zone's area against `declared_mu` needs only its own file, so it is a per-file rule
 * (layer.ts), and the app gets it on load too.
 */
import type { Position } from 'geojson';
import type { Catalogue } from '../../catalogue/catalogue';
import { isObject, positionsOf } from './geometry';
import { at, type Problem, ProblemSink } from './problem';
import { inRing } from './rings';
import { targetMeasure } from './targetsConfig';
import { checkTourReferences } from './tourReferences';

/** One parsed file of the data set. `layerId` is a layer id, or `site`, `targets`, `tour`. */
export interface DatasetFile {
  path: string;
  layerId: string;
  data: unknown;
}

/** Tolerance for "inside its area", so shared edges and rounding pass. */
export const AREA_TOLERANCE_M = 5;

interface FeatureRef {
  path: string;
  layerId: string;
  index: number;
  props: Record<string, unknown>;
  geometry: unknown;
}

function featuresOf(file: DatasetFile): FeatureRef[] {
  const d = file.data;
  if (!isObject(d) || !Array.isArray(d.features)) return [];
  const out: FeatureRef[] = [];
  d.features.forEach((f, index) => {
    if (isObject(f) && isObject(f.properties))
      out.push({ path: file.path, layerId: file.layerId, index, props: f.properties, geometry: f.geometry });
  });
  return out;
}

/** Positions of a geometry with their locations, e.g. `features[2].geometry.coordinates[0][5]`. */
function positionsWithLoc(geom: Record<string, unknown>, base: string): Array<[Position, string]> {
  const out: Array<[Position, string]> = [];
  const walk = (v: unknown, loc: string) => {
    if (!Array.isArray(v)) return;
    if (typeof v[0] === 'number') {
      out.push([v as Position, loc]);
      return;
    }
    // A closed ring repeats its first position at the end: count it once.
    const first = v[0];
    const last = v[v.length - 1];
    const closed =
      v.length >= 4 &&
      Array.isArray(first) &&
      Array.isArray(last) &&
      first[0] === last[0] &&
      first[1] === last[1];
    const n = closed && typeof first[0] === 'number' ? v.length - 1 : v.length;
    for (let i = 0; i < n; i++) walk(v[i], at(loc, i));
  };
  if (geom.type === 'GeometryCollection' && Array.isArray(geom.geometries))
    geom.geometries.forEach((g, i) => {
      if (isObject(g)) out.push(...positionsWithLoc(g, at(at(base, 'geometries'), i)));
    });
  else walk(geom.coordinates, at(base, 'coordinates'));
  return out;
}

/** An area polygon prepared for point tests in local metres. */
interface AreaShape {
  /** polygons → rings → positions */
  polys: Position[][][];
  bbox: [number, number, number, number];
}

function areaShape(geom: unknown): AreaShape | null {
  if (!isObject(geom) || !positionsOf(geom)) return null;
  let polys: Position[][][];
  if (geom.type === 'Polygon') polys = [geom.coordinates as Position[][]];
  else if (geom.type === 'MultiPolygon') polys = geom.coordinates as Position[][][];
  else return null;
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys)
    for (const p of poly[0] ?? []) {
      bbox[0] = Math.min(bbox[0], p[0]);
      bbox[1] = Math.min(bbox[1], p[1]);
      bbox[2] = Math.max(bbox[2], p[0]);
      bbox[3] = Math.max(bbox[3], p[1]);
    }
  return { polys, bbox };
}

/** Distance in metres from p to the nearest boundary segment (equirectangular, fine at district scale). */
function distanceToBoundary(p: Position, shape: AreaShape): number {
  const kx = 111320 * Math.cos((p[1] * Math.PI) / 180);
  const ky = 110574;
  let best = Infinity;
  for (const poly of shape.polys)
    for (const ring of poly)
      for (let i = 0; i + 1 < ring.length; i++) {
        const ax = (ring[i][0] - p[0]) * kx;
        const ay = (ring[i][1] - p[1]) * ky;
        const bx = (ring[i + 1][0] - p[0]) * kx;
        const by = (ring[i + 1][1] - p[1]) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
  return best;
}

/** 0 when p is inside the area (or within the tolerance of its edge), else metres outside. */
export function metresOutside(p: Position, shape: AreaShape): number {
  const tolDeg = (AREA_TOLERANCE_M / 110000) * 2;
  const [w, s, e, n] = shape.bbox;
  const nearBox =
    p[0] >= w - tolDeg * 2 && p[0] <= e + tolDeg * 2 && p[1] >= s - tolDeg && p[1] <= n + tolDeg;
  if (nearBox)
    for (const poly of shape.polys) {
      if (poly.length > 0 && inRing(p, poly[0]) && !poly.slice(1).some((h) => inRing(p, h))) return 0;
    }
  const d = distanceToBoundary(p, shape);
  return d <= AREA_TOLERANCE_M ? 0 : d;
}

/**
 * Runs the cross-file rules over parsed files (each file's own rules are `validateLayerText`'s).
 * Problems are reported on the file that holds the offending feature or reference, capped per file.
 */
export function validateDataset(files: DatasetFile[], catalogue: Catalogue): Problem[] {
  const sinks = new Map<string, ProblemSink>();
  const sink = (path: string) => {
    let s = sinks.get(path);
    if (!s) {
      s = new ProblemSink(path);
      sinks.set(path, s);
    }
    return s;
  };
  const guard = (path: string, rule: string, fn: () => void) => sink(path).guard('', rule, fn);
  const safe = Array.isArray(files) ? files.filter((f) => isObject(f) && typeof f.path === 'string') : [];
  const byLayer = new Map<string, DatasetFile>();
  for (const f of safe) if (!byLayer.has(f.layerId)) byLayer.set(f.layerId, f);
  const geoFiles = safe.filter((f) => !['layers', 'site', 'targets', 'tour'].includes(f.layerId));
  const features = new Map<string, FeatureRef[]>();
  for (const f of geoFiles) features.set(f.path, featuresOf(f));

  // 1. ids unique across files (duplicates within a file are a per-file rule).
  const ids = new Map<string, FeatureRef>();
  for (const f of geoFiles)
    guard(f.path, 'unique ids', () => {
      for (const ref of features.get(f.path) ?? []) {
        const id = ref.props.id;
        if (typeof id !== 'string') continue;
        const first = ids.get(id);
        if (!first) ids.set(id, ref);
        else if (first.path !== ref.path)
          sink(ref.path).error(
            `features[${ref.index}].properties.id`,
            'duplicate-id',
            `id "${id}" is already used in ${first.path} (features[${first.index}]); ids must be unique across all layers`,
            `id "${id}" 已在 ${first.path}（features[${first.index}]）中使用；id 在所有图层中必须唯一`,
          );
      }
    });

  // 2. features inside their area.
  const areaLayer = catalogue.areaLayer ?? 'areas';
  const areasFile = byLayer.get(areaLayer);
  const shapes = new Map<string, AreaShape>();
  for (const ref of areasFile ? (features.get(areasFile.path) ?? []) : []) {
    const id = ref.props.id;
    if (typeof id === 'string' && !shapes.has(id)) {
      const s = areaShape(ref.geometry);
      if (s) shapes.set(id, s);
    }
  }
  for (const f of geoFiles) {
    if (f.layerId === areaLayer || catalogue.get(f.layerId)?.role === 'context') continue;
    guard(f.path, 'features inside their area', () => {
      for (const ref of features.get(f.path) ?? []) {
        const area = ref.props.area;
        if (typeof area !== 'string' || !isObject(ref.geometry) || !positionsOf(ref.geometry)) continue;
        const shape = shapes.get(area);
        if (!shape) continue; // unknown area ids are a per-file error; a missing area is the areas file's error
        const pts = positionsWithLoc(ref.geometry, `features[${ref.index}].geometry`);
        let firstOut: [string, number, Position] | null = null;
        let outCount = 0;
        for (const [p, loc] of pts) {
          const d = metresOutside(p, shape);
          if (d > 0) {
            outCount++;
            if (!firstOut) firstOut = [loc, d, p];
          }
        }
        if (!firstOut) continue;
        const [loc, d, p] = firstOut;
        const m = Math.round(d);
        const n = pts.length;
        sink(ref.path).error(
          loc,
          'outside-area',
          n === 1
            ? `lies ${m} m outside its area "${area}" [${p[0]}, ${p[1]}]`
            : `${outCount} of ${n} vertices lie outside its area "${area}" (this one by ${m} m; allowed ${AREA_TOLERANCE_M} m)`,
          n === 1
            ? `位于所属片区 "${area}" 之外 ${m} 米 [${p[0]}, ${p[1]}]`
            : `${n} 个顶点中有 ${outCount} 个位于所属片区 "${area}" 之外（此点超出 ${m} 米；允许 ${AREA_TOLERANCE_M} 米）`,
        );
      }
    });
  }

  // 3. references between layers (an elevator's community): the feature they name exists.
  for (const f of geoFiles)
    for (const field of catalogue.fields(f.layerId)) {
      const target = field.type === 'ref' && field.layer ? byLayer.get(field.layer) : undefined;
      if (!target || catalogue.field(field.layer ?? '', 'id')?.type === 'enum') continue;
      guard(f.path, `${field.key} references`, () => {
        const known = new Set(
          (features.get(target.path) ?? []).map((r) => r.props.id).filter((id) => typeof id === 'string'),
        );
        for (const ref of features.get(f.path) ?? []) {
          const c = ref.props[field.key];
          if (typeof c === 'string' && !known.has(c))
            sink(ref.path).error(
              `features[${ref.index}].properties.${field.key}`,
              field.key === 'community' ? 'dangling-community' : 'bad-reference',
              `${field.key} "${c}" does not exist in ${target.path}`,
              `${field.label.zh} "${c}" 在 ${target.path} 中不存在`,
            );
        }
      });
    }

  // 4. targets.json: areas and numeric properties present in the data.
  const targets = byLayer.get('targets');
  if (targets && isObject(targets.data) && Array.isArray(targets.data.targets)) {
    const list = targets.data.targets;
    guard(targets.path, 'target references', () => {
      list.forEach((t, i) => {
        if (!isObject(t) || !isObject(t.rule)) return;
        const loc = `targets[${i}].rule`;
        const { layer } = t.rule;
        const area = t.rule.zone ?? t.rule.area;
        if (typeof area === 'string' && areasFile && catalogue.areaIds.includes(area) && !shapes.has(area))
          sink(targets.path).error(
            at(loc, 'area'),
            'bad-reference',
            `area "${area}" is not in ${areasFile.path}`,
            `片区 "${area}" 不在 ${areasFile.path} 中`,
          );
        const layerFile = typeof layer === 'string' ? byLayer.get(layer) : undefined;
        const m = targetMeasure(catalogue, t.rule);
        const property = m?.kind === 'sum' ? m.field : undefined;
        if (!property || !layerFile) return; // an unknown measure is a per-file error already
        const refs = features.get(layerFile.path) ?? [];
        if (refs.length > 0 && !refs.some((r) => typeof r.props[property] === 'number'))
          sink(targets.path).warn(
            at(loc, 'property'),
            'bad-reference',
            `no feature of ${layerFile.path} has a number in "${property}", so this target counts 0`,
            `${layerFile.path} 中没有任何要素的 "${property}" 为数字，此目标将计为 0`,
          );
      });
    });
  }

  // 5. tour.json: feature ids in fit/highlight exist, and placeholders name zones of the data.
  const tour = byLayer.get('tour');
  if (tour && geoFiles.length > 0) {
    const zoneIds = new Set(['district']);
    for (const z of catalogue.zones) {
      const zf = byLayer.get(z.id);
      for (const r of zf ? (features.get(zf.path) ?? []) : [])
        if (typeof r.props.id === 'string') zoneIds.add(r.props.id);
    }
    guard(tour.path, 'tour references', () => checkTourReferences(tour, ids, zoneIds, sink(tour.path)));
  }

  return [...sinks.values()].flatMap((s) => s.finish());
}

/**
 * The CRS of one import: what the file declares (.prj, GeoJSON `crs`), or `--crs`; when both are
 * given and readable they must agree (within 1 m on the sample) unless `--ignore-prj`.
 */
import { distance, point } from '@turf/turf';
import type { Position } from 'geojson';
import type { Problem } from '../../src/data/validate/index';
import type { ImportOptions } from './args';
import { type Crs, toWgs84 } from './crs';
import { fileProblem, type ReadResult } from './record';
import { type Decision, decideCrs, type Look, majorityLook } from './sniff';

export interface Decided {
  /** Null when no record has a position (nothing to convert). */
  toWgs: ((p: [number, number]) => [number, number]) | null;
  label: string | null;
  swap: boolean;
  look: Look | null;
}

export function decideFor(
  o: ImportOptions,
  input: ReadResult,
  firsts: Position[],
  problems: Problem[],
): Decided | { error: { en: string; zh: string } } {
  if (o.crs === null && input.declaredError) return { error: input.declaredError };
  if (o.crs !== null && input.declaredError)
    problems.push(
      fileProblem(
        o.from,
        'warning',
        'crs-check',
        `${input.declaredError.en}: used --crs`,
        `${input.declaredError.zh}：已按 --crs 处理`,
      ),
    );
  const maj = majorityLook(firsts);
  if (!maj) return { toWgs: null, label: null, swap: false, look: null };
  const district = o.site;
  const lon = district ? (district[0] + district[2]) / 2 : null;
  const fileSays = input.declared && (o.crs === null || (input.declared.explicit && !o.ignorePrj));
  const d = o.crs !== null ? decideCrs(o.crs, '--crs', maj.look, maj.sample, lon) : null;
  const f =
    fileSays && input.declared
      ? decideCrs(input.declared.crs, input.declared.source, maj.look, maj.sample, lon)
      : null;
  const chosen = d ?? f ?? decideCrs(null, 'the file', maj.look, maj.sample, lon);
  if (d && f && input.declared && !d.error) {
    const clash = contradiction(d, f, maj.sample);
    if (clash !== null) {
      const said = input.declared.crs.label;
      const src = input.declared.source;
      const how = f.error ? f.error.en : `the same coordinates land ${clash} apart`;
      const howZh = f.error ? f.error.zh : `同一坐标换算后相差 ${clash}`;
      return {
        error: {
          en: `--crs says ${d.crs?.label} but ${src} says ${said} (${how}); drop --crs to use ${src}, or add --ignore-prj to use --crs`,
          zh: `--crs 为 ${d.crs?.label}，但${src}声明为 ${said}（${howZh}）；去掉 --crs 即按文件声明，或加 --ignore-prj 按 --crs 处理`,
        },
      };
    }
  }
  for (const w of chosen.warnings) problems.push(fileProblem(o.from, 'warning', 'crs-check', w.en, w.zh));
  if (chosen.error || !chosen.crs) return { error: chosen.error ?? { en: 'unknown CRS', zh: '坐标系未知' } };
  return { toWgs: toWgs84(chosen.crs), label: chosen.crs.label, swap: chosen.swap, look: maj.look };
}

/** Null when two decisions put the sample within 1 m of each other; else how far apart ("12.3 km"). */
function contradiction(a: Decision, b: Decision, sample: Position): string | null {
  if (!a.crs) return null;
  if (!b.crs) return '?';
  const at = (d: Decision, crs: Crs) => {
    try {
      const p: [number, number] = d.swap ? [sample[1], sample[0]] : [sample[0], sample[1]];
      return toWgs84(crs)(p);
    } catch {
      return null;
    }
  };
  const pa = at(a, a.crs);
  const pb = at(b, b.crs);
  if (!pa || !pb || !pa.every(Number.isFinite) || !pb.every(Number.isFinite)) return '?';
  const m = distance(point(pa), point(pb), { units: 'meters' });
  if (m <= 1) return null;
  return m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${m.toFixed(1)} m`;
}

/**
 * One data folder cut for PMTiles (`npm run tiles`, the bench): its files are read and checked by
 * the app's own checks (src/data/check/checkFiles.ts), then its layers — and each zone's label
 * points, as tile layers `<id>-labels` — are cut into one archive, and the panels' summary
 * (src/data/summary/) is worked out with the metrics code. A folder with an error is not cut: the
 * problems come back instead, each naming its file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { checkCatalogue } from '../../src/catalogue/check';
import { type CheckMessage, checkFiles } from '../../src/data/check/checkFiles';
import { labelPointsOf, labelSource } from '../../src/data/derive';
import { buildSummary } from '../../src/data/summary/summary';
import { type Problem, ProblemSink } from '../../src/data/validate/problem';
import { buildPmtiles } from './buildTiles';

export type TileFolderResult =
  | { ok: true; archive: Uint8Array; tiles: number; summary: string; layers: number; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

/** The summary's file name for an archive's: `layers.pmtiles` → `layers.summary.json`. */
export const summaryName = (archive: string) => `${archive.replace(/\.pmtiles$/, '')}.summary.json`;

export async function tileFolder(dir: string): Promise<TileFolderResult> {
  const messages: CheckMessage[] = [];
  await checkFiles(
    async (file) => {
      try {
        return { text: readFileSync(join(dir, file), 'utf8') };
      } catch (e) {
        const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
        return { error: missing ? 'not found' : String(e), missing };
      }
    },
    (m) => messages.push(m),
  );
  const fatal = messages.find((m) => m.type === 'fatal');
  if (fatal?.type === 'fatal') {
    // Its detail is "LOCATION: English / 中文".
    const [en, zh = en] = fatal.detail.split(' / ');
    const p: Problem = {
      path: fatal.file,
      location: '$',
      severity: 'error',
      code: 'unreadable-file',
      message_en: en,
      message_zh: zh,
    };
    return { ok: false, problems: [p] };
  }
  const start = messages.find((m) => m.type === 'start');
  const done = messages.find((m) => m.type === 'done');
  if (start?.type !== 'start' || done?.type !== 'done') throw new Error(`${dir}: the checks ended early`);
  const problems = done.errors.flatMap((e) => e.problems);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  const catalogue = checkCatalogue(start.catalogue, new ProblemSink('layers.json'));
  if (!catalogue) throw new Error(`${dir}/layers.json: unreadable`);

  const layers = new Map<string, FeatureCollection>(done.layers);
  const tileLayers = new Map(layers);
  for (const def of catalogue.layers) {
    const fc = layers.get(def.id);
    const points = fc && labelPointsOf(def, fc);
    if (points) tileLayers.set(labelSource(def.id), points);
  }
  const { bytes, tiles } = buildPmtiles(tileLayers);
  return {
    ok: true,
    archive: bytes,
    tiles,
    summary: JSON.stringify(buildSummary(catalogue, layers)),
    layers: layers.size,
    warnings: problems,
  };
}

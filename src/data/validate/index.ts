/**
 * The data validator's public API, shared by the app (when a layer loads) and `npm run validate`.
 * Pure functions: no file system, no DOM; they never throw, whatever the input.
 *
 * Every rule reads the layer catalogue (`layers.json`, src/catalogue/), which is itself checked by
 * `validateLayerText('layers.json', text, 'layers', …)`.
 *
 * - `validateLayerText(path, text, layerId, catalogue)`: JSON syntax + the file's own rules.
 * - `validateDataset(files, catalogue)`: the cross-file rules over parsed files.
 * - `formatProblem(p)`: the CLI line `PATH: LOCATION: message_en / message_zh`.
 */
import type { Catalogue } from '../../catalogue/catalogue';
import { checkCatalogue } from '../../catalogue/check';
import { checkLayer } from './layer';
import { parseJsonText } from './parseJson';
import { type Problem, ProblemSink } from './problem';
import { checkSiteConfig } from './siteConfig';
import { checkTargetsConfig } from './targetsConfig';
import { checkTourPlaceholders } from './tour';
import { checkTour } from './tourConfig';

export { type DatasetFile, validateDataset } from './dataset';
export { MU_M2 } from './layer';
export { parseJsonText } from './parseJson';
export {
  formatProblem,
  MAX_PROBLEMS_PER_FILE,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  type Severity,
} from './problem';
export { propSpecsOf } from './properties';

/** The non-GeoJSON files and the id they are validated as. */
export const CONFIG_FILE_IDS = ['layers', 'site', 'targets', 'tour'] as const;

/**
 * The layer id of a file: its base name without extension (`public/geo/communities.geojson` →
 * `communities`, `site.json` → `site`).
 */
export function layerIdFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.(geo)?json$/i, '');
}

/**
 * Validates already-parsed data of one file: a GeoJSON layer (`layerId` from LAYER_IDS) or
 * `site` / `targets` / `tour`. Returns the problems, capped per file.
 */
export function validateLayerData(
  path: string,
  data: unknown,
  layerId: string,
  catalogue: Catalogue,
  max?: number,
): Problem[] {
  const sink = new ProblemSink(path, max);
  sink.guard('', 'the file', () => {
    if (layerId === 'layers') checkCatalogue(data, sink);
    else if (layerId === 'site') checkSiteConfig(data, sink);
    else if (layerId === 'targets') checkTargetsConfig(data, sink, catalogue);
    else if (layerId === 'tour') {
      checkTour(data, sink, catalogue);
      checkTourPlaceholders(data, sink, catalogue);
    } else checkLayer(data, layerId, sink, catalogue);
  });
  return sink.finish();
}

/**
 * Parses and validates one file's text with the rules that need only this file.
 * `data` is the parsed JSON, or null when the text is not JSON (a `json-syntax` problem with its
 * line and column). A UTF-8 BOM is accepted. Never throws.
 * Callers decide what "unusable" means: the app drops a layer with any `error` problem.
 */
export function validateLayerText(
  path: string,
  text: string,
  layerId: string,
  catalogue: Catalogue,
): { data: unknown | null; problems: Problem[] } {
  try {
    const parsed = parseJsonText(typeof text === 'string' ? text : String(text));
    if (!parsed.ok) {
      return {
        data: null,
        problems: [
          {
            path,
            location: `line ${parsed.line}, column ${parsed.column}`,
            severity: 'error',
            code: 'json-syntax',
            message_en: parsed.message_en,
            message_zh: parsed.message_zh,
          },
        ],
      };
    }
    return { data: parsed.value, problems: validateLayerData(path, parsed.value, layerId, catalogue) };
  } catch (e) {
    // Only reachable on a validator bug: report it as a problem rather than throwing into the app.
    const msg = e instanceof Error ? e.message : String(e);
    return {
      data: null,
      problems: [
        {
          path,
          location: '$',
          severity: 'error',
          code: 'internal-error',
          message_en: `the validator failed (${msg.slice(0, 120)})`,
          message_zh: `校验器出错（${msg.slice(0, 120)}）`,
        },
      ],
    };
  }
}

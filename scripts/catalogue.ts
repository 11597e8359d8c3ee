/**
 * The layer catalogue for Node (the CLIs and the tests): `layers.json` of a data folder, checked by
 * the same rules as the app's. A broken catalogue is an error naming the file and the problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../src/catalogue/catalogue';
import { checkCatalogue } from '../src/catalogue/check';
import { formatProblem, type Problem, parseJsonText } from '../src/data/validate/index';
import { ProblemSink } from '../src/data/validate/problem';

export class CatalogueError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

/** Reads and checks a catalogue file; the problems (errors and warnings) alongside. */
export function readCatalogue(path: string): { catalogue: Catalogue | null; problems: Problem[] } {
  const problem = (en: string, zh: string): Problem => ({
    path,
    location: '$',
    severity: 'error',
    code: 'unreadable-file',
    message_en: en,
    message_zh: zh,
  });
  if (!existsSync(path))
    return {
      catalogue: null,
      problems: [
        problem(
          'the layer catalogue is missing; every data folder needs layers.json (copy public/geo/layers.json)',
          '缺少图层目录；每个数据目录都需要 layers.json（可复制 public/geo/layers.json）',
        ),
      ],
    };
  const parsed = parseJsonText(readFileSync(path, 'utf8'));
  if (!parsed.ok)
    return {
      catalogue: null,
      problems: [
        {
          ...problem(parsed.message_en, parsed.message_zh),
          code: 'json-syntax',
          location: `line ${parsed.line}, column ${parsed.column}`,
        },
      ],
    };
  const sink = new ProblemSink(path);
  const catalogue = checkCatalogue(parsed.value, sink);
  return { catalogue, problems: sink.finish() };
}

/** The catalogue of a data folder (default: the shipped one); throws CatalogueError when broken. */
export function loadCatalogue(dir = 'public/geo'): Catalogue {
  const { catalogue, problems } = readCatalogue(join(dir, 'layers.json'));
  if (!catalogue) throw new CatalogueError(problems);
  return catalogue;
}

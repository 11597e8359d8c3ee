/**
 * The Problem type shared by every validation rule, the rule codes, location helpers and the
 * capped problem collector. Pure: no Node or DOM APIs.
 */

export type Severity = 'error' | 'warning';

/** Every rule code the validator can report. Tests and the app may switch on these. */
export const PROBLEM_CODES = [
  // file level
  'unreadable-file',
  'file-too-large',
  'json-syntax',
  'unknown-layer',
  'not-geojson',
  'geojson-invalid',
  'empty-layer',
  'feature-count',
  'area-ids',
  'bad-catalogue',
  'bad-summary',
  // geometry
  'missing-geometry',
  'wrong-geometry-type',
  'bad-coordinate',
  'coordinate-out-of-range',
  'swapped-lonlat',
  'projected-coordinates',
  'unclosed-ring',
  'short-ring',
  'short-line',
  'ring-winding',
  'self-intersection',
  'hole-outside',
  'check-skipped',
  // properties
  'missing-property',
  'bad-type',
  'bad-value',
  'bad-enum',
  'bad-id',
  'bad-year',
  'bad-date',
  'start-after-end',
  'duplicate-id',
  'pilot-area-mismatch',
  // cross-file
  'outside-area',
  'dangling-community',
  'bad-reference',
  'far-away',
  // validator itself
  'too-many-problems',
  'internal-error',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One finding of the validator, in both languages. */
export interface Problem {
  /** The file, as given (CLI) or as fetched (app). */
  path: string;
  /** `$` (whole file), `line 4, column 17` (JSON syntax) or a JS-like path, e.g. `features[3].properties.status`. */
  location: string;
  severity: Severity;
  /** One of PROBLEM_CODES (the app may add its own, e.g. `fetch-failed`). */
  code: ProblemCode | (string & {});
  message_en: string;
  message_zh: string;
}

/** Default cap on the problems reported for one file. */
export const MAX_PROBLEMS_PER_FILE = 200;

/**
 * Formats a problem as the CLI prints it: `PATH: LOCATION: message_en / message_zh`,
 * with `warning: ` in front of the message for warnings.
 */
export function formatProblem(p: Problem): string {
  const prefix = p.severity === 'warning' ? 'warning: ' : '';
  return `${p.path}: ${p.location}: ${prefix}${p.message_en} / ${p.message_zh}`;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Appends a key or index to a location: `at('features[3]', 'properties')` → `features[3].properties`,
 * `at('', 'features')` → `features`, `at('a', 2)` → `a[2]`, odd keys → `a["odd key"]`.
 */
export function at(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!IDENT.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}

/** `''` (the root) is shown as `$`. */
export function showLocation(location: string): string {
  return location === '' ? '$' : location;
}

/** Short, safe rendering of any JSON value for a message (never huge, never throws). */
export function show(value: unknown): string {
  try {
    if (value === undefined) return 'nothing';
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') {
      const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return JSON.stringify(s);
    }
    if (value === null || typeof value === 'boolean') return String(value);
    if (Array.isArray(value)) return `an array of ${value.length}`;
    return 'an object';
  } catch {
    return 'a value';
  }
}

/** Describes the JSON type of a value in English and Chinese. */
export function typeName(value: unknown): { en: string; zh: string } {
  if (value === null) return { en: 'null', zh: 'null' };
  if (Array.isArray(value)) return { en: 'an array', zh: '数组' };
  switch (typeof value) {
    case 'string':
      return { en: 'text', zh: '文本' };
    case 'number':
      return { en: 'a number', zh: '数字' };
    case 'boolean':
      return { en: 'true/false', zh: '布尔值' };
    case 'object':
      return { en: 'an object', zh: '对象' };
    default:
      return { en: 'nothing', zh: '空' };
  }
}

/**
 * Collects the problems of one file, keeping at most `max`; the rest are counted and summarised in
 * one `too-many-problems` line (an error if any hidden problem is an error, so exit codes stay right).
 */
export class ProblemSink {
  readonly problems: Problem[] = [];
  private hidden = 0;
  private hiddenErrors = 0;
  /** Appended to the "and N more" line when a rule stopped early because the cap was reached. */
  stopNote: { en: string; zh: string } | null = null;

  constructor(
    readonly path: string,
    private readonly max: number = MAX_PROBLEMS_PER_FILE,
  ) {}

  /** Adds one problem (`location` `''` means the whole file). */
  add(location: string, severity: Severity, code: ProblemCode, en: string, zh: string): void {
    if (this.problems.length >= this.max) {
      this.hidden++;
      if (severity === 'error') this.hiddenErrors++;
      return;
    }
    this.problems.push({
      path: this.path,
      location: showLocation(location),
      severity,
      code,
      message_en: en,
      message_zh: zh,
    });
  }

  error(location: string, code: ProblemCode, en: string, zh: string): void {
    this.add(location, 'error', code, en, zh);
  }

  warn(location: string, code: ProblemCode, en: string, zh: string): void {
    this.add(location, 'warning', code, en, zh);
  }

  /** True once ten times the cap has been found: rules stop early (a hopelessly broken file). */
  get full(): boolean {
    return this.hidden >= this.max * 10;
  }

  /** Runs one rule; an exception becomes an `internal-error` problem instead of escaping. */
  guard(location: string, rule: string, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.error(
        location,
        'internal-error',
        `the validator failed while checking ${rule} (${msg.slice(0, 120)}); check this part by hand`,
        `校验器在检查 ${rule} 时出错（${msg.slice(0, 120)}），请人工检查此处`,
      );
    }
  }

  /** The collected problems plus the "and N more" line if some were hidden. */
  finish(): Problem[] {
    if (this.hidden === 0 && !this.stopNote) return this.problems;
    return [
      ...this.problems,
      {
        path: this.path,
        location: '$',
        severity: this.hiddenErrors > 0 ? 'error' : 'warning',
        code: 'too-many-problems',
        message_en: `and ${this.hidden} more problems (${this.hiddenErrors} errors) not shown${this.stopNote?.en ?? ''}`,
        message_zh: `另有 ${this.hidden} 个问题未显示（其中 ${this.hiddenErrors} 个错误）${this.stopNote?.zh ?? ''}`,
      },
    ];
  }
}

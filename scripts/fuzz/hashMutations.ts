/**
 * Seeded random and malformed location hashes: bad numbers, unknown ids, huge values, script
 * fragments, percent-encoding errors and MapLibre `map=` camera strings. Shared by the parseHash
 * unit fuzz test and the browser test that navigates to a sample of them.
 */
import type { Rng } from './random';

const KEYS = ['map', 'mode', 'lang', 'layers', 'status', 'year', 'sel', 'at', 'r', 'step', 'autoplay'];
const JUNK_KEYS = ['', '=', 'x', '__proto__', 'constructor', 'toString', 'MODE', 'map ', '%', 'sel%00'];

const BAD_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-1e308',
  '9'.repeat(400),
  '0x1F',
  '1_000',
  '٣',
  '２０２５',
  '2025.5',
  '-0',
  '+3',
  '',
  ' ',
  '1,2,3',
  '.5',
  '5.',
  '1e5',
  '999999999999',
  '-999999999',
];

const SCRIPTY = [
  '<script>window.__xss=1</script>',
  '"><img src=x onerror=window.__xss=1>',
  'javascript:window.__xss=1',
  "');window.__xss=1;//",
  // A template-literal injection, spelled so it is not one here.
  `$${'{'}window.__xss=1}`,
  '{{constructor.constructor("window.__xss=1")()}}',
  '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E',
];

const PERCENT_ERRORS = ['%', '%%', '%E4%B8', '%zz', '%u4E2D', '%C0%AF', '%ED%A0%80', '%2', '%%41'];

function value(key: string, r: Rng): string {
  switch (r.int(6)) {
    case 0:
      return r.pick(BAD_NUMBERS);
    case 1:
      return r.pick(SCRIPTY);
    case 2:
      return r.pick(PERCENT_ERRORS);
    case 3:
      return Array.from({ length: 1 + r.int(6) }, () => r.pick(BAD_NUMBERS)).join(r.pick(['/', ',', ';']));
    case 4:
      return plausible(key, r);
    default:
      return 'x'.repeat(1 + r.int(r.next() < 0.1 ? 20_000 : 40));
  }
}

/** A value of the right shape with wrong content: unknown ids, out-of-range numbers. */
function plausible(key: string, r: Rng): string {
  const n = () => r.pick(['0', '-1', '1e9', '26.58', '101.72', '400', '-91', '2021', '2028', '1000000']);
  switch (key) {
    case 'map':
      return Array.from({ length: r.pick([2, 3, 4, 5, 6]) }, n).join('/');
    case 'mode':
      return r.pick(['planer', 'Presenter', 'presenter', 'admin', 'resident,planner', '']);
    case 'lang':
      return r.pick(['fr', 'zh-CN', 'EN', 'zh,en', '']);
    case 'layers':
    case 'status':
      return r.pick(['nope', 'areas,areas,areas', ',,,', 'communities,nope', 'completed,COMPLETED', '']);
    case 'sel':
      return r.pick(['no-such-feature', 'C-001', 'c-001/../x', 'a'.repeat(65), 'c-001']);
    case 'at':
      return `${n()},${n()}`;
    default:
      return n();
  }
}

/** One random hash, with the `#`. */
export function randomHash(r: Rng): string {
  const pairs: string[] = [];
  for (let i = 0; i < 1 + r.int(5); i++) {
    const key = r.next() < 0.85 ? r.pick(KEYS) : r.pick(JUNK_KEYS);
    const roll = r.next();
    if (roll < 0.05) pairs.push(key);
    else if (roll < 0.1) pairs.push(`${key}==${value(key, r)}`);
    else pairs.push(`${key}=${value(key, r)}`);
  }
  const sep = r.next() < 0.1 ? r.pick(['&&', '&=&', '#', '?']) : '&';
  return `#${pairs.join(sep)}`;
}

/** `count` seeded random hashes. */
export function randomHashes(count: number, r: Rng): string[] {
  return Array.from({ length: count }, () => randomHash(r));
}

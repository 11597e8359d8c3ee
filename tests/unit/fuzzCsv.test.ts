/**
 * CSV injection, fuzzed: 500 seeded strings starting with what a spreadsheet runs as a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return), mixed with quotes, commas and line breaks. Read back
 * as a spreadsheet reads a CSV cell, none starts a formula and the text is otherwise intact.
 */
import { describe, expect, it } from 'vitest';
import { CSV_FORMULAS } from '../../scripts/fuzz/hostileText';
import { rng } from '../../scripts/fuzz/random';
import { csvCell } from '../../src/data/exportData';

/** RFC 4180 reading of one cell. */
function readCell(cell: string): string {
  if (!cell.startsWith('"')) return cell;
  expect(cell.endsWith('"')).toBe(true);
  const inner = cell.slice(1, -1);
  expect(inner.replace(/""/g, '')).not.toContain('"');
  return inner.replace(/""/g, '"');
}

const r = rng(4181);
const PIECES = ['=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'cmd|', "'", 'SUM(A1:A9)', '老城', ' ', '1'];
const strings = [
  ...CSV_FORMULAS,
  ...Array.from({ length: 500 }, () => Array.from({ length: 1 + r.int(8) }, () => r.pick(PIECES)).join('')),
];

describe('csvCell against CSV injection', () => {
  it('never lets a cell start a formula, and keeps the text', () => {
    for (const s of strings) {
      const read = readCell(csvCell(s));
      expect(/^[=+\-@\t\r]/.test(read), JSON.stringify(s)).toBe(false);
      expect(read === s || read === `'${s}`).toBe(true);
      if (/[",\r\n]/.test(csvCell(s).slice(1, -1))) expect(csvCell(s).startsWith('"')).toBe(true);
    }
  });

  it('leaves numbers as numbers', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(2027)).toBe('2027');
  });
});

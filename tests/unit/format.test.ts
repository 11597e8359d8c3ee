import { describe, expect, it } from 'vitest';
import { formatArea, formatMoneyWan, formatYearMonth } from '../../src/data/format';

describe('readable units', () => {
  it('money: 万元 and 亿元 in Chinese, yuan in English, unknown never 0', () => {
    expect(formatMoneyWan(3200, 'zh')).toBe('3,200 万元');
    expect(formatMoneyWan(52_000, 'zh')).toBe('5.2 亿元');
    expect(formatMoneyWan(3200, 'en')).toBe('CNY 32 million');
    expect(formatMoneyWan(500_000, 'en')).toBe('CNY 5 billion');
    expect(formatMoneyWan(null, 'zh')).toBe('未公布');
    expect(formatMoneyWan(undefined, 'en')).toBe('not published');
  });
  it('area in 亩 with m² or ha', () => {
    expect(formatArea(153_333.33, 'zh')).toBe('230 亩（15.33 公顷）');
    expect(formatArea(2000, 'en')).toBe('3 mu (2,000 m²)');
  });
  it('dates', () => {
    expect(formatYearMonth('2025-03', 'zh')).toBe('2025年3月');
    expect(formatYearMonth('2025-03', 'en')).toBe('Mar 2025');
  });
});

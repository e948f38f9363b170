import { describe, expect, it } from 'vitest';
import { checkPlausibility } from './plausibility';

const pct = { unit: '%', kind: 'rate' as const };
const count = { unit: '人', kind: 'count' as const };
const per100k = { unit: '1/10万', kind: 'rate' as const };
const codes = (
  ind: typeof pct | typeof count | typeof per100k,
  value: number | null,
  lastQuarter: number | null,
  lastYear: number | null = null,
) => checkPlausibility(ind, value, { lastQuarter, lastYear }).map((w) => w.code);

describe('checkPlausibility', () => {
  it.each([
    [pct, 95, 75, []], // exactly 20 points: no warning
    [pct, 95, 74.9, ['jump_from_last_quarter']],
    [pct, 50, 90, ['jump_from_last_quarter']],
    [per100k, 150, 100, []], // exactly +50 %
    [per100k, 151, 100, ['jump_from_last_quarter']],
    [per100k, 49, 100, ['jump_from_last_quarter']],
    [per100k, 1, 0, ['jump_from_last_quarter']],
    [count, 4, 2, []], // +100 % but below the count floor of 5
    [count, 7, 2, ['jump_from_last_quarter']],
    [count, 0, 0, []],
  ] as const)('%o: %d after %d → %o', (ind, value, ref, expected) => {
    expect(codes(ind, value, ref)).toEqual(expected);
  });

  it('checks the same quarter last year too, and nothing without history or value', () => {
    expect(codes(pct, 95, 94, 60)).toEqual(['jump_from_last_year']);
    expect(codes(pct, 95, null, null)).toEqual([]);
    expect(codes(pct, null, 10, 10)).toEqual([]);
  });

  it('explains itself in Chinese', () => {
    const [w] = checkPlausibility(pct, 50, { lastQuarter: 90, lastYear: null });
    expect(w?.message).toBe('较上季度（90%）下降 40 个百分点，变化异常，请在备注中说明原因');
    const [rate] = checkPlausibility(per100k, 30, { lastQuarter: 12, lastYear: null });
    expect(rate?.message).toContain('较上季度（12/10万）');
  });

  it('rounds a relative change for reading and says 倍 for a multiple', () => {
    const message = (value: number, reference: number) =>
      checkPlausibility(count, value, { lastQuarter: reference, lastYear: null })[0]?.message;
    expect(message(125, 3)).toBe('较上季度（3人）增至约 42 倍，变化异常，请在备注中说明原因');
    expect(message(74, 30)).toContain('增至约 2.5 倍');
    expect(message(55, 30)).toContain('上升 83%');
    expect(message(7, 30)).toContain('下降 77%');
    expect(message(100, 108)).toBeUndefined();
    expect(
      checkPlausibility(per100k, 3.3, { lastQuarter: 2, lastYear: null })[0]?.message,
    ).toContain('上升 65%');
    expect(
      checkPlausibility(per100k, 2.9, { lastQuarter: 1.3, lastYear: null })[0]?.message,
    ).toContain('增至约 2.2 倍');
  });
});

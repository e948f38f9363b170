import { describe, expect, it } from 'vitest';
import { nameMatch, nameMisses, type ScoredRecord } from './name-misses';

const gold = (over: Partial<ScoredRecord>): ScoredRecord => ({
  doc: 'p1.txt',
  start: 10,
  quote: '某某病发病率降到5%以下',
  value: 5,
  unit: '%',
  indicator: '某某病发病率',
  ...over,
});

describe('nameMatch', () => {
  it('accepts one name inside the other, ignoring spaces and punctuation', () => {
    expect(nameMatch('甲病 发病率', '城区甲病发病率')).toBe(true);
    expect(nameMatch('“甲病”发病率', '甲病发病率')).toBe(true);
    expect(nameMatch('甲病发病率', '乙病发病率')).toBe(false);
    expect(nameMatch('', '甲病发病率')).toBe(false);
  });
});

describe('nameMisses', () => {
  it('lists a matched pair whose names differ, with the gold quote', () => {
    const pred = { doc: 'p1.txt', start: 12, end: 20, value: 5, unit: '%', indicator: '降到' };
    expect(nameMisses([gold({})], [pred])).toEqual([
      { doc: 'p1.txt', gold: '某某病发病率', predicted: '降到', quote: '某某病发病率降到5%以下' },
    ]);
  });

  it('leaves out pairs whose names match, and predictions that match no gold target', () => {
    const right = {
      doc: 'p1.txt',
      start: 10,
      end: 22,
      value: 5,
      unit: '%',
      indicator: '某某病发病率',
    };
    const elsewhere = { doc: 'p1.txt', start: 40, end: 45, value: 5, unit: '%', indicator: 'x' };
    const otherValue = { doc: 'p1.txt', start: 10, end: 22, value: 6, unit: '%', indicator: 'x' };
    expect(nameMisses([gold({})], [right, elsewhere])).toEqual([]);
    expect(nameMisses([gold({})], [elsewhere, otherValue])).toEqual([]);
  });

  it('matches values across units as the scorer does (万人 = 10000 人, ‰ = 0.1 %)', () => {
    const g = gold({
      quote: '培训乙类人员2万人',
      value: 20000,
      unit: '人',
      indicator: '乙类人员培训人数',
    });
    const p = {
      doc: 'p1.txt',
      start: 10,
      end: 19,
      value: 2,
      unit: '万人',
      indicator: '乙类人员数',
    };
    expect(nameMisses([g], [p])).toHaveLength(1);
    const r = gold({ value: 0.5, unit: '%' });
    expect(nameMisses([r], [{ ...p, value: 5, unit: '‰' }])).toHaveLength(1);
  });

  it('gives each gold target the prediction overlapping it most, once', () => {
    const g1 = gold({ start: 0, quote: '甲率达到5%', indicator: '甲率' });
    const g2 = gold({ start: 6, quote: '乙率达到5%', indicator: '乙率' });
    const wide = { doc: 'p1.txt', start: 0, end: 6, value: 5, unit: '%', indicator: '甲率' };
    const narrow = { doc: 'p1.txt', start: 5, end: 12, value: 5, unit: '%', indicator: '丙率' };
    expect(nameMisses([g1, g2], [wide, narrow])).toEqual([
      { doc: 'p1.txt', gold: '乙率', predicted: '丙率', quote: '乙率达到5%' },
    ]);
  });

  it('does not score ambiguous gold targets', () => {
    const p = { doc: 'p1.txt', start: 10, end: 22, value: 5, unit: '%', indicator: 'x' };
    expect(nameMisses([gold({ ambiguous: true })], [p])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral, parseSpelledRate } from './numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['三', 3],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['一百零五', 105],
    ['三百二十', 320],
    ['一千二百', 1200],
    ['一万', 10000],
    ['十万', 100000],
    ['一万二千', 12000],
    ['三亿五千万', 350000000],
    ['二〇一一', 2011],
    ['一九九八', 1998],
    ['三点五', 3.5],
    ['零点八', 0.8],
  ])('%s = %d', (s, v) => expect(parseChineseNumeral(s)).toBe(v));

  it('rejects what is not a numeral', () => {
    expect(parseChineseNumeral('')).toBeNaN();
    expect(parseChineseNumeral('五六万')).toBeNaN();
    expect(parseChineseNumeral('三个')).toBeNaN();
  });
});

describe('parseSpelledRate', () => {
  it.each([
    ['百分之九十五', 95, '%'],
    ['百分之七十', 70, '%'],
    ['百分之五点五', 5.5, '%'],
    ['千分之六', 6, '‰'],
    ['十万分之八', 8, '1/10万'],
    ['百万分之一', 1, '1/100万'],
    ['万分之三', 3, '1/万'],
    ['三分之一', 33.33, '%'],
    ['百分之85', 85, '%'],
  ])('%s = %d %s', (s, value, unit) => expect(parseSpelledRate(s)).toEqual({ value, unit }));

  it('returns null for a plain word', () => expect(parseSpelledRate('分之')).toBeNull());
});

describe('parseArabic', () => {
  it('drops thousands separators', () => expect(parseArabic('6,000')).toBe(6000));
  it('keeps decimals', () => expect(parseArabic('20.5')).toBe(20.5));
});

import { ConverterFactory } from 'opencc-js/core';
import { from as fromDicts, to as toDicts } from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { SAMPLE_UNITS } from './gazetteer.fixture';
import { PLACE_VARIANTS } from './variant-forms';

const units = [
  ...SAMPLE_UNITS,
  { code: '610000', name: '陕西省', level: 1, parentCode: '000000' },
  { code: '640000', name: '宁夏回族自治区', level: 1, parentCode: '000000' },
  { code: '330200', name: '宁波市', level: 2, parentCode: '330000' },
  { code: '511181', name: '峨眉山市', level: 3, parentCode: '511100' },
];

describe('variant characters in place names', () => {
  const g = buildGazetteer(units);

  it('finds a province written with 陜 for 陕, with offsets into the text as written', () => {
    const text = '关于印发陜西省学生心理健康工作方案的通知';
    const [hit] = g.find(text);
    expect(hit?.unit.code).toBe('610000');
    expect(text.slice(hit!.start, hit!.end)).toBe('陜西省');
  });

  it('looks up 甯 and 峩 as 宁 and 峨, full names and short forms alike', () => {
    expect(g.lookup('甯夏回族自治区')?.unit.code).toBe('640000');
    expect(g.lookup('甯波')?.unit.code).toBe('330200');
    expect(g.lookup('峩眉山市')?.unit.code).toBe('511181');
  });

  it('leaves a variant that opens no place name unmatched', () => {
    expect(g.find('甯先生和陜隘的山路')).toEqual([]);
  });

  it('lists only variants that opencc does not already convert', () => {
    const t2s = ConverterFactory(...(fromDicts.hk ?? []), ...(toDicts.cn ?? []));
    for (const [variant] of PLACE_VARIANTS) expect(t2s(variant)).toBe(variant);
    // 臺 and 陝 are opencc's to convert, before the gazetteer sees the text.
    expect(t2s('臺州陝西')).toBe('台州陕西');
  });
});

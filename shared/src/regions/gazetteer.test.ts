import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer';
import { SAMPLE_UNITS } from './gazetteer.fixture';

describe('buildGazetteer', () => {
  const g = buildGazetteer(SAMPLE_UNITS);

  it('finds full names and the short forms of provinces and prefectures', () => {
    const hits = g.find('武汉与湖北省其他城市一起');
    expect(hits.map((h) => [h.unit.name, h.short])).toEqual([
      ['武汉市', true],
      ['湖北省', false],
    ]);
  });

  it('reads a short form two units share as the higher level', () => {
    expect(g.lookup('吉林')?.unit.code).toBe('220000');
    expect(g.lookup('吉林市')?.unit.code).toBe('220200');
  });

  it('marks a name several units carry as ambiguous', () => {
    const hit = g.lookup('朝阳区');
    expect(hit?.ambiguous).toBe(true);
    expect(g.lookup('江汉区')?.ambiguous).toBe(false);
  });

  it('leaves out two-character names that are ordinary words', () => {
    expect(g.find('城区和郊区的学校')).toEqual([]);
  });

  it('takes the longest name at a position and keeps offsets into the text', () => {
    const text = '今年重庆市卫生工作';
    const [hit] = g.find(text);
    expect(text.slice(hit!.start, hit!.end)).toBe('重庆市');
    expect(hit!.short).toBe(false);
  });

  it('finds a county-level city by the county name it had, unless a county has that name', () => {
    const cities = buildGazetteer([
      ...SAMPLE_UNITS,
      { code: '420581', name: '宜都市', level: 3, parentCode: '420500' },
      { code: '900101', name: '安平市', level: 3, parentCode: '900100' },
      { code: '900201', name: '安平县', level: 3, parentCode: '900200' },
    ]);
    expect(cities.lookup('宜都县')?.unit.code).toBe('420581');
    expect(cities.lookup('安平县')?.unit.code).toBe('900201');
    expect(cities.lookup('宜都')).toBeNull();
  });
});

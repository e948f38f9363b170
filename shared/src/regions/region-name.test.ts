import { describe, expect, it } from 'vitest';
import { isStemOf, regionNameStem, selfWordLevel } from './region-name';

describe('region name stems', () => {
  it.each([
    ['四川省', '四川'],
    ['平湖市', '平湖'],
    ['海淀区', '海淀'],
    ['凉山彝族自治州', '凉山'],
    ['湘西土家族苗族自治州', '湘西'],
    ['广西壮族自治区', '广西'],
    ['香港特别行政区', '香港'],
    ['凉山州', '凉山'],
    ['忠县', '忠县'],
    ['城区', '城区'],
    [' 四川 ', '四川'],
  ])('%s → %s', (name, stem) => expect(regionNameStem(name)).toBe(stem));

  it.each([
    ['四川', '四川省', true],
    ['博尔塔拉', '博尔塔拉蒙古自治州', true],
    ['新疆', '新疆维吾尔自治区', true],
    ['四川', '四川盆地开发区', false],
    ['川', '川省', false],
    ['朝阳', '朝阳门街道', false],
  ])('%s stands for %s: %s', (stem, full, expected) => expect(isStemOf(stem, full)).toBe(expected));
});

describe('self words', () => {
  it.each([
    ['全市', '市'],
    ['本县', '县'],
    ['我镇', '镇'],
    ['全乡', '乡'],
  ])('%s stands for a %s', (word, level) => expect(selfWordLevel(word)).toBe(level));

  it.each(['全国', '本市民', '南京市', '我们', '市'])('%s is not a self word', (name) =>
    expect(selfWordLevel(name)).toBeUndefined(),
  );
});

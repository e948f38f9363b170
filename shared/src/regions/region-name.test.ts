import { describe, expect, it } from 'vitest';
import { isStemOf, regionNameStem } from './region-name';

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

import type { GazetteerUnit } from './gazetteer';

// A few GB/T 2260 units for tests: a short form two levels share (吉林), a name two units
// carry (朝阳区), a two-character name that is an ordinary word (城区).
/** One unit, for tests that add the places their wording needs to the sample. */
export const unit = (
  code: string,
  name: string,
  level: number,
  parentCode: string | null,
): GazetteerUnit => ({
  code,
  name,
  level,
  parentCode,
});
export const SAMPLE_UNITS: GazetteerUnit[] = [
  unit('000000', '全国', 0, null),
  unit('420000', '湖北省', 1, '000000'),
  unit('420100', '武汉市', 2, '420000'),
  unit('420103', '江汉区', 3, '420100'),
  unit('220000', '吉林省', 1, '000000'),
  unit('220200', '吉林市', 2, '220000'),
  unit('110000', '北京市', 1, '000000'),
  unit('110105', '朝阳区', 3, '110000'),
  unit('220104', '朝阳区', 3, '220100'),
  unit('140302', '城区', 3, '140300'),
  unit('500000', '重庆市', 1, '000000'),
  unit('510000', '四川省', 1, '000000'),
];

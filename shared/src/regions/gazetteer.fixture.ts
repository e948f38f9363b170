import type { GazetteerUnit } from './gazetteer';

// A few GB/T 2260 units for tests: a short form two levels share (吉林), a name two units
// carry (朝阳区), a two-character name that is an ordinary word (城区).
const u = (code: string, name: string, level: number, parentCode: string | null) => ({
  code,
  name,
  level,
  parentCode,
});
export const SAMPLE_UNITS: GazetteerUnit[] = [
  u('000000', '全国', 0, null),
  u('420000', '湖北省', 1, '000000'),
  u('420100', '武汉市', 2, '420000'),
  u('420103', '江汉区', 3, '420100'),
  u('220000', '吉林省', 1, '000000'),
  u('220200', '吉林市', 2, '220000'),
  u('110000', '北京市', 1, '000000'),
  u('110105', '朝阳区', 3, '110000'),
  u('220104', '朝阳区', 3, '220100'),
  u('140302', '城区', 3, '140300'),
  u('500000', '重庆市', 1, '000000'),
  u('510000', '四川省', 1, '000000'),
];

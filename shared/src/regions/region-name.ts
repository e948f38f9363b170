/**
 * How Chinese documents shorten administrative names: 四川 for 四川省, 凉山州 or 凉山 for
 * 凉山彝族自治州, 平湖 for 平湖市. Pure rules; the database lookup lives in `db`.
 */

/** Names that mean the whole country. */
export const ROOT_REGION_ALIASES: readonly string[] = [
  '全国',
  '全国范围',
  '中国',
  '中华人民共和国',
  '国家',
];

// Longest first, so 自治区 is stripped before 区.
const SUFFIXES = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '特区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '州',
  '盟',
  '旗',
];

// 壮族自治区, 彝族自治州, 土家族苗族自治县, 蒙古自治州: one or more peoples, then 自治 + kind.
const AUTONOMOUS = /^[\u4e00-\u9fff]{1,12}自治[区州县旗]$/u;

// 全市, 本县, 我镇: a plan that names no place speaks of itself by its level alone, and the
// extractor keeps that word as the region (SCHEMA.md: the document's own word).
const SELF_WORD = /^[全本我](省|市|区|县|镇|乡)$/u;

/** The level a self word stands for (`本市` → `市`), or undefined for a name of a place. */
export function selfWordLevel(name: string): string | undefined {
  return SELF_WORD.exec(name)?.[1];
}

/** The name without ASCII or full-width spaces. */
export function normalizeRegionName(name: string): string {
  return name.replace(/[\s\u3000]+/gu, '');
}

// The peoples GB/T 2260 names without 族 (新疆维吾尔自治区, 博尔塔拉蒙古自治州, 察布查尔锡伯自治县):
// their units are shortened to the place alone as well (新疆, 博尔塔拉), like 广西 for 广西壮族自治区.
const AUTONOMOUS_NAME =
  /^(.{2,}?)(?:[\u4e00-\u9fff]{1,5}族|维吾尔|蒙古|哈萨克|锡伯|塔吉克|柯尔克孜)+自治[区州县旗]$/u;

/** The name's stem: 四川省 → 四川, 凉山彝族自治州 → 凉山; never shorter than two characters. */
export function regionNameStem(name: string): string {
  const normal = normalizeRegionName(name);
  const autonomous = normal.includes('自治') ? AUTONOMOUS_NAME.exec(normal) : null;
  if (autonomous?.[1]) return autonomous[1];
  for (const suffix of SUFFIXES) {
    if (normal.endsWith(suffix) && normal.length - suffix.length >= 2) {
      return normal.slice(0, -suffix.length);
    }
  }
  return normal;
}

/**
 * Whether `fullName` is `stem` plus one administrative suffix (四川 + 省, 凉山 + 彝族自治州),
 * so that a document's short form may stand for it.
 */
export function isStemOf(stem: string, fullName: string): boolean {
  if (stem.length < 2 || !fullName.startsWith(stem)) return false;
  const rest = fullName.slice(stem.length);
  return rest === '' || SUFFIXES.includes(rest) || AUTONOMOUS.test(rest);
}

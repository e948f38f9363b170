// Shortenings of a name a bureau would make in a chart's title (set AP's round). Each runs only
// where its key character stands: names pass through here many times per target.

// 苯、铅、噪声等28种重点职业病监测信息上报数: members listed before `等N种` only count off the kinds
// the head word covers; the head (重点职业病…) is the name.
const COUNTED_OFF =
  /^(?:[^、,，。；;]{1,16}、)+[^、,，。；;]{1,16}?等(?:\d+|[一二三四五六七八九十两]+)[种类项](?=[\u4e00-\u9fff]{4})/;
// 新型农村合作医疗(以下简称新农合)参合率: a term the text shortens for later use is titled by its
// short form, which replaces everything it stands for.
const ABBREVIATED = /^.*?[(（](?:以下|下文)?简称([^()（）]{1,10})[)）]/;
// 五苗每村接种率, 接种率各乡…: the unit a rate is to hold in one by one (every village), like
// 以乡为单位, is how it is counted, not what.
const EACH_UNIT =
  /(?<=[\u4e00-\u9fff]{2})[每各](?:乡镇|村|乡|镇|街道|社区|校)(?=[\u4e00-\u9fff]{0,6}率$)/;

/** The name without the members counted off before `等N种` and with a term's abbreviation. */
export function shortened(name: string): string {
  let s = name;
  if (s.includes('等')) s = s.replace(COUNTED_OFF, '');
  if (s.includes('简称')) s = s.replace(ABBREVIATED, '$1');
  return s;
}

/** The name without the unit a rate holds in one by one (`每村`, `各乡`). */
export function withoutEachUnit(name: string): string {
  return name.includes('每') || name.includes('各') ? name.replace(EACH_UNIT, '') : name;
}

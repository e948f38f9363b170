// A share of units that have or provide something is titled as plans and statistical yearbooks
// title it: what they have, 的, the units (设有老年医学科的二级医院比例, 能提供中医药服务的乡镇卫生院比例),
// not the units first as the sentence runs (二级医院设有老年医学科比例). Units that reach a
// standard (…卫生院达到推荐标准比例) or people who take a course keep the sentence's order.
//
// Pure splits: the callers put the parts in house form (tidyName) and join them with 的.

// Verbs of having or setting up a service, a post, a department or a capability (具备…能力; a list of
// them, 设置中医科、中药房), with a
// word of ability or duty that may stand before them (应开展, 能够提供), and whom a service is for
// (为员工提供). Units built up into a titled kind of themselves (村庄建成省级卫生村) have the title
// too: 建成…的村庄比例.
// The partner a deed is done with (与上级医院建立…, 与信息平台对接) goes with the deed, not the units
// (names round 15).
const PARTNER = String.raw`(?:与|同)[\u4e00-\u9fff]{2,16}?`;
// Units that reach a grade (二级甲等以上水平) or the standard of a titled kind of unit (国家卫生城市标准,
// 旗舰中医馆建设标准) are built up into that kind, as 村庄建成省级卫生村 is: 达到…的县级中医医院比例. A
// standard of service or control (服务能力推荐标准, 疫情控制标准, 基本标准) names no kind, and its units
// keep the sentence's order (乡镇卫生院达到服务能力推荐标准比例).
const TITLED_GRADE = String.raw`达到(?:[\u4e00-\u9fff“”]{0,8}?[一二三]级[甲乙丙]等(?:以上)?[\u4e00-\u9fff]{0,4}?(?:水平|标准)|[\u4e00-\u9fff“”]{2,14}?(?:城市|县城|县|镇|乡镇|村|医院|中医馆|卫生院)”?(?:建设)?标准)`;
const DEED = new RegExp(
  String.raw`^(?:应|要|均|都|须|需)?((?:能够?|可以)?(?:为[\u4e00-\u9fff]{1,6}?(?=提供|开展))?(?:${PARTNER})?` +
    String.raw`(?:建立|设立|设置|开设|建有|设有|建成|配备|配有|具备|提供|开展|放置|接入|应用)[\u4e00-\u9fff()（）](?:[\u4e00-\u9fff()（）]|、(?=[\u4e00-\u9fff])){1,19}|` +
    String.raw`${PARTNER}(?:对接|联网|互联互通)|${TITLED_GRADE})$`,
);
// Services listed by example before the kind they are (心理健康讲座、心理测评等心理健康服务): the kind
// names the deed.
const LISTED_KINDS =
  /(?<=提供|开展|配备|设置|设立|建立)[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12})+等(?=[\u4e00-\u9fff]{2,}$)/;
// A count's title ends in the noun it counts, so units that reach a standard or take on a task
// are counted after what they do too (达到三级水平的县医院数, 承担治疗工作的医疗机构数), and so are units
// that add to what they hold (支持300个医院增加康复床位 → 增加康复床位的医院数). (开展 and
// 提供 are split off before, as the service a count is named by.)
const COUNTED_DEED =
  /^(?:应|要|均|都|须|需)?((?:达到|承担|建立|设立|设置|开设|建有|设有|配备|具备|通过|增加|增设)[\u4e00-\u9fff()（）“”]{2,20})$/;
// (A coined kind in quotation marks, 达到“三级医院”水平, is part of a counted deed; the title drops the
// marks.)
// Units a share counts: places, facilities and bodies (县, 卫生院, 站点, 社区, 门诊…), with a
// bracketed 县(市、区) after them.
const UNITS_END =
  /(?:县|区|市|镇|乡|村|村庄|院|馆|站|站点|所|室|校|学校|园|中心|机构|单位|社区|场所|企业|部门|科|门诊|地区|城市)(?:[(（][^)）]{1,8}[)）])?$/;

/** A phrase of units and what they do, parted: `县建立监测哨点` → 县, 建立监测哨点. */
export interface UnitsDeed {
  units: string;
  deed: string;
}

/** `县建立监测哨点` → units 县, deed 建立监测哨点; null unless the phrase is units, then a deed of having. */
export function deedFirst(phrase: string): UnitsDeed | null {
  return unitsAfterDeed(phrase, DEED);
}

/** `县医院要达到三级水平` → units 县医院, deed 达到三级水平; null as for `deedFirst`. */
export function countedDeedFirst(phrase: string): UnitsDeed | null {
  return unitsAfterDeed(phrase, COUNTED_DEED);
}

// 建有一所公立中医医院, 至少建有1处公共厕所: the one facility each unit is to have, and the floor on it,
// say how many per unit; the share's title names what the units have (建有公共厕所的行政村比例).
const ONE_PER_UNIT =
  /(?:至少|最少)(?=(?:建立|设立|设置|开设|建有|设有|建成|配备|配有))|(?<=建立|设立|设置|开设|建有|设有|建成|配备|配有)(?:一|1)(?:所|个|处|家|座|间)(?!以上)/g;

const ANY_MANNER = /以(?:不同|多种|各种)(?:的)?(?:形式|方式)/;

function unitsAfterDeed(written: string, deeds: RegExp): UnitsDeed | null {
  let phrase = /[一1少]/.test(written) ? written.replace(ONE_PER_UNIT, '') : written;
  // 能够以不同形式为老人提供服务: the manner is no part of the deed (houseForm drops it from names too).
  if (phrase.includes('形式') || phrase.includes('方式')) phrase = phrase.replace(ANY_MANNER, '');
  for (let i = 1; i < phrase.length - 3; i++) {
    const units = phrase.slice(0, i);
    // (城乡社区建设1所: a number before 所 counts what is built; those are no units.)
    if (!UNITS_END.test(units) || /\d\s*所$/.test(units)) continue;
    const deed = deeds.exec(phrase.slice(i).replace(LISTED_KINDS, ''))?.[1];
    if (!deed) continue;
    // 行政村建成卫生室: building a facility keeps the sentence's order; only units built up into a
    // titled kind of themselves (村庄建成省级卫生村, 乡镇建成卫生乡镇) have the title first.
    if (deed.startsWith('建成') && deed.at(-1) !== units.at(-1) && !units.includes(deed.at(-1)!))
      continue;
    // 综合医院、护理院和基层机构建成老年友善医疗机构: kinds of units listed, all built up into one
    // titled kind, are counted in that kind, as with 成为 (unit-list-scope.ts): no deed first.
    if (deed.startsWith('建成') && /[、和及与]/.test(units)) return null;
    // …摆放安全套或设置售套机: a deed joined to another one before it is not the units'.
    if (/[或和及与并、]$/.test(units) || /率|比例|达到|实现/.test(units)) return null;
    // 能够提供…: a title writes the ability as 能 (能提供中医药服务的乡镇卫生院比例).
    return { units, deed: deed.startsWith('能够') ? `能${deed.slice(2)}` : deed };
  }
  return null;
}

// 在…流行县(市、区)中,要有299个: a part of a whole named just before 中, counted after the comma.
const AMONG =
  /(乡镇|街道|县|区|市|镇|乡|村|医院|卫生院|机构|学校|社区|单位|企业)(?:[(（][^)）]{0,8}[)）])?中[,，]\s*(?:要|应|将|力争)?有?$/;
const DEED_ONLY = /^(?:达到|建立|设立|设置|开设|建成|实现|通过|具备)[^的]*数$/;

/**
 * `达到消灭标准数` after `在…流行县(市、区)中,要有`: the count of a part names no units of its own,
 * so they are the whole's, after what they do (`达到消灭标准的县数`); else the name as it was.
 */
export function countOfPart(name: string, before: string): string {
  const units = DEED_ONLY.test(name) ? AMONG.exec(before)?.[1] : undefined;
  return units ? `${name.slice(0, -1)}的${units}数` : name;
}

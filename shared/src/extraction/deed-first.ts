// A share of units that have or provide something is titled as plans and statistical yearbooks
// title it: what they have, 的, the units (设有老年医学科的二级医院比例, 能提供中医药服务的乡镇卫生院比例),
// not the units first as the sentence runs (二级医院设有老年医学科比例). Units that reach a
// standard (…卫生院达到推荐标准比例) or people who take a course keep the sentence's order.
import { tidyName } from './indicator';

// Verbs of having or setting up a service, a post or a department, with a word of ability or
// duty that may stand before them (应开展, 能够提供).
const DEED =
  /^(?:应|要|均|都|须|需)?((?:能够?|可以)?(?:建立|设立|设置|开设|建有|设有|配备|配有|提供|开展|放置)[\u4e00-\u9fff()（）]{2,20})$/;
// Units a share counts: places, facilities and bodies (县, 卫生院, 站点, 社区, 门诊…), with a
// bracketed 县(市、区) after them.
const UNITS_END =
  /(?:县|区|市|镇|乡|村|院|站|站点|所|室|校|学校|园|中心|机构|单位|社区|场所|企业|部门|科|门诊|地区|城市)(?:[(（][^)）]{1,8}[)）])?$/;

/** `县建立监测哨点` → `建立监测哨点的县`; null unless the phrase is units, then a deed of having. */
export function deedFirst(phrase: string): string | null {
  for (let i = 1; i < phrase.length - 3; i++) {
    const units = phrase.slice(0, i);
    if (!UNITS_END.test(units)) continue;
    const deed = DEED.exec(phrase.slice(i))?.[1];
    if (!deed) continue;
    // …摆放安全套或设置售套机: a deed joined to another one before it is not the units'.
    if (/[或和及与并、]$/.test(units) || /率|比例|达到|实现/.test(units)) return null;
    return `${tidyName(deed)}的${tidyName(units)}`;
  }
  return null;
}

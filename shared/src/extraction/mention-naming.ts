import { type Change, withoutBaselines } from './change';
import { rateName, tidyName, trimPhrase } from './indicator';
import type { Mention } from './mentions';
import { servedName } from './served-shares';
import { coverShare, coveredVolume } from './covered-shares';
import { FROM_TAIL } from './mention-names';
import {
  extendedOver,
  coveredUnits,
  coversUnitsBefore,
  nextCoveredUnits,
  AIM_AFTER,
  shareName,
} from './mention-shares';
import { treatedShare } from './treated-shares';
import type { regionWords } from './mention-references';
import type { MentionClause } from './mention-clause';
import { nameCount } from './count-naming';
import { isNumberFirstGap, ownVerbAfterNumberFirstItem } from './count-lists';
import { nameLevel } from './level-naming';

// The first naming step of reading a mention (readMention, extract-targets.ts): the name its own
// clause gives it, by the way the figure is written (a count, a change, a 分别 list's value, a
// share of those served or of units, a level). Later steps carry a name on or refine it.

// The values a list goes on to after the current one (、30%、30%), up to the 的 of their units.
const LATER_VALUES_OF = /^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%‰](?:以上|以下|左右)?)+(?=的)/;
// A whole a share is taken of, written right before the number (床位总数4%的比例).
const SHARE_OF_BASE = /(?:总数|总量|总额|总人数|总人口)$/;
// Units, a word of ability, and what they do (乡镇卫生院能够开展中医药服务).
const UNITS_ABLE = /^([\u4e00-\u9fff]{2,12}?)(?:能够|能(?![力效])|可以)([\u4e00-\u9fff]{2,16})/;
// A span of years alone (5年, 十年内), no name: 5年生存率 keeps its span.
const BARE_SPAN = /^(?:10|[1-9]|[一二两三四五六七八九十])年[内內]?$/;
const THERE_ARE = /(?:至少|不少于|不低于|超过)?要?有\s*$/;
const UNITS_DOING =
  /^(?:以上|及以上)?(?:的)?[\u4e00-\u9fff]{2,8}?(?:开展|实现|达到|建成|具备|通过|设置|配备|建立)[\u4e00-\u9fff]{2}/;

/**
 * The first name of a mention, its scope, counting word and where its quote opens; `share` when it
 * is a share of the units named after it.
 */
export interface FirstName {
  name: string;
  scope: string | null;
  unit: string;
  quoteStart: number;
  share: boolean;
}

/** Names mention `m` from its clause `w`; null when a count has no name to take. */
export function firstName(
  t: string,
  m: Mention,
  w: MentionClause,
  change: Change | null,
  regions: ReturnType<typeof regionWords>,
): FirstName | null {
  const { segStart, before, clauseBefore, respective, bound, tail } = w;
  const served =
    m.kind === 'rate' && !change && !respective
      ? servedName(
          trimPhrase(before),
          trimPhrase(before.slice(0, bound.at >= 0 ? bound.at : before.length)),
          tail,
        )
      : null;
  let quoteStart = segStart;
  let name: string;
  let scope: string | null = null;
  // 启动不少于40%、30%、30%的统筹地区: each value of a list before 的 is a share of the units named
  // after the last one.
  const listedOn = m.kind === 'rate' ? LATER_VALUES_OF.exec(tail) : null;
  const shareTail = listedOn ? tail.slice(listedOn[0].length) : tail;
  // 综合ICU要达到床位总数4%的比例: the base stands before the number without 的, and 的比例 after
  // it names the share already named.
  const baseBeforeShare =
    m.kind === 'rate' &&
    bound.at >= 0 &&
    SHARE_OF_BASE.test(before) &&
    /^的?(?:比例|比重)/.test(tail);
  // 床位数达到老年人口的6‰ is a share of a base; 筛查率95%以上的目标 is the aim itself.
  const share =
    m.kind === 'rate' &&
    ((shareTail.startsWith('的') && !AIM_AFTER.test(shareTail) && !baseBeforeShare) ||
      // 90%以上乡镇卫生院能提供中医药服务: a number opening its clause before units that can do
      // something is their share, with or without 的.
      (trimPhrase(clauseBefore) === '' && UNITS_ABLE.test(tail)) ||
      // 至少有50%企业开展试点: a share the clause says there are (有) of units doing something is
      // theirs without 的 too.
      (THERE_ARE.test(clauseBefore) && UNITS_DOING.test(tail)) ||
      // 科普宣传覆盖全省80%以上行政村: an act covering a share of units names it, without 的 too.
      (before.includes('覆盖') && coversUnitsBefore(before, shareTail)));
  if (m.kind === 'count') {
    const counted = nameCount(t, m, w, regions);
    // 建设24个甲中心、30个乙中心: a later item of a list whose numbers come first quotes from its
    // number; the noun before it is the previous item's.
    if (w.samePrev && segStart === w.samePrev.end) {
      const own = ownVerbAfterNumberFirstItem(before);
      if (isNumberFirstGap(before)) quoteStart = m.start;
      // 建成1个省级基地、创建1-2个国家级基地: the quote opens at this item's own verb.
      else if (own > 0) quoteStart = segStart + own;
    }
    // (Written out, not spread: a spread object took a slow path on every count.)
    return (
      counted && { name: counted.name, scope: counted.scope, unit: counted.unit, quoteStart, share }
    );
  }
  const nextCovered =
    m.kind === 'rate' && w.samePrev && before.length <= 10
      ? nextCoveredUnits(w.samePrev.target.indicator, before, shareTail)
      : null;
  if (nextCovered) {
    // 覆盖80%以上行政村、85%以上社区: the quote opens at this item's own number.
    [name, quoteStart] = [nextCovered, m.start];
  } else if (change) {
    ({ name, scope } = rateName(
      withoutBaselines(change.object ?? before.slice(0, change.at)).replace(FROM_TAIL, ''),
      regions,
    ));
  } else if (respective) {
    // 孕产妇、婴儿死亡率分别降至…: the k-th value goes with the k-th name.
    name = tidyName(trimPhrase(respective.name));
    scope = respective.scope;
    if (respective.index > 0) quoteStart = segStart;
  } else if (served) {
    // 干预措施覆盖70%以上的人群, 为70%以上的患者提供随访服务: the name stands on both sides.
    [name, scope] = [tidyName(served.name), served.scope];
  } else if (share && coveredVolume(before, shareTail)) {
    ({ name, scope } = coveredVolume(before, shareTail)!); // 覆盖X医院97%的门诊量
  } else if (share) {
    name =
      extendedOver(before, shareTail) ??
      coveredUnits(before, shareTail) ??
      treatedShare(before, shareTail) ??
      coverShare(before, clauseBefore, shareTail) ??
      shareName(shareTail);
  } else {
    ({ name, scope } = nameLevel(t, m, w, baseBeforeShare, regions));
    // 由20%,5年减至15%: a clause that is only a span of years and a verb names nothing; the
    // subject stands in the clause before (carried-names.ts).
    if (name.length <= 4 && BARE_SPAN.test(name)) name = '';
  }
  return { name, scope, unit: m.unit, quoteStart, share };
}

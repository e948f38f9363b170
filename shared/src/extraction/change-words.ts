// The word a change's name ends in follows the plan's own verb where plans keep to one: a share
// or level raised by 提升 is named `…提升幅度` (a sum or an age raised so keeps 提高幅度), and a volume that 增长s (人次, 收入, 生产总值) by some per
// cent is named for its growth rate (`…增长率`), while a share or level that 增长s by points keeps
// `…增长幅度`. Other verbs keep the names they had (提高幅度, 下降幅度, 减少幅度): plans and their
// readers mix 降低/下降 and 增加/提高 too freely for the verb to decide.

// A sum of money raised (补助标准提高30元) is named for the sum added, `…提高额`: plans and golds
// write a difference of money as an amount, never a 幅度 (a share's or an age's step stays 幅度).
const MONEY = /^(?:元|万元|亿元|千元|百元|美元)(?:\/|$)/;

// The units of a growth rate (unit '' when a caller gives none).
const PER_CENT = /^(?:%|‰|)$/;

// A name that is itself a share or a level: its change is a difference, not a growth rate.
const SHARE_OR_LEVEL = /(?:率|水平|比例|比重|占比|覆盖面)$/;

// A quality a service is judged by (信息共享时效, 处置效能, 应急能力, 响应速度, 群众满意度) is a level
// too: raised by 提升, its change is a 提升幅度 as a share's is.
const QUALITY = /(?:时效|效能|能力|质量|速度|程度|[意晓]度)$/;

/** The tail of a change's name (`提高幅度`, `年均增长率`), from its verb and whether it is yearly. */
export function changeWord(
  indicator: string,
  verb: string,
  way: '提高' | '下降' | '减少',
  annual: boolean,
  unit = '',
): string {
  if (way === '提高' && MONEY.test(unit)) return `${annual ? '年' : ''}提高额`;
  if (verb === '增长' && SHARE_OR_LEVEL.test(indicator)) return `${annual ? '年' : ''}增长幅度`;
  // 人均预期寿命再增长1岁: only a per-cent growth is a growth rate; an age or a count that 增长s by a
  // figure of its own unit is raised by that step, a 提高幅度 as 增加1岁 is.
  if (verb === '增长' && PER_CENT.test(unit)) return `${annual ? '年均' : ''}增长率`;
  // 门诊诊疗人次增加15%, 出院病人增加5%: a volume (not a share, a level or a quality) that 增加s by a
  // per cent grows at that rate, as one that 增长s does; a share that 增加s 5% keeps 提高幅度.
  if (
    verb === '增加' &&
    unit === '%' &&
    !SHARE_OR_LEVEL.test(indicator) &&
    !QUALITY.test(indicator)
  )
    return `${annual ? '年均' : ''}增长率`;
  // A quality bettered (环境空气质量改善50%) is named for its own verb: it is neither raised nor lowered.
  if (verb === '改善') return `${annual ? '年' : ''}改善幅度`;
  if (verb === '提升' && (SHARE_OR_LEVEL.test(indicator) || QUALITY.test(indicator)))
    return `${annual ? '年' : ''}提升幅度`;
  return `${annual ? '年' : ''}${way}幅度`;
}

/**
 * The indicator a change target is named for (婴儿死亡率下降幅度 → 婴儿死亡率, 医疗收入增长率 →
 * 医疗收入). `增长率` goes only when the target's quote grows by a figure (增长6%): a rate read
 * as a name (人口自然增长率控制在6‰) is no change and keeps it.
 */
export function withoutChangeWord(name: string, quote: string): string {
  let base = name.replace(/年?(?:(?:下降|提高|减少|提升|增长|改善)幅度|提高额)$/, '');
  if (base === name && /(?:增长|增加)\s*(?:不少于|不低于|至少|超过|达到?)?\s*\d/.test(quote))
    base = name.replace(/(?:年均)?增长率$/, '');
  return base.length >= 2 ? base : name;
}

import type { Mention } from './mentions';

// A page converted from another format can lose its `%` glyphs and keep the space they stood in
// (比例分别达到50 及以上和90 及以上, 签约服务率要到达90以上). After a share word and an aim word, a list of bare numbers of
// at most 100, each followed by that space or by 以上/及以上, are percentages. Anywhere else a
// bare number stays out.
const SHARE_AIM =
  /(?:比例|占比|比重|[^\s\d]率)(?:分别|均|都)?(?:要|应|须)?(?:达到|到达|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|保持在)\s*((?:\d{1,3}(?:\.\d+)?(?:\s*及?以上|\s+)(?:和|、|,|，)?\s*)+)(?![\d.%‰])/g;
const BARE = /(\d{1,3}(?:\.\d+)?)(?=\s+|\s*及?以上)/g;
// A summary that lost its `%` and its commas runs one rate's aim into the next rate's name
// (筛查率达到95新生儿…筛查率达到98先天性…): a number right after a rate's aim word, touching the next
// words, with another rate named in the 30 characters after it, is a percentage too. A counting word
// or unit touching the number (达到95分, 达到3个) keeps it what it is; 以上/左右 after it are the
// space-kept form above.
const RUN_ON =
  /[^\s\d]率(?:要|应|须)?(?:达到|到达|提高到|提高至|提升到|提升至)(\d{1,3}(?:\.\d+)?)(?=[\u4e00-\u9fff])(?![个人家所张名项次户座条元万亿千岁分倍天年月日周位例]|及?以[上下内]|左右)(?=[^。！？\n]{1,30}?率)/g;

// A share's aim that lost its `%` before a comma while the next share of its sentence kept its own
// (住院费用补偿比达到75,门诊补偿比达到50%): the bare number is a percentage like its sibling's. Only a
// number of at most 100 right before the clause mark, and only when a share with its `%` follows
// within 40 characters of the same sentence.
const BEFORE_SIBLING =
  /(?:比例|占比|比重|[^\s\d]率|(?:补偿|报销|支付)比)(?:要|应|须)?(?:达到|到达|达|提高到|提高至|提升到|提升至|增加到|增至|不低于|保持在)(\d{1,3}(?:\.\d+)?)(?=[,，;；、][^。！？\n]{0,40}?(?:比例|比重|率|比)[^。！？\n%\d]{0,8}\d{1,3}(?:\.\d+)?%)/g;

// A population plan's birth and natural growth rates are per mille, always: a ceiling written for
// one with a bare number (自然增长率控制在8以内, the ‰ dropped by a copy) is in ‰. Only these two
// names, and only a ceiling (控制在…以内/以下): 计划外出生率 is a share of births in %, a mortality
// rate may be per 100,000, and a bare number anywhere else stays out.
const VITAL_CEILING =
  /(?:人口出生率|(?<![\u4e00-\u9fff])出生率|自然增长率)(?:要|应|须)?(?:控制在|保持在|稳定在)(\d{1,2}(?:\.\d+)?)(?=以内|以下)/g;

// 千人口献血率目标值9, 每千人口献血率达到12: a rate named per thousand people (千人口…率) is in ‰ by
// its name, so an aim for it written with a bare number (no unit at all) is in ‰ too. Only a rate
// (…率, not 每千人口床位数, a count) and only a number closed by a mark, a bracket or the line's end.
const PER_THOUSAND_AIM =
  /(?<![一二三四五六七八九十百\d])每?千人口[\u4e00-\u9fff]{1,8}?率(?:目标值?|要|应|须)?(?:为|达到|达|不低于|提高到|提高至|力争达到)?(\d{1,2}(?:\.\d+)?)(?=[,，;；。、(（\n]|$)/g;

/** Birth or natural growth rates whose `‰` was lost, in `text` (normalised). */
export function lostPerMilles(text: string): Mention[] {
  const vital = text.includes('出生率') || text.includes('增长率');
  if (!vital && !text.includes('千人口')) return [];
  const out: Mention[] = [];
  const found = vital ? [...text.matchAll(VITAL_CEILING)] : [];
  if (text.includes('千人口')) found.push(...text.matchAll(PER_THOUSAND_AIM));
  for (const m of found) {
    const value = Number(m[1]);
    if (!(value > 0 && value <= 40)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({
      start,
      end: start + m[1]!.length,
      value,
      valueMax: null,
      unit: '‰',
      kind: 'rate',
      source: 'arabic',
    });
  }
  return out;
}

/** Percentages whose `%` was lost, in `text` (normalised); `[start, end)` spans the digits. */
export function lostPercents(text: string): Mention[] {
  const out: Mention[] = [];
  SHARE_AIM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHARE_AIM.exec(text)) !== null) {
    const listStart = m.index + m[0].length - m[1]!.length;
    BARE.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = BARE.exec(m[1]!)) !== null) {
      const value = Number(n[1]);
      if (!(value > 0 && value <= 100)) continue;
      const start = listStart + n.index;
      out.push({
        start,
        end: start + n[1]!.length,
        value,
        valueMax: null,
        unit: '%',
        kind: 'rate',
        source: 'arabic',
      });
    }
  }
  const runs = [...text.matchAll(RUN_ON)];
  if (text.includes('%')) runs.push(...text.matchAll(BEFORE_SIBLING));
  // (The starts taken, in a set: a page of nothing but run-on aims holds thousands of them.)
  const taken = new Set(out.map((o) => o.start));
  for (const r of runs) {
    const value = Number(r[1]);
    if (!(value > 0 && value <= 100)) continue;
    const start = r.index! + r[0].length - r[1]!.length;
    if (taken.has(start)) continue;
    taken.add(start);
    out.push({
      start,
      end: start + r[1]!.length,
      value,
      valueMax: null,
      unit: '%',
      kind: 'rate',
      source: 'arabic',
    });
  }
  return out;
}

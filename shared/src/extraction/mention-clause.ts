import { clauseEnd, clauseStart, openAsideStart, sentenceEnd, sentenceStart } from './clauses';
import { type Change, readChange } from './change';
import { readBound, suffixLength, type BoundWords } from './comparators';
import { withoutPerHeadRate } from './from-clause';
import type { Mention } from './mentions';
import { type Previous, respectiveClause, respectiveName } from './mention-names';
import { rateBaseLength } from './rate-bases';

// The first step of reading a mention (readMention, extract-targets.ts): where its words lie and
// what bound they set. Every later step reads these spans, so they are found once here.

/** The spans around a mention that its name, bound and year are read from. */
export interface MentionClause {
  sStart: number;
  sEnd: number;
  cStart: number;
  /** The target read just before in the same sentence, when its quote ends before this number. */
  samePrev: Previous | null;
  /**
   * Where the words this figure is named from open (after a list's joining word, an aside's lead).
   */
  segStart: number;
  /** `[segStart, m.start)` of the text. */
  before: string;
  /** From the number to the clause's end (or an aside's closing bracket). */
  after: string;
  /** `[cStart, m.start)` of the text. */
  clauseBefore: string;
  /** A `分别` list's name for this value (孕产妇、婴儿死亡率分别降至…). */
  respective: ReturnType<typeof respectiveName>;
  bound: BoundWords;
  /** Length of the unit's base and the bound word after the number (以上, 左右). */
  suf: number;
  /** What follows that suffix in the clause (an amount's per-head rate after it left out). */
  tail: string;
}

const VALUE_LIST_NEXT = /^[%‰]?[、和]\s*\d/;
// …分别达到80%以上和70%: another value of the list follows this one.
const ANOTHER_VALUE_NEXT = /^[%‰]?\s*(?:及以上|以上|及以下|以下|以内|左右)?\s*[、和及与或]\s*\d/;
// The values a list has given before the current one (10%和, 24%、20%和).
const LISTED_VALUES = /(?:\d+(?:\.\d+)?\s*(?:%|‰|个百分点)\s*[、和及与]\s*)+$/;

/**
 * Reads the sentence, clause, name words and bound of mention `m` of `t`; `prev` is the last target
 * read.
 */
export function readClause(t: string, m: Mention, prev: Previous | null): MentionClause {
  const sStart = sentenceStart(t, m.start);
  const sEnd = sentenceEnd(t, m.end);
  const cStart = clauseStart(t, m.start, sStart);
  const samePrev = prev !== null && prev.sentence === sStart && prev.end <= m.start ? prev : null;
  let segStart = cStart;
  if (samePrev && samePrev.end > segStart) segStart = samePrev.end;
  // 完成9个县项目及9个市项目: the words between two counts joined by 及/和 are the first one's
  // object, no part of the second's quote or name.
  if (samePrev?.target.kind === 'count') {
    const joined = /^[^,，;；。:：\d]{1,16}?[及和与]\s*$/.exec(t.slice(segStart, m.start));
    if (joined) segStart = m.start;
  }
  // A list's joining word opens no name, but 及时率 and 及格率 open with 及.
  while (
    segStart < m.start &&
    '、和及与且,，'.includes(t[segStart]!) &&
    !(t[segStart] === '及' && /[时格]/.test(t[segStart + 1] ?? ''))
  )
    segStart++;
  // 常住人口控制在1650万左右(户籍人口控制在1350万): a figure in an aside after one already read
  // in its sentence, or in an aside of an example or a part (如…, 其中…), is named from the
  // aside's own words, not from the bracket before them; the 如 is no part of the name.
  let inAside = false;
  const aside = openAsideStart(t, segStart, m.start);
  const exact = aside > segStart && makesExact(t, segStart, aside, m.start);
  if (aside > segStart && !exact) {
    const lead = /^(?:例如|比如|譬如|如(?![厕实期])|其中)/.exec(t.slice(aside))?.[0] ?? '';
    if (samePrev || lead) {
      segStart = aside + (lead === '其中' ? 0 : lead.length);
      inAside = true;
    }
  }
  // …健康服务第5页管理目标人群覆盖要达到30%: a document site's page mark (a slide's footer run into
  // the next slide's text) ends what came before; the name starts after it.
  const pageMark = lastPageMark(t.slice(segStart, m.start));
  if (pageMark > 0) segStart += pageMark;
  const before = t.slice(segStart, m.start);
  let cEnd = clauseEnd(t, m.end, sEnd);
  // …and ends at the aside's closing bracket.
  if (inAside) {
    const close = t.slice(m.end, cEnd).search(/[)）\]】〕]/);
    if (close >= 0) cEnd = m.end + close;
  }
  const after = t.slice(m.end, cEnd);
  const respective = respectiveName(
    respectiveClause(t, sStart, cStart, m.start),
    VALUE_LIST_NEXT.test(after),
    !ANOTHER_VALUE_NEXT.test(after),
  );
  const boundText = respective
    ? respective.boundText
    : listedBoundText(t, cStart, m, samePrev, before);
  // 15/10万活产数以下: the population a rate is per stands between the number and its bound word.
  const base = rateBaseLength(m.unit, after);
  const bound = readBound(boundText, after.slice(base, base + 6), m.valueMax !== null);
  let suf = base + suffixLength(after.slice(base));
  if (exact && /^[)）]/.test(after.slice(suf))) suf++; // the quote closes the bracket it opened
  const tail = m.kind === 'amount' ? withoutPerHeadRate(after.slice(suf)) : after.slice(suf);
  return {
    sStart,
    sEnd,
    cStart,
    samePrev,
    segStart,
    before,
    after,
    clauseBefore: t.slice(cStart, m.start),
    respective,
    bound,
    suf,
    tail,
  };
}

/**
 * The change (提高5个百分点, 较2015年降低10%) a rate or an amount `m` states, read from its clause `w`; a
 * count states none.
 */
export function readMentionChange(
  t: string,
  m: Mention,
  w: MentionClause,
  underAims: boolean,
): Change | null {
  if (m.kind === 'count') return null;
  const { sStart, sEnd, samePrev, before, clauseBefore } = w;
  const change = readChange(
    before,
    t.slice(sStart, m.start),
    underAims,
    t.slice(m.end, sEnd),
    // (提高产前筛查率90%以上: a bound after the share makes it the level to reach.)
    m.unit === '%' && !/^\s*(?:及|或)?(?:以上|以下|以内|左右)/.test(t.slice(m.end, m.end + 4)),
  );
  if (change || !samePrev || before.trim() !== '') return change;
  // 分别较2015年降低10%和20%: a later value of a list after one change verb is that change too.
  const listed = LISTED_VALUES.exec(clauseBefore);
  return listed ? readChange(clauseBefore.slice(0, listed.index), t.slice(sStart, m.start)) : null;
}

// 到2022年和2030年,…率分别低于7%和5%: a later value of a list with no words of its own before it
// is bounded by the words before the list's first value, as a later change shares the first's verb.
function listedBoundText(
  t: string,
  cStart: number,
  m: Mention,
  samePrev: Previous | null,
  before: string,
): string {
  if (!samePrev || before.trim() !== '') return before;
  const clauseBefore = t.slice(cStart, m.start);
  const listed = LISTED_VALUES.exec(clauseBefore);
  return listed ? clauseBefore.slice(0, listed.index) : before;
}

// 死亡率维持在较低水平(3/10万以下): a bracket opening on its figure right after a vague level makes
// that level exact; it is no aside, and the figure is named from the words before it.
const VAGUE_LEVEL = /(?:较|很|更|相对)?[低高]的?水平\s*[(（]$/;

function makesExact(t: string, segStart: number, aside: number, at: number): boolean {
  return (
    t.slice(aside, at).trim() === '' &&
    VAGUE_LEVEL.test(t.slice(Math.max(segStart, aside - 8), aside))
  );
}

/** The index just after the last page mark (`第5页`) in `s` that has words after it, or 0. */
function lastPageMark(s: string): number {
  if (!s.includes('页')) return 0;
  let at = 0;
  for (const m of s.matchAll(/第\s*\d{1,3}\s*页/g)) at = m.index + m[0].length;
  return /[\u4e00-\u9fff]{2}/.test(s.slice(at)) ? at : 0;
}

import { clauseStart } from './clauses';
import { isChangeAlone } from './count-lists';
import { withoutChangeWord } from './change-words';
import { countName, rateName, trimPhrase } from './indicator';
import type { Mention } from './mentions';
import { type Previous, FROM_TAIL, GROUP_END, GROUP_THEN_NAME } from './mention-names';
import {
  headingAbove,
  nextClauseOf,
  isOpeningShare,
  shareName,
  elidedName,
  carriedScope,
  shortenedRate,
} from './mention-shares';
import type { regionWords } from './mention-references';
import type { MentionClause } from './mention-clause';
import type { Change } from './change';

// The naming step after a mention's own clause named it (mention-naming.ts): a figure whose clause
// names nothing goes on with the indicator before it, and one whose clause names part of the
// indicator before it is that indicator, narrowed (readMention, extract-targets.ts).

// A comparison after a subject (较目前再增加约3岁, 比上年提高2个百分点): no part of its name.
// 出生人口性别比趋于合理,降低到…: a trend told after the subject's measure word is no part of the
// name (names round 13); 性别比 and 比率 are names of their own, not a comparison's 比.
const TREND_TAIL =
  /(?<=[率比例重平])(?:逐步|稳步|趋于|有所|明显|持续|不断|进一步|继续)[^,，;；。]*$/;
const COMPARISON_TAIL =
  /(?<=[\u4e00-\u9fff]{2})(?:较|(?<!性别)比(?![例重率])|相比|在(?=[^,，;；。]*基础之?上))[^,，;；。]*$/;
// A milestone closing a clause (…吸烟率2022年<24.5%, 2022年≥30%): a year, a bound and a figure.
const OWN_MILESTONE =
  /(?:(?:19|20)\d{2}年(?:底|末)?)\s*(?:[<>≤≥＜＞]=?|达到|达|为|降至|降到|控制在|不低于|不高于|低于|高于)?\s*\d+(?:\.\d+)?\s*(?:%|‰|岁|\/10万)?\s*$/;

// Words of going past (or meeting) an aim before its figure, and the aim named after it.
const PASSED_AIM =
  /^\s*(?:已经?|均|都)?(?:超出|超过|高于|完成|实现|达到)了?(?:原|年度)?(?:计划|预定|既定)?\s*$/;
const AIM_AFTER = /^\s*(?:以上)?的?(?:年度|原|既定|预期|计划)?(?:工作)?目标/;

// Everything up to a bracket the clause leaves open (the aside holds the subject).
const OPEN_ASIDE = /^[^(（]*[(（](?=[^)）]*$)/;
const STATED_IN_NAME = /\d\s*(?:%|‰|元|万|亿|\/)|(?:19|20)\d{2}年|\d{3}/;

// From a count's figure to the next clause: its noun, a mark, and the next clause's time.
const COUNT_TO_NEXT =
  /^[^\d;；。]{0,12}[;；,，]\s*(?:(?:到|至)?(?:19|20)\d{2}年(?:底|末)?)?[\s,，]*$/;

// A clause of only a verb of reaching a level, and the verb of adding opening a count's name.
const LEVEL_ALONE =
  /^\s*(?:并|将|要|再|共|总数|总量)?(?:达到|达|增至|增加到|提高到|提升到|扩大到)\s*$/;
const ADDED = /^(?:新增|增加|新建|增设|新设|新开)/;

/** The count just before clause `cStart` in the words `COUNT_TO_NEXT` allows, in counting word `unit`. */
function countBefore(t: string, prev: Previous | null, cStart: number, unit: string) {
  if (!prev || prev.target.kind !== 'count' || prev.target.unit !== unit || prev.end > cStart)
    return null;
  return COUNT_TO_NEXT.test(t.slice(prev.end, cStart)) ? prev.target : null;
}

// 住院补偿封顶线明显提高。由…10万元提高到15万元: a short sentence that only says a measure rose
// or fell leads the sentence after it that gives the figures, from (由/从) the old to the new.
const TREND_SENTENCE =
  /^\s*([\u4e00-\u9fff]{3,14}?)(?:明显|大幅度?|显著|进一步|稳步|有所)?(?:提高|提升|增加|上升|下降|降低)。\s*$/;

/** The measure a short sentence of rise or fall names, just before sentence `sStart` opening with 由 or 从. */
function trendLead(t: string, sStart: number): string | null {
  const own = t.slice(sStart, sStart + 2).trimStart();
  if (own[0] !== '由' && own[0] !== '从') return null;
  const start = Math.max(t.lastIndexOf('。', sStart - 2), t.lastIndexOf('\n', sStart - 2)) + 1;
  const lead = t.slice(start, sStart).trim();
  return lead.length > 20 ? null : (TREND_SENTENCE.exec(lead)?.[1] ?? null);
}

// A count's name that is only a distributive word, an act of serving and the counter (各人数, 筛查人次).
const BARE_ACT_COUNT = /^(?:(?:各|均|共)?(?:完成)?(?:筛查|检查|接种|体检)?(?:人数|人次))?$/;
// The service a clause names: its light verb, what is screened or given, and the act.
const SERVICE_DONE =
  /(免费)?(?:开展|进行|实施|提供)(?:一次|1次)?([\u4e00-\u9fffA-Za-z、和]{2,20}?)(筛查|检查|接种|体检)(?:服务|工作)?[,，]?\s*$/;

/** `宫颈癌、乳腺癌免费筛查人次` for the service the clause `before` names, in counting word `unit`. */
function serviceBefore(before: string, unit: string): string | null {
  if (unit !== '人' && unit !== '名' && unit !== '人次') return null;
  const s = SERVICE_DONE.exec(before);
  return s ? `${s[2]}${s[1] ? '免费' : ''}${s[3]}${unit === '人次' ? '人次' : '人数'}` : null;
}

/** The measure the clause before told a level of, for an aim that level went past; else null. */
function passedAimName(
  t: string,
  clauseBefore: string,
  tail: string,
  sStart: number,
  cStart: number,
  regions: ReturnType<typeof regionWords>,
): string | null {
  if (!PASSED_AIM.test(clauseBefore) || !AIM_AFTER.test(tail)) return null;
  const level = t.slice(clauseStart(t, cStart - 1, sStart), cStart - 1);
  const told = LEVEL_TOLD.exec(level);
  const r = told ? rateName(level.slice(0, told.index), regions) : null;
  return r && r.name.length >= 3 && /[率比例数]$/.test(r.name) ? r.name : null;
}
const LEVEL_TOLD = /(?:达到|达|为|是|提高到|升至)了?\s*[\d.]+\s*[%‰]?\s*$/;

/** A name, its scope and where its quote opens. */
export interface CarriedName {
  name: string;
  scope: string | null;
  quoteStart: number;
}

/**
 * The name `named` of mention `m`, carried on from the target before (`prev`) where its clause `w`
 * names none or part of it.
 */
export function carriedName(
  t: string,
  m: Mention,
  w: MentionClause,
  change: Change | null,
  prev: Previous | null,
  regions: ReturnType<typeof regionWords>,
  named: CarriedName,
): CarriedName {
  const { sStart, cStart, samePrev, before, tail, respective } = w;
  let { name, scope, quoteStart } = named;
  // 出生缺陷发生率到2005年要降至72/万;到2010年要降至70/万: a clause with no name of its own
  // right after a target's goes on with that indicator, across a semicolon or full stop.
  const carry = samePrev ?? nextClauseOf(t, prev, cStart);
  // 覆盖率达到了95%,超出原计划90%的目标: the aim the level just told went past is that measure's.
  if (cStart > sStart && w.clauseBefore.length <= 12 && tail.slice(0, 8).includes('目标')) {
    const passed = passedAimName(t, w.clauseBefore, tail, sStart, cStart, regions);
    if (passed) return { name: passed, scope, quoteStart };
  }
  // …免费开展一次宫颈癌、乳腺癌筛查,各完成筛查80万人次: a count whose clause names only the act (or
  // nothing) counts the service the clause before names.
  if (m.kind === 'count' && name.length <= 8 && BARE_ACT_COUNT.test(name) && cStart > sStart) {
    const served = serviceBefore(t.slice(clauseStart(t, cStart - 1, sStart), cStart), m.unit);
    if (served) return { name: served, scope, quoteStart };
  }
  if (m.kind === 'count' && isChangeAlone(name)) {
    const before = countBefore(t, prev, cStart, m.unit);
    if (before) return { name: before.indicator, scope: scope ?? before.scope, quoteStart };
  }
  // 再新增60家医院,达到200家: a clause that gives only the level the count before it adds up to
  // counts the same things, in all (the adding verb is no part of the total's name).
  if (m.kind === 'count' && !name && LEVEL_ALONE.test(before)) {
    const counted = countBefore(t, prev, cStart, m.unit);
    const total = counted?.indicator.replace(ADDED, '');
    if (total && total.length > 1)
      return { name: total, scope: scope ?? counted!.scope, quoteStart };
  }
  // 出院病人增加5%达到6万人次: the level a change in the same clause brings the count to counts the
  // change's subject (出院病人), which the clause wrote once, before the change.
  if (m.kind === 'count' && !name && LEVEL_ALONE.test(before) && samePrev?.target.kind === 'rate') {
    const subject = withoutChangeWord(samePrev.target.indicator, samePrev.target.quote);
    if (subject !== samePrev.target.indicator && subject.length >= 2 && !subject.includes('、'))
      return {
        // (出院病人 in 人次: the people the visits are of, 出院病人数; 查病 + 人次 is no such word.)
        name: /(?:病人|患者)$/.test(subject) ? `${subject}数` : countName(subject, '', m.unit, []),
        scope: scope ?? samePrev.target.scope,
        quoteStart: samePrev.quoteStart,
      };
  }
  if (!name && m.kind !== 'count') {
    // 50%以上县级医院达到推荐标准: a share opening its clause names the units it counts and what
    // they reach, whatever target came before it.
    if (isOpeningShare(before, tail)) {
      name = shareName(tail);
    } else if (carry) {
      // 比上年下降0.2个千分点,控制在4‰以内: a level after a change is the indicator's, not the change's.
      name = change
        ? carry.target.indicator
        : withoutChangeWord(carry.target.indicator, carry.target.quote);
      // 校内青少年…知晓率达98%,校外青少年达到80%: a group of this clause replaces the group
      // the carried name opened with.
      const grouped = scope && GROUP_END.test(scope) ? GROUP_THEN_NAME.exec(name) : null;
      if (grouped) name = grouped[2]!;
      scope = scope ?? carry.target.scope;
    } else if (tail) {
      name = shareName(tail);
    } else if (cStart > sStart) {
      // 注册为全科医师,2020年达到90%: the subject sits in the clause before. 吸烟率2022年<24.5%,
      // 2030年<20%: so it does when that clause gives it a milestone of its own (which may not be a
      // target, being past), and further back over a clause that is only such a milestone.
      for (let end = cStart - 1, k = 0; k < 3 && end > sStart; k++) {
        const pStart = clauseStart(t, end, sStart);
        // 人均预期寿命较目前再增加约3岁,达到79岁: the subject stops where its comparison begins.
        // (…的结果性指标为15岁以上人群吸烟率: what an 指标为 or 目标是 introduces is the name.)
        const words = t
          .slice(pStart, end)
          .replace(COMPARISON_TAIL, '')
          .replace(TREND_TAIL, '')
          .replace(OWN_MILESTONE, '')
          .replace(FROM_TAIL, '')
          .replace(/^[\s\S]*(?:指标|目标)值?(?:是|为)(?=[\s\S]{3})/, '')
          // 吸烟率减半(吸烟率由20%,5年减至15%): an aside's subject is the one inside its bracket.
          .replace(OPEN_ASIDE, '');
        const r = rateName(words, regions);
        // (成人每天2次刷牙率从2016年的36.1%,上升到…: the baseline goes; an age or a count of times
        // is part of a title, a figure in % or a year is not.)
        if (r.name && !STATED_IN_NAME.test(r.name)) {
          name = r.name;
          scope = scope ?? r.scope;
          quoteStart = pStart;
          break;
        }
        if (trimPhrase(words) !== '') break;
        end = pStart - 1;
      }
    } else {
      // (一)孕产妇死亡率 / 控制在10/10万: a line that opens with its bound takes the indicator
      // the heading line just above it names.
      name = headingAbove(t, sStart) ?? trendLead(t, sStart) ?? '';
    }
  } else if (samePrev && !respective && name !== samePrev.target.indicator) {
    // 覆盖率达50%,重点人群覆盖率达80%: same indicator, narrower scope.
    const carried = carriedScope(name, samePrev.target.indicator);
    if (carried) {
      scope = carried;
      name = samePrev.target.indicator;
    } else if (scope && samePrev.target.indicator.endsWith(name)) {
      // 城市居民…知晓率达80%,农村居民知晓率达70%: the short name is the one just set.
      name = samePrev.target.indicator;
    } else {
      const elided = elidedName(name, samePrev.target.indicator);
      if (elided) [name, scope] = [elided.name, scope ?? elided.scope];
    }
  }
  // …建档率5%,…。2010年农村规范化建档20%: the rate just set, shortened after a group (in this
  // sentence or the next).
  if (name && m.unit === '%' && prev && prev.end >= m.start - 80 && prev.target.unit === '%') {
    const group = shortenedRate(name, prev.target.indicator);
    if (group && (scope === null || scope === group))
      [name, scope] = [prev.target.indicator, group];
  }
  if (m.kind === 'count' && name && prev && prev.end < m.start)
    name = labelledPart(t, m, name, prev) ?? name;
  return { name, scope, quoteStart };
}

// 新增床位215张,其中:儿科95张,产科120张: a part of a count told after 其中 by a label alone (a
// department, a kind), in the count's counting word, is that much of the count: 儿科新增床位数. A
// later part after a mark goes on from the part before it.
const FIRST_PART = /^\s*[,，;；]?\s*其中\s*[:：]?\s*([\u4e00-\u9fff]{1,4})\s*$/;
const LATER_PART = /^\s*[,，、;；]\s*([\u4e00-\u9fff]{1,4})\s*$/;

/** The part's name, its label before the whole count's, or null when `name` is no bare label. */
function labelledPart(t: string, m: Mention, name: string, prev: Previous): string | null {
  if (prev.target.kind !== 'count' || prev.target.unit !== m.unit) return null;
  const between = t.slice(prev.end, m.start);
  if (between.length > 12) return null;
  const first = FIRST_PART.exec(between);
  const label = (first ?? LATER_PART.exec(between))?.[1];
  if (!label || name.replace(/人?数$/, '') !== label) return null;
  let whole = prev.target.indicator;
  if (!first) {
    // The part before must have been one too: its name opens with the label its quote opens with.
    const prevLabel = /^\s*(?:其中\s*[:：]?\s*)?([\u4e00-\u9fff]{1,4})\s*\d/.exec(
      prev.target.quote,
    )?.[1];
    if (!prevLabel || !whole.startsWith(prevLabel) || whole === prevLabel) return null;
    whole = whole.slice(prevLabel.length);
  }
  return whole.includes(label) || whole.length < 3 ? null : label + whole;
}

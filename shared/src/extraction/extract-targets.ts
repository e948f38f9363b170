import {
  clauseEnd,
  clauseStart,
  cutSentenceStart,
  openAsideStart,
  insideQuote,
  periodStart,
  sentenceEnd,
  sentenceStart,
} from './clauses';
import {
  areaAfterRate,
  bracketedTotalLead,
  isDefiningBracket,
  isListCount,
  isSpreadCount,
  isStudioName,
  isOptionalCount,
  isPackageDesignation,
  isThresholdCount,
  peopleFirst,
} from './asides';
import { forNotExact, readBound, resolveComparator, suffixLength } from './comparators';
import {
  countEvidence,
  isTextCollection,
  isPlanItemCount,
  isBackReference,
  withoutTrailingReference,
} from './context-rules';
import { directionOf } from './direction';
import { unitListScope } from './unit-list-scope';
import { changeName, readChange, withoutBaselines } from './change';
import { withoutChangeWord } from './change-words';
import { contentEnd, publishedYear, readParts, type PartInfo } from './header';
import { targetRegion } from './target-region';
import { withoutHonours } from './honour-names';
import { unitFits, type IndicatorMatcher } from './catalogue-names';
import { isMeasureUnit } from './units';
import { withoutMeasureBase } from './per-base-measures';
import { ablePlaces } from './able-places';
import { kindShare, shareOfPrevious } from './share-subjects';
import { listItemName, repeatedVerbName } from './count-lists';
import { bornToGroup } from './group-lists';
import {
  countName,
  houseForm,
  leadGroup,
  withoutResidents,
  rateName,
  withMeasureWord,
  tidyName,
  trimPhrase,
} from './indicator';
import { findMentions, type Mention } from './mentions';
import { withoutOpeningFrom, withoutPerHeadRate } from './from-clause';
import { perHeadOnly } from './per-head-names';
import { placesWhereBuilt, placesWhereName } from './places-where';
import { isServiceVolume } from './service-volumes';
import { isFutureHolding } from './future-holdings';
import { isRatingLevelAim } from './rating-levels';
import { moneyNamedAfterAim } from './money-nouns';
import { densityRangeReached } from './density-ranges';
import { isGrowthAim, isNamedLifeSpan } from './growth-aims';
import { normalise } from './normalise';
import { listVerbs } from './list-verbs';
import { aimedSubject, nameEdges, wordCutByLineBreak } from './name-edges';
import { finishedName } from './name-finish';
import { withScheme } from './insurance-schemes';
import { unitGroupAim } from './unit-group-aims';
import { allocatedShare, statedTask } from './allocated-shares';
import { rateOfSameSubject } from './bare-rates';
import { conditionedGroup } from './condition-groups';
import { lookedBackSubject } from './act-subjects';
import { areaCountItem } from './area-lists';
import { inMethodNote, rowCellLabel } from './table-rows';
import { pairedYear, thisYear, withPlanEnds } from './plan-years';
import { leadAfterSentence, relativeYear } from './relative-years';
import { yearBeforeList } from './years-before-list';
import { namedAim, planPeriodStart, titlePeriodStart } from './reported';
import { findingsLead, findingsLeadEnds } from './findings';
import { aimlessPage, bareFigure } from './reported-figures';
import { leftToDiscretion, namesCondition, picksPlaces, sizesUnits, sizesPlaces } from './criteria';
import { recipientCount } from './recipient-names';
import { servedName } from './served-shares';
import { countOfPart } from './deed-first';
import { PROPOSING_VERB, proposingPlace } from './proposing-place';
import { isReportPage, reviewSpans } from './review';
import { isReportKind, sentenceAims } from './report-kind';
import { isNewsKind, relaysAim } from './news-kind';
import { colonLabel } from './label-values';
import { timeStandardName } from './time-standards';
import { findQuotaRows } from './quota-tables';
import { quantifiesSubject } from './subject-counts';
import { splitsInto } from './split-counts';
import { coverShare, coveredPeopleName, coveredVolume } from './covered-shares';
import { opinionRate } from './opinion-rates';
import { itemDeed, withoutQuotaFrame } from './quota-names';
import { findTableRows } from './table';
import { tickerLines } from './tickers';
import { FORECAST_WORD, isPopulationForecast } from './forecasts';
import { sectionsUnderAims } from './report-boundary';
import type { ExtractionResult, ExtractionWarning, ExtractOptions, Target } from './types';
import { OriginalText } from './original-text';
import { rateBaseLength } from './rate-bases';
import { roundupItems, withItemPlace } from './roundup-items';
import { isIndicatorListCount, isItemNumber, isTableRowCount } from './indicator-lists';
import { headYear, yearOf, yearsFromBody } from './mention-years';
import {
  type Previous,
  FROM_TAIL,
  GENERIC_RATE,
  GROUP_END,
  GROUP_THEN_NAME,
  respectiveClause,
  respectiveName,
  qualifiedRate,
  bareRateSubject,
} from './mention-names';
import {
  headingAbove,
  nextClauseOf,
  isOpeningShare,
  unitsDoing,
  countShare,
  partThatIs,
  heldNow,
  extendedOver,
  coveredUnits,
  AIM_AFTER,
  shareName,
  elidedName,
  withVerbObject,
  carriedScope,
} from './mention-shares';
import { regionWords, PICKED_BY_LEVEL, findReferences } from './mention-references';
import { lineStartOf } from './list-leads';
import { confidenceOf } from './mention-confidence';
import { MentionContext, notAimBy } from './not-aim-reads';

const YEAR_WORD = /(?:19|20)\d{2}年/;
const CHINESE_COUNT_CUE =
  /新建|新增|新创|创建|建立|组建|成立|增设|培育|打造|培训|培养|招收|招聘|引进|安排/;
const BOUND_WORD =
  /^(?:力争|争取)?(?:达到|达|提高到|提高至|增加到|增加至|不低于|不少于|不超过|不高于|不多于|超过|高于|低于|控制在|降到|降至)/;
// (实现完成率100%: 完成率 is the name, not a second verb.)
const LEADING_BOUND =
  /^(?:至少|最少|不少于|不低于|超过|力争|争取|确保|完成|达到|实现)(?:新建|新增|完成(?!率)|培训|建成)?(?=[\u4e00-\u9fff])/;
// A list number and a first verb joined to the next by 并 (1、发现并登记…, 培训并考核…).
const VERB_CHAIN =
  /^\s*(?:[\d一二三四五六七八九十]{1,2}、)?[\u4e00-\u9fff]{2}并(?=[\u4e00-\u9fff]{2})/;
// A scope that is a group of people or a kind of area, not part of a standard name (5岁以下儿童).
const SCOPE_GROUP = /(?:人群|居民|农村|城市|城镇|城区|地区)$/;
const NOT_QUALIFIER =
  /[\d年月]|未来|今后|城乡|农村|城市|城镇|城区|郊区|全国|中国|我国|本国|全省|全市|全县|全区|居民|群众|人群|人口/;
// A density's base before a catalogue word (每千分娩量产科 + 床位数, 每10万人 + 眼科医师数): without
// it the title counts the things, not a ratio.
// 户籍人口年均出生率: a yearly mean is another measure than the year's rate, and the population it
// is averaged over stays with it (names round 13).
const YEARLY_MEAN = /^[\u4e00-\u9fff]{0,6}年均$/;
const PER_BASE_LEAD = /^每(?:[十百千万]+|\d+(?:\.\d+)?[十百千万]?)(?=[\u4e00-\u9fff])/;
// An age, a period of life or a number of doses before a catalogue word (6个月 + 纯母乳喂养率, 3岁以下
// + 儿童系统管理率, 2剂 + 麻疹疫苗接种率) says which measure it is, not when: its digits are no date.
// An age in years names the people it is of (15岁以上 alone, before 吸烟率, is a scope), and an age
// range (0—6岁) is a scope the plan narrows to.
const AGE_OR_DOSE =
  /^\d{1,3}(?:(?:个月|月龄|剂次?|针|次)|周?岁(?=.*(?:婴|儿童|孕|妇|老年|学生)))(?:及以上|及以下|以上|以下|以内|内)?的?(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)?$/;
const PEOPLE_FIRST = /^(?:新生儿|婴幼儿|婴儿|儿童|孕产妇|孕妇|产妇|妇女|老年人|学生)/;
// 出生缺陷导致的 + 婴儿死亡率: a cause narrows what the rate counts.
const CAUSE_LEAD = /(?:导致|引起|所致)的$/;
// 重型地贫患儿 + 出生率, 慢阻肺患者 + 规范管理率: the sick a rate is of say which rate it is.
const SICK_OF = /^[\u4e00-\u9fff]{2,6}(?:患儿|患者|病人)$/;
// The people or area that open a qualifier, and the words of its own after them (城市人群 | 心理);
// not their insurance scheme (城镇居民医保 is one name).
const QUALIFIER_AFTER_PEOPLE =
  /^[\u4e00-\u9fff]*(?:人群|居民|群众|人口|学生|儿童|城市|农村|城镇|城乡)(?!医保|医疗保)([\u4e00-\u9fff]{2,4})$/;
// 力争达到全国、全省77.3岁的平均水平: the places whose level is aimed at stand between the aim word
// and the number.
const LEVEL_OF_PLACES = /(?:达到|达|超过|高于)(?:全国|全省|全市|全区|全县|国家|[、和及])+\s*$/;
// A ceiling's verb touching a duration aims at it as well (反应时间缩至12分钟, 等候时间控制在30分钟).
const AIM_TOUCHING =
  /(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至|延长到|延长至|实现为|为|超过|不低于|高于|降至|降到|缩短到|缩短至|缩至|减少到|减至|控制在)\s*$/;
const YEAR_TAIL = /(?:到|至|于|在)?(?:19|20)\d{2}\s*年(?:底|末)?\s*$/;
// 降到≤5‰, 降到2030年的≤5‰: a verb of reaching a level before a bound sign is no part of the name.
const LEVEL_VERB_TAIL =
  /(?:下降|降低|提高|提升|增加|控制|降)?(?:到|至|在)(?:(?:19|20)\d{2}年(?:底|末)?的?)?\s*$|(?:降|达)(?:到|至)\s*$/;
// A comparison after a subject (较目前再增加约3岁, 比上年提高2个百分点): no part of its name.
// 出生人口性别比趋于合理,降低到…: a trend told after the subject's measure word is no part of the
// name (names round 13); 性别比 and 比率 are names of their own, not a comparison's 比.
const TREND_TAIL =
  /(?<=[率比例重平])(?:逐步|稳步|趋于|有所|明显|持续|不断|进一步|继续)[^,，;；。]*$/;
const COMPARISON_TAIL =
  /(?<=[\u4e00-\u9fff]{2})(?:较|(?<!性别)比(?![例重率])|相比|在(?=[^,，;；。]*基础之?上))[^,，;；。]*$/;
const CJK = /[\u4e00-\u9fff]/;
const PERSON_COUNT = new Set(['人', '名', '人次']);
// 每万人口全科医生数将达到两人: a density aimed at is a target in any numerals.
const DENSITY_AIMED = /每[十百千万]+(?:常住)?人口[^,，;；。]*(?:达到|达|提高到|增加到|增至)\s*$/;
// 将建4至5所, 建立4~5所: a range of things to build is a floor to reach, not a band.
// 扩展至…及额外3至4个专科: units a service is extended to, or added (额外), are made too.
const CREATE_BEFORE =
  /新建|新增|新创|创建|建设|建成|建立|(?<=[将拟再要])建|打造|组建|设立|增设|调整|培育|引进|扩展|拓展|额外/;

/**
 * Finds the quantitative targets of a work plan. Pure and linear in the text's length; every
 * target's `[start, end)` are code-point offsets into `text` and `quote` is exactly that slice.
 */
export function extractTargets(text: string, options: ExtractOptions = {}): ExtractionResult {
  const norm = normalise(text);
  const t = norm.text;
  const original = new OriginalText(text, norm);
  const end = contentEnd(t);
  const parts = readParts(t, end, options.gazetteer).map((p) => ({
    ...p,
    year: p.year ?? options.defaultYear ?? null,
    region: p.region ?? options.defaultRegion ?? null,
    published: publishedYear(t.slice(p.start, p.start + 300)),
  }));
  const catalogue = options.catalogue ?? null;
  const targets: Target[] = [];
  const warnings: ExtractionWarning[] = [];
  const rows = [...findTableRows(t, end), ...findQuotaRows(t, end)].sort(
    (a, b) => a.lineStart - b.lineStart,
  );
  let rowIndex = 0;
  let partIndex = 0;
  let prev: Previous | null = null;

  const emit = (target: Target, warning?: ExtractionWarning['code']) => {
    targets.push(target);
    if (warning) {
      const message =
        warning === 'missing-value'
          ? `The plan leaves the number of ${target.indicator || 'a target'} out.`
          : `${target.indicator || 'A target'} is bound to a value named only by reference.`;
      warnings.push({ code: warning, message, start: target.start, end: target.end });
    }
  };

  const reviews: [number, number][] = isReportPage(t, end)
    ? [[0, end]]
    : reviewSpans(t, end, parts[0]!.year, pastBefore(t, parts[0]!));
  let reviewIndex = 0;
  const reportKind = isReportKind(t, end);
  const newsKind = !reportKind && isNewsKind(t, end);
  const newsYear = parts[0]?.year ?? null;
  // The first year of the span the plan names (…(2024-2027年)), per plan year.
  const planFroms = new Map<number | null, number | null>();
  const read: Target[] = [];
  const readAt: { start: number; end: number }[] = [];
  const mentions: Mention[] = [];
  const findings = findingsLeadEnds(t);
  // A page that looks ahead nowhere and names no plan (a yearbook's entry): its bare figures are
  // records.
  const aimless = aimlessPage(t, end);
  const tickers = tickerLines(t, end);
  const aimSections = sectionsUnderAims(t, end);
  const forecasts = FORECAST_WORD.test(t);
  const all = findMentions(t);
  const roundup = roundupItems(t, end, options.gazetteer);
  for (let mi = 0; mi < all.length; mi++) {
    const m = all[mi]!;
    if (m.start >= end) break;
    // A note under a table's row that says how its measure is counted (计算方法:…超过80%…) sets
    // nothing, and its figures are not the body's either.
    if (inMethodNote(t.slice(lineStartOf(t, m.start), m.start))) continue;
    mentions.push(m);
    while (rowIndex < rows.length && rows[rowIndex]!.lineEnd < m.start) rowIndex++;
    if (rowIndex < rows.length && rows[rowIndex]!.lineStart <= m.start) continue; // read as a table row
    while (reviewIndex < reviews.length && reviews[reviewIndex]![1] <= m.start) reviewIndex++;
    if (reviewIndex < reviews.length && reviews[reviewIndex]![0] <= m.start) continue; // last year's review
    if (reportKind && !sentenceAims(t, m.start, m.end)) continue; // a bulletin's or yearbook's figure
    if (newsKind && !relaysAim(t, m.start, m.end, newsYear)) continue; // what a news story reports done
    // A study's findings, unless the figure is named as the aim right after it (3个的目标).
    if (
      findings.length > 0 &&
      findingsLead(t, m.start, findings) &&
      !namedAim(t.slice(m.end, m.end + 8))
    )
      continue;
    if (tickers.some(([a, b]) => a <= m.start && m.start < b)) continue; // a ticker of headlines
    if (forecasts && m.kind === 'count' && /人$/.test(m.unit)) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isPopulationForecast(t.slice(sStart, m.start), clause)) continue; // how many there will be
    }
    if (picksPlaces(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 48)))
      continue; // which places a rule is for
    if (namesCondition(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 12)))
      continue; // when a rule applies
    if (sizesUnits(m.unit, t.slice(m.end, m.end + 24))) continue; // which units, by their size
    if (sizesPlaces(m.unit, t.slice(Math.max(0, m.start - 4), m.start), t.slice(m.end, m.end + 12)))
      continue; // which places, by how many live there
    if (m.valueMax !== null && leftToDiscretion(t.slice(sentenceStart(t, m.start), m.start)))
      continue; // a range left to those who choose within it
    if (quantifiesSubject(t, m, all[mi + 1])) continue; // how many units a later figure is for
    if (aimless && bareFigure(t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start)))
      continue; // a value a record lists
    while (partIndex + 1 < parts.length && parts[partIndex + 1]!.start <= m.start) partIndex++;
    const part = withItemPlace(parts[partIndex]!, roundup, m.start); // a round-up's item
    if (!planFroms.has(part.year)) planFroms.set(part.year, planPeriodStart(t, part.year));
    const planFrom = planFroms.get(part.year) ?? null;
    const found = readMention(
      t,
      m,
      part,
      partIndex,
      prev,
      original,
      catalogue,
      planFrom,
      options,
      aimSections,
    );
    if (!found) continue;
    // 例如上海提出到2030年…59%: a place proposing an aim of its own gives its target that place. The
    // verb is looked for in the 80 characters before the number first (so most targets cost one
    // short test); a verb further back is not read.
    if (options.gazetteer && PROPOSING_VERB.test(t.slice(Math.max(0, m.start - 80), m.start))) {
      const clause = t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start);
      const own = proposingPlace(clause, options.gazetteer);
      if (own) [found.target.region, found.target.regionCode] = [own.name, own.code];
    }
    emit(found.target, m.value === null ? 'missing-value' : undefined);
    read.push(found.target);
    readAt.push({ start: m.start, end: m.end });
    prev = found.prev;
  }
  dropEchoedAchievements(t, mentions, read, readAt, targets);
  yearsFromBody(t, read, readAt);
  listVerbs(t, read, readAt);
  for (const row of rows) {
    while (partIndex > 0 && parts[partIndex]!.start > row.start) partIndex--;
    const part = parts[partIndex]!;
    // 30—70岁重大慢性病过早死亡率 as a row's label: the group or area opening it is the row's scope.
    const group = leadGroup(trimPhrase(row.name));
    const label = group?.name ?? trimPhrase(row.name);
    const hit = catalogue?.last(label, 0, label.length) ?? null;
    const named = hit !== null && hit.end === label.length && unitFits(hit.entry.unit, row.unit);
    const name = named ? houseForm(label) : tidyName(label);
    for (const cell of row.values) {
      // A bound written in the cell (≥80, <5) wins over the indicator's direction.
      const direction =
        cell.comparator === '<=' || cell.comparator === '<'
          ? 'down'
          : cell.comparator
            ? 'up'
            : named
              ? hit.entry.direction
              : directionOf(name, false);
      const quoted = original.span(cell.start, cell.end);
      targets.push({
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: name,
        scope: group?.scope ?? row.scope ?? null,
        region: part.region,
        regionCode: part.regionCode,
        year: cell.year ?? part.year,
        comparator: cell.comparator ?? (direction === 'down' ? '<=' : '>='),
        value: cell.value,
        valueMax: null,
        unit: row.unit,
        kind: row.kind,
        direction,
        confidence: named ? 0.75 : 0.7,
        indicatorSource: named ? 'catalogue' : 'heuristic',
        part: partIndex,
      });
    }
  }
  // A reference on a report's page or in a review is a level told reached, like a figure there.
  const inReview = (at: number) => reviews.some(([a, b]) => a <= at && at < b);
  findReferences(
    t,
    end,
    parts,
    original,
    emit,
    (from, to) => inReview(from) || (reportKind && !sentenceAims(t, from, to)),
  );
  targets.sort((a, b) => a.start - b.start || a.end - b.end);
  const min = options.minConfidence ?? 0;
  const kept = min > 0 ? targets.filter((x) => x.confidence >= min) : targets;
  const first = parts[0]!;
  return {
    document: {
      title: first.title,
      region: first.region,
      regionCode: first.regionCode,
      year: first.year,
      parts: parts.map((p) => ({ ...p, ...original.offsets(p.start, p.end) })),
    },
    targets: kept,
    warnings,
  };
}

/**
 * The year before which a paragraph's opening year is the past: the first year of the period the
 * plan spans (its title's 2021—2025年 or 十四五, or a span its opening names), else its own year.
 */
function pastBefore(t: string, part: { title: string | null; year: number | null }): number | null {
  return (
    (part.title ? titlePeriodStart(part.title) : null) ?? planPeriodStart(t, part.year) ?? part.year
  );
}

/**
 * A headline that repeats a figure the body reports as achieved (衛生計生委:普及率達74.09% over
 * 截至2013年底,…普及率達74.09%) is a news title, not a target: drop it from `read` and `targets`.
 * A headline is a line with no full stop, short enough to be a title.
 */
function dropEchoedAchievements(
  t: string,
  mentions: Mention[],
  read: Target[],
  readAt: { start: number; end: number }[],
  targets: Target[],
): void {
  // Whether each mention sits on a headline line, lines found once each (mentions are in order).
  const headline = new Map<number, boolean>();
  let lineEnd = -1;
  let lineIsHeadline = false;
  for (const x of mentions) {
    if (x.start > lineEnd) {
      const lineStart = t.lastIndexOf('\n', x.start - 1) + 1;
      const b = t.indexOf('\n', x.start);
      lineEnd = b < 0 ? t.length : b;
      const line = lineEnd - lineStart <= 200 ? t.slice(lineStart, lineEnd).trim() : null;
      lineIsHeadline = line !== null && line.length <= 60 && !/[。；;]/.test(line);
    }
    headline.set(x.start, lineIsHeadline);
  }
  // For each value and unit, whether the body (off the headlines) sets it and whether it also
  // writes it without setting it.
  const emitted = new Set(readAt.map((r) => r.start));
  const body = new Map<string, { set: boolean; unset: boolean }>();
  const byStart = new Map<number, Mention>();
  for (const x of mentions) {
    byStart.set(x.start, x);
    if (headline.get(x.start)) continue;
    const key = `${x.value}|${x.unit}`;
    const f = body.get(key) ?? { set: false, unset: false };
    if (emitted.has(x.start)) f.set = true;
    else f.unset = true;
    body.set(key, f);
  }
  const drop = new Set<Target>();
  for (let i = 0; i < read.length; i++) {
    const m = byStart.get(readAt[i]!.start);
    if (!m || !headline.get(m.start)) continue;
    // The body may restate a target it sets ((即77.3岁)): only a figure it never sets is echoed.
    const f = body.get(`${m.value}|${m.unit}`);
    if (f && f.unset && !f.set) drop.add(read[i]!);
  }
  if (drop.size === 0) return;
  const keep = <T>(xs: T[], ok: (x: T, i: number) => boolean) => {
    const kept = xs.filter(ok);
    xs.length = 0;
    xs.push(...kept);
  };
  const readBefore = read.slice();
  keep(readAt, (_, i) => !drop.has(readBefore[i]!));
  keep(read, (x) => !drop.has(x));
  keep(targets, (x) => !drop.has(x));
}

function readMention(
  t: string,
  m: Mention,
  part: PartInfo,
  partIndex: number,
  prev: Previous | null,
  original: OriginalText,
  catalogue: IndicatorMatcher | null,
  planFrom: number | null = null,
  options: ExtractOptions = {},
  aimSections: [number, number][] = [],
): { target: Target; prev: Previous } | null {
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
  if (aside > segStart) {
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
  );
  const boundText = respective ? respective.boundText : before;
  // 15/10万活产数以下: the population a rate is per stands between the number and its bound word.
  const base = rateBaseLength(m.unit, after);
  const bound = readBound(boundText, after.slice(base, base + 6), m.valueMax !== null);
  const suf = base + suffixLength(after.slice(base));
  const tail = m.kind === 'amount' ? withoutPerHeadRate(after.slice(suf)) : after.slice(suf);

  // A formula (人数/总人数×100%) or a quotation is no target.
  if (/[×*]\s*$/.test(before) || insideQuote(t, sStart, m.start)) return null;
  // A sentence with no Chinese in it (a page's English translation) sets no target of the plan.
  if (!CJK.test(t.slice(sStart, sEnd))) return null;
  const clauseBefore = t.slice(cStart, m.start);
  const underAims = aimSections.some(([a, b]) => a <= m.start && m.start < b);
  let change =
    m.kind === 'count'
      ? null
      : readChange(before, t.slice(sStart, m.start), underAims, t.slice(m.end, sEnd));
  // 分别较2015年降低10%和20%: a later value of a list after one change verb is that change too.
  if (!change && m.kind !== 'count' && samePrev && before.trim() === '') {
    const listed = LISTED_VALUES.exec(clauseBefore);
    if (listed) change = readChange(clauseBefore.slice(0, listed.index), t.slice(sStart, m.start));
  }
  // Where the figure stands or stood, a level reported or a tally of what happened: one ordered
  // list of readings (not-aim-reads.ts), asked once.
  const reading = { sStart, sEnd, cStart, before, after, tail, bound, change };
  if (notAimBy(new MentionContext(t, m, part, planFrom, reading)) !== null) return null;
  if (m.source === 'empty' && !bound.aimed) return null;
  // 80岁, 30分钟: a life span or time standard only right after an aim or bound word, and not
  // before a noun (60岁以上老年人, 15分钟健身圈); `77岁的平均水平` names a level, not a noun, and
  // `…不少于1小时等` closes a list of aims.
  if (m.unit === '级' && !isRatingLevelAim(clauseBefore, tail)) return null;
  const guaranteed = /^(?:分钟|小时)$/.test(m.unit) ? timeStandardName(before, tail) : null;
  if (
    !guaranteed &&
    /^(?:岁|分钟|小时|年)$/.test(m.unit) &&
    // 人均寿命80岁: a life span written right after its name is that figure (a headline's way).
    (!(
      AIM_TOUCHING.test(before) ||
      LEVEL_OF_PLACES.test(before) ||
      isGrowthAim(before) ||
      (m.unit === '岁' && isNamedLifeSpan(before)) ||
      bound.explicit ||
      change
    ) ||
      /^(?!的(?:平均)?水平|等(?![级次]))[\u4e00-\u9fff]/.test(tail))
  )
    return null;
  if (m.unit === '' && !bound.aimed) return null;
  // 人均绿地面积≥5平方米: an area or a concentration is a target only after a bound or aim word; a
  // length only after one, or in a clause that builds it (新建绿道、健身步道120公里), not where it
  // sizes a thing named after it (建成3公里健身圈).
  if (
    isMeasureUnit(m.unit) &&
    !(AIM_TOUCHING.test(withoutMeasureBase(before)) || bound.explicit) &&
    !(
      m.unit === '公里' &&
      /新建|建成|修建|铺设|改造/.test(clauseBefore) &&
      !CJK_START.test(tail)
    ) &&
    // 完成23.25万平方米房屋改造, 开竣工安置房150万平方米: a floor area in 万 built or rebuilt is
    // work to do, whatever it sizes.
    !(
      m.unit === '平方米' &&
      t.slice(m.start, m.end).includes('万') &&
      BUILT_AREA.test(`${clauseBefore}${tail.slice(0, 12)}`)
    )
  )
    return null;
  // 每月资费三元: a sum spelled in Chinese numerals is a price or a fee unless it is aimed at.
  if (m.source === 'chinese' && m.kind === 'amount' && !bound.aimed) return null;
  // ≥30迅滑…%: a number parted from its unit by stray glyphs is no blank (达到%) to fill, and
  // ≤0.处沙250: the digits after a split decimal point are no number of their own.
  if (m.source === 'empty' && /\d/.test(before.slice(Math.max(0, bound.at)))) return null;
  // 3.产前筛查率≥85%: an item's number before a short name is no split decimal.
  if (/\d[.．][^\d\s.,，;；。]{1,6}$/.test(before) && !isItemNumber(before)) return null;
  if (
    m.kind === 'count' &&
    m.value !== null &&
    (isListCount(before, m.value, t.slice(m.end, m.end + 16)) ||
      isSpreadCount(before, after) ||
      isPackageDesignation(before, m.unit) ||
      isOptionalCount(before) ||
      splitsInto(before) ||
      isDefiningBracket(t.slice(sStart, m.start)) ||
      // 100所左右乡镇卫生院: about a number is no threshold (only 以上/以下 before 的县, 的机构).
      (suf > 0 && !/^\s*(?:左右|上下)/.test(after) && isThresholdCount(tail)))
  )
    return null;
  if (m.kind === 'count') {
    // 每年建设约90个县,医院、学校各200个: a distributive 各 goes on with the count before it.
    const listed =
      samePrev !== null &&
      samePrev.target.kind === 'count' &&
      (samePrev.end >= cStart - 1 || /各\s*$/.test(before));
    // 期末20家的目标: a count named as the aim right after it needs no verb of doing.
    if (
      !listed &&
      !namedAim(tail) &&
      !countEvidence(before, tail, bound.explicit !== null, bound.range) &&
      !placesWhereBuilt(before, tail) &&
      !isServiceVolume(before, m.unit) &&
      !isFutureHolding(before) &&
      !isIndicatorListCount(t, m.start) &&
      !isTableRowCount(t, m.start)
    )
      return null;
    // 开展8类健康细胞示范建设: a number of kinds tells a programme's breadth; only a bound
    // (新增3类以上) or a range makes it something to reach.
    if (m.unit === '类' && bound.explicit === null && !bound.range) return null;
    if (isTextCollection(before, m.unit) || isPlanItemCount(before, tail)) return null;
    if (isBackReference(before)) return null;
    // Spelled-out counts (两个, 三项) are mostly descriptions: keep them only beside a verb of making.
    if (
      m.source === 'chinese' &&
      !bound.explicit &&
      !CHINESE_COUNT_CUE.test(before) &&
      !/开展|进行|改造|改建/.test(tail) &&
      !DENSITY_AIMED.test(before)
    ) {
      return null;
    }
  }

  const regions = regionWords(part.region);
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
      (THERE_ARE.test(clauseBefore) && UNITS_DOING.test(tail)));
  let unit = m.unit;
  if (m.kind === 'count' && (unit === '' || unit.includes('/'))) {
    // 总人口控制在14.2亿左右: a bare 万/亿 count takes its counting word from the name.
    const r = rateName(bound.at >= 0 ? before.slice(0, bound.at) : before, regions);
    name = r.name || (r.scope ?? '');
    scope = r.name ? r.scope : null;
    // …总数不超过120万,到2020年不超过150万: a clause with no subject goes on with the count before.
    if (!name && samePrev?.target.kind === 'count' && samePrev.target.unit) {
      name = samePrev.target.indicator;
      if (unit === '') unit = samePrev.target.unit;
    }
    if (unit === '') unit = countingWordOf(name);
    if (!unit || !name) return null;
  } else if (m.kind === 'count') {
    let nameBefore = bound.at >= 0 ? before.slice(0, bound.at) : before;
    // 至少新建…2个, 完成…2万人: a bound or aim word opening the clause leaves the name after it.
    // (一)项目目标完成筛查800例: a heading of aims run into its first item is no name either.
    if (bound.at >= 0 && (trimPhrase(nameBefore) === '' || AIM_HEADING.test(nameBefore)))
      nameBefore = before.slice(bound.at).replace(LEADING_BOUND, '');
    // 发现并最少登记高危人群100名: a bound inside a chain of verbs leaves the name on both sides.
    else if (bound.at >= 0 && /并\s*$/.test(nameBefore))
      nameBefore += before.slice(bound.at).replace(LEADING_BOUND, '');
    // 发现并登记…患者: of two verbs joined by 并 the last says what is counted.
    nameBefore = nameBefore.replace(VERB_CHAIN, '');
    // 管理人数由目前的8835万人分别提高到1亿人: the starting level is no part of the name.
    nameBefore = nameBefore.replace(FROM_TAIL, '');
    // (二)任务数  初筛任务数10000人: a heading run into its first item by a lost line break (two
    // spaces or more) is no part of the item's name.
    nameBefore = afterLastGap(nameBefore);
    const bracketLead = bracketedTotalLead(before, t.slice(m.end, m.end + 2));
    // A headline's items stand apart by spaces (新建足球场100个 活动中心50个): the next item's
    // words and count are not this count's noun.
    // 完成465幢23.25万平方米房屋…: a second figure right after the count sizes the same things;
    // its number and unit are no part of the counted noun.
    // 15张/10万人: the base a density is over is no part of the counted noun either.
    let counted =
      bracketLead === null
        ? tail
            .replace(DENSITY_BASE, '')
            .replace(/\s+\S*\d[\s\S]*$/, '')
            .replace(LEADING_FIGURE, '')
        : '';
    if (bracketLead !== null) nameBefore = bracketLead;
    if (unit === '名' && isStudioName(after)) [unit, counted] = ['个', `名${after}`];
    // 为2万名孕妇提供产前筛查: the recipients, then what they receive (names round 13).
    const recipients = recipientCount(before, counted, unit);
    name = recipients ? tidyName(recipients) : countName(nameBefore, counted, unit, regions);
    if (PERSON_COUNT.has(unit)) name = withoutQuotaFrame(peopleFirst(name) ?? name);
    // 新建社区医院4家、村卫生室30个: a later item of a list shares the first one's verb and level.
    const areaItem =
      samePrev?.target.kind === 'count' && !name
        ? areaCountItem(
            samePrev.target.indicator,
            t.slice(samePrev.quoteStart, samePrev.end),
            t.slice(samePrev.end, m.start),
          )
        : null;
    if (areaItem) {
      // 市区免费孕检8000对、农村32000对: the areas are the items' scopes, the rest their name.
      [name, scope] = [areaItem.name, areaItem.scope];
      samePrev!.target.indicator = areaItem.name;
      samePrev!.target.scope = samePrev!.target.scope ?? areaItem.prevScope;
    } else if (samePrev?.target.kind === 'count') {
      name = listItemName(name, samePrev.target.indicator, t.slice(samePrev.end, m.start));
      name = repeatedVerbName(name, unit, samePrev.target);
      if (PERSON_COUNT.has(unit) && samePrev.target.unit === unit)
        name = itemDeed(name, samePrev.target.indicator);
    } else name = withVerbObject(name, t.slice(sStart, cStart));
    // 现有协调员1900人,计划近期增加到5000名: an aim clause that names nothing but its time and
    // verb counts what the sentence said it has now.
    const held = NAMELESS_AIM.test(before) ? heldNow(t.slice(sStart, cStart)) : null;
    if (held) name = countName(held, '', unit, regions);
    name = countOfPart(name, t.slice(sStart, m.start));
    name = placesWhereName(before, tail) ?? name;
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
      coverShare(before, clauseBefore, shareTail) ??
      shareName(shareTail);
  } else {
    const upTo = bound.at >= 0 ? bound.at : before.length;
    // 普及率2015年达到75%: a year between the name and its aim word is no part of the name.
    // 经费人均8.5元: the 人均 right before an amount says per head (perPerson puts it back).
    const nameText = m.kind === 'amount' ? before.slice(0, upTo).replace(/人均\s*$/, '') : before;
    // …新发尘肺病 / 病例年均增长率…: a name a line break cut goes on from the line before.
    let named = withoutOpeningFrom(
      (wordCutByLineBreak(t, segStart) + nameText.slice(0, upTo))
        .replace(FROM_TAIL, '')
        .replace(LEVEL_VERB_TAIL, '')
        .replace(YEAR_TAIL, ''),
    );
    // 实现产前筛查率90%以上: an aim word opening the clause leaves the name after it.
    const opened = bound.at >= 0 ? before.slice(bound.at).replace(LEADING_BOUND, '') : '';
    if (trimPhrase(named) === '' && opened !== before.slice(bound.at)) named = opened;
    if (m.kind === 'amount' && opened !== before.slice(bound.at))
      named = moneyNamedAfterAim(opened) ?? named;
    if (m.kind === 'amount' && perHeadOnly(named)) named = '';
    const edged = nameEdges(named);
    const aimedAt = aimedSubject(edged);
    const r = aimedAt
      ? {
          name: rateName(aimedAt.subject, regions).name,
          scope: rateName(aimedAt.rest, regions).scope,
        }
      : rateName(edged, regions);
    name = r.name;
    scope = r.scope;
    // 各市建成率达到30%、三州达到15%: a group of places alone is the scope of the name carried on.
    if (PLACE_GROUP.test(name)) [name, scope] = ['', name];
    // 床位数达到老年人口的6‰: a rate of one thing over a base is named 床位占老年人口比例.
    // 降到2030年的5‰ is the level of a year, not a share of a base.
    const base =
      (/的$/.test(before) || baseBeforeShare) &&
      m.kind === 'rate' &&
      !/(?:19|20)\d{2}年(?:底|末)?的$/.test(before)
        ? before.slice(upTo).replace(BOUND_WORD, '')
        : '';
    // 国家卫生城市数量提高到全国城市总数的40%: the share is of the units (国家卫生城市占城市总数比例);
    // the whole it is taken over (全国, 全省) is where it applies, not part of its base.
    if (name && base.length > 2)
      name =
        coveredPeopleName(name, base) ??
        `${name.replace(/(?:总?数|数量)$/, '')}占${tidyName(base).replace(WHOLE_OF_BASE, '')}比例`;
    if (m.kind === 'amount') name = perPerson(name, t.slice(sStart, m.start));
    // 乡镇卫生院80%以上设置中医馆: units named before their share do what is measured after it.
    else if (m.kind === 'rate' && name && !base)
      name = partThatIs(name, tail) ?? unitsDoing(name, tail) ?? name;
  }
  // `%,农村要达到88%`: a page that lost a number leaves its unit, which names nothing.
  if (name && !CJK.test(name)) name = '';
  // 出生缺陷发生率到2005年要降至72/万;到2010年要降至70/万: a clause with no name of its own
  // right after a target's goes on with that indicator, across a semicolon or full stop.
  const carry = samePrev ?? nextClauseOf(t, prev, cStart);
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
          .replace(/^[\s\S]*(?:指标|目标)值?(?:是|为)(?=[\s\S]{3})/, '');
        const r = rateName(words, regions);
        if (r.name && !/\d/.test(r.name)) {
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
      name = headingAbove(t, sStart) ?? '';
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

  const able = samePrev && samePrev.target.unit === unit ? ablePlaces(clauseBefore) : null;
  if (able) [name, scope] = [samePrev!.target.indicator, able];

  // 成人肥胖率控制在12%以内,儿童青少年不超过8%: the group a clause names replaces the group that
  // opens the name it carries on (肥胖率, for 儿童青少年).
  if (samePrev && scope && name === samePrev.target.indicator) {
    const group = OPENING_GROUP.exec(name);
    if (group && !scope.includes(group[0]) && PEOPLE_SCOPE.test(scope))
      name = name.slice(group[0].length);
  }
  let quota: { name: string; scope: string | null } | null = null;
  // 献血工作任务为133单位: a task stated with 为 is a floor to meet, titled 无偿献血任务量.
  const task = m.kind === 'count' ? statedTask(before, unit) : null;
  if (task) name = task;
  // 近视率高于全国平均水平的省份每年下降1%: the units a comparison picks out are the scope; what
  // they are compared on is the name.
  const picked = PICKED_BY_LEVEL.exec(name);
  if (picked) [name, scope] = [picked[1]!, scope ?? name];
  // 提高新农合筹资标准,人均达360元: a name found in the clause before is per head all the same.
  if (m.kind === 'amount') name = perPerson(name, t.slice(sStart, m.start));
  if (guaranteed) [name, scope] = [guaranteed, null];
  // 规范管理率:80%: a label–value pair is named by its label, whatever stands around it.
  const label = m.kind === 'rate' ? colonLabel(t.slice(sStart, m.start)) : null;
  if (label) [name, scope] = [tidyName(label), null];
  // 领域 | 序号 | 部门 | 指标 | >80%: a flattened row's figure is named by its last labelled cell.
  const cell = rowCellLabel(t.slice(lineStartOf(t, m.start), m.start));
  if (cell) [name, scope] = [tidyName(cell), null];
  // 到2020年这一数字有望达到77岁: a word pointing back names the indicator just set.
  if (prev && /^(?:这一|这个|该|此)(?:数字|数据|指标|数值|比例)$/.test(name)) {
    name = prev.target.indicator;
    scope = scope ?? prev.target.scope;
  }
  if (m.kind === 'rate') {
    // 甲医院等9家区域医院目标值为70%: the units are the scope, the measure the sentence's aim's.
    const group = unitGroupAim(name, t.slice(sStart, m.start));
    if (group) [name, scope] = [group.name, group.scope];
    quota = allocatedShare(clauseBefore, after, part.title); // 按总人口的3‰下达任务: exact, of a base
    if (quota) [name, scope] = [quota.name, quota.scope ?? scope];
    const area = areaAfterRate(name, prev?.target.kind === 'rate' ? prev.target.indicator : null);
    if (area) [name, scope] = [area.name, area.scope];
    const units = unitListScope(name);
    if (units) [name, scope] = [units.name, scope ?? units.scope];
  }
  // 登记建档率达70%,规范化管理率达80%: a later item that is only an act takes the subject before it.
  const sameSubject =
    samePrev && !respective && m.kind === 'rate'
      ? rateOfSameSubject(name, samePrev.target.indicator)
      : null;
  if (sameSubject) name = sameSubject;
  else if (GENERIC_RATE.test(name) && !respective)
    name = qualifiedRate(name, samePrev, t, sStart, cStart);
  // 对超重学生进行早期干预,干预率达90%: a bare act's rate takes its subject from just before.
  if (m.kind === 'rate' && !respective && name)
    name = bareRateSubject(name, t, sStart, cStart, m.start, samePrev) ?? name;
  // 对筛出的高危对象,…,干预指导率…: further back in the sentence (names round 14).
  if (m.kind === 'rate' && !respective && name)
    name = lookedBackSubject(name, t, sStart, cStart) ?? name;
  if (samePrev) name = bornToGroup(name, samePrev.target.indicator) ?? name;
  if (samePrev && m.kind === 'rate' && !respective)
    name =
      shareOfPrevious(name, samePrev.target.indicator) ??
      (samePrev.target.kind === 'count'
        ? kindShare(name, clauseBefore, samePrev.target.indicator)
        : null) ??
      name;
  // 近视监测100%全覆盖: an act of covering named after the figure makes it a coverage.
  if (m.kind === 'rate' && !change && name && /^全?覆盖(?![\u4e00-\u9fff])/.test(tail))
    name = withMeasureWord(`${name.replace(/覆盖$/, '')}覆盖`);
  else if (m.kind === 'rate' && !change && name && /^[%‰]$/.test(m.unit))
    name = withMeasureWord(countShare(name));
  else if (m.kind === 'rate' && !change && name && m.unit.startsWith('1/'))
    name = withMeasureWord(name);
  // 改造20万平方米, 开竣工安置房各150万平方米: a floor area built is named for the area (without a
  // distributive 各 and a count's 数).
  if (m.unit === '平方米' && name && t.slice(m.start, m.end).includes('万') && !/面积$/.test(name))
    name = `${name.replace(/各$/, '').replace(/数$/, '')}面积`;
  // A list's later value may carry its first value's name, already a change's.
  if (change && name && !/(?:幅度|增长率|提高额)$/.test(name))
    name = changeName(withoutTrailingReference(name), change, m.unit);

  // The catalogue indicator the clause mentions nearest the number names the target.
  let source: Target['indicatorSource'] = 'heuristic';
  let catalogueDirection: Target['direction'] | null = null;
  if (catalogue && name && !change && !bound.delta && m.unit !== '个百分点') {
    // In a 分别 list the k-th name is looked up alone; else the clause up to the bound word.
    const text = respective ? name : t;
    const from = respective ? 0 : segStart;
    const to = respective ? name.length : segStart + (bound.at >= 0 ? bound.at : before.length);
    const hit = catalogue.last(text, from, to);
    if (hit && unitFits(hit.entry.unit, m.unit) && trimPhrase(text.slice(hit.end, to)) === '') {
      // 居民人均预期寿命, 群众无偿献血率: whose figure it is goes, as in a phrase's name.
      let written = withoutResidents(houseForm(text.slice(hit.start, hit.end)));
      // 15岁以上人群吸烟率, 农村孕产妇住院分娩率: a catalogue word that opens with the people or
      // area the clause is scoped to names them once, in the scope.
      if (
        scope &&
        SCOPE_GROUP.test(scope) &&
        written.startsWith(scope) &&
        written.length - scope.length >= 3
      )
        written = written.slice(scope.length);
      if (m.kind === 'amount') written = perPerson(written, t.slice(sStart, m.start));
      // A catalogue word keeps the short qualifier the phrase puts before it, which changes what
      // is measured (新农合 + 人均筹资标准, 住院费用 + 实际补偿比, 家庭医生 + 签约服务覆盖率); a place,
      // time or population word does not.
      const extra = name.endsWith(written) ? name.slice(0, -written.length) : '';
      // A density's 每千人口 is kept too, with what it qualifies (每千人口公立中医医院床位数):
      // without it the title counts people, not a ratio. So is the part of a share before its 占
      // (无偿献血占临床用血比例): it says whose share.
      const keep =
        (extra.length <= 4 && !NOT_QUALIFIER.test(extra)) ||
        PER_BASE_LEAD.test(extra) ||
        YEARLY_MEAN.test(extra) ||
        AGE_OR_DOSE.test(extra + (PEOPLE_FIRST.exec(written)?.[0] ?? '')) ||
        CAUSE_LEAD.test(extra) ||
        // 尘肺病康复 + 患者满意度: the sick a catalogue word opening with 患者 is of stay with it.
        SICK_OF.test(extra + (/^(?:患儿|患者|病人)/.exec(written)?.[0] ?? '')) ||
        /^[\u4e00-\u9fff]{2,}占[\u4e00-\u9fff]+$/.test(extra) ||
        ownResidents(extra, written);
      // 城市人群心理 + 健康知识知晓率: the short qualifier after the people or area is still kept.
      const ownWord = keep ? '' : QUALIFIER_AFTER_PEOPLE.exec(extra)?.[1];
      const kept = ownWord && !NOT_QUALIFIER.test(ownWord) ? ownWord + written : written;
      name = extra.length > 0 && keep ? name : kept;
      source = 'catalogue';
      catalogueDirection = hit.entry.direction;
    }
  }

  // 接触放射线工作人员个人剂量监测率: people picked out by a condition are the scope, not the name.
  const conditioned = m.kind === 'rate' && name && !scope ? conditionedGroup(name) : null;
  if (conditioned) [name, scope] = [conditioned.name, conditioned.scope];
  const opinion =
    m.kind === 'rate' && name && !scope ? opinionRate(name, t.slice(sStart, m.start)) : null;
  if (opinion) [name, scope] = [opinion.name, opinion.scope];
  if (name) name = finishedName(name, m.kind === 'rate' && !change && /^[%‰]$/.test(m.unit), tail);

  // A change is aimed at as an amount of change: higher is better whichever way it points.
  let direction = change
    ? 'up'
    : bound.ceiling
      ? 'down'
      : (catalogueDirection ?? directionOf(name, false));
  // An aim of none (畸残比为0, 县数为0) can only be neared from above, whatever the name says.
  if (m.value === 0 && !change) direction = 'down';
  if (bound.explicit === '~' && (m.kind === 'count' || share) && direction !== 'down')
    direction = 'band';
  if (
    bound.range &&
    m.kind === 'count' &&
    !CREATE_BEFORE.test(before) &&
    !densityRangeReached(before)
  )
    direction = 'band';
  // 控制目标为…男性为40%: a 为 in a sentence that states an aim is that aim, not an exact figure.
  // 超过了60%的年度目标: the words before an aim named after the figure compare the result with
  // it; the aim itself is a plain level (达到 60%).
  const aimBound = namedAim(t.slice(m.end, sEnd))
    ? { ...bound, explicit: null, exact: false }
    : bound.exact &&
        (/目标/.test(t.slice(sStart, m.start)) ||
          (m.kind === 'count' && forNotExact(before, t.slice(m.end, m.end + 16))))
      ? { ...bound, exact: false }
      : bound;
  const comparator = quota
    ? '='
    : task
      ? '>='
      : change
        ? (bound.explicit ?? '>=')
        : resolveComparator(aimBound, direction);
  const qEnd = m.end + suf;
  const pStart = periodStart(t, m.start);
  const lead = t.slice(pStart, m.start);
  // A sentence a line break cut takes its year from the line it goes on from.
  const yearLead = YEAR_WORD.test(lead) ? lead : t.slice(cutSentenceStart(t, pStart), m.start);
  const partPlace = part.region ? { name: part.region, code: part.regionCode } : null;
  // Only the number's own clause (对全省20万名…) moves it up a level: a place named in a later
  // clause of the sentence (其中,兰州市承担…) binds its own figure.
  // An honour's 全国 (巩固全国卫生城市成果) is read as no whole of the sentence's.
  const clause = withoutHonours(t.slice(cStart, m.start));
  const place = targetRegion({ clause, lead, part: partPlace, gazetteer: options.gazetteer });
  if (m.kind !== 'count') ({ name, scope } = withScheme(name, scope, t, sStart, m.start)); // 新农合参合率
  // Every field written in the literal, none spread in: a target built by spreading its span and
  // adding fifteen fields one by one left V8 holding it as a slow dictionary object, and that
  // cost a quarter of the pipeline's time. Keep the order (start, end, quote first): it is the
  // order of the keys in every JSON the server writes.
  const quoted = original.span(quoteStart, qEnd);
  const target: Target = {
    start: quoted.start,
    end: quoted.end,
    quote: quoted.quote,
    indicator: name,
    scope,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    year:
      pairedYear(lead, clauseBefore, after) ??
      yearBeforeList(t, pStart, lead, after) ??
      headYear(t, lead, m.start, part.year, planFrom) ??
      relativeYear(
        lead,
        t,
        thisYear(
          leadAfterSentence(t, pStart, lead),
          t,
          part.year,
          yearOf(withPlanEnds(yearLead), clauseBefore, part.year, planFrom, after),
        ),
      ),
    comparator,
    value: m.value,
    valueMax: m.valueMax,
    unit,
    kind: m.kind,
    direction,
    confidence: confidenceOf(m, bound.explicit !== null, bound.aimed, name, source),
    indicatorSource: source,
    part: partIndex,
  };
  return { target, prev: { target, sentence: sStart, end: qEnd, quoteStart } };
}

/**
 * Whether `extra` is (part of) the residents before a catalogue word that a title keeps with it:
 * 居民 + 健康素养水平, 城乡 + 居民健康档案建档率 (residents' own health measures).
 */
function ownResidents(extra: string, written: string): boolean {
  const whole = extra + written;
  const residents = /^(?:城乡居民|居民)/.exec(whole);
  return (
    residents !== null && residents[0].length >= extra.length && withoutResidents(whole) === whole
  );
}

/** The index just after the last page mark (`第5页`) in `s` that has words after it, or 0. */
function lastPageMark(s: string): number {
  if (!s.includes('页')) return 0;
  let at = 0;
  for (const m of s.matchAll(/第\s*\d{1,3}\s*页/g)) at = m.index + m[0].length;
  return /[\u4e00-\u9fff]{2}/.test(s.slice(at)) ? at : 0;
}

/** The counting word a bare 万/亿 count takes from its name: 总人口 → 人, 覆盖户数 → 户. */
function countingWordOf(name: string): string {
  if (/人次/.test(name)) return '人次';
  // 注册护士总数, 执业医师总数, 护士总量: people named by their calling are counted in 人 too.
  if (/人口|人数|(?:[人者员士师]|医生|学生|职工)(?:总量|总?数)?$/.test(name)) return '人';
  return /户/.test(name) ? '户' : '';
}

/** 每人每年300元: a per-person amount is named 人均. */
function perPerson(name: string, sentenceBefore: string): string {
  // 补助标准每人每年不低于580元: the words per head and year after the measure name nothing.
  if (/.{3}每人(?:每年|每月)?$/.test(name)) name = name.replace(/每人(?:每年|每月)?$/, '');
  if (!name || name.includes('人均') || !/每人|人均/.test(sentenceBefore)) return name;
  return name.replace(/筹资|补助|补贴|经费|支出|收入/, '人均$&');
}

// 三州, 各县, 其余乡镇: places counted or sorted as a group, with no name of their own.
const PLACE_GROUP = /^(?:各|其他|其余|[一二三四五六七八九十两])(?:省|市|州|县|区|乡镇|乡|镇|村)$/;

const VALUE_LIST_NEXT = /^[%‰]?、\s*\d/;
const WHOLE_OF_BASE = /^(?:全国|全省|全市|全区|全县)(?=[\u4e00-\u9fff]{2})/;

// A milestone closing a clause (…吸烟率2022年<24.5%, 2022年≥30%): a year, a bound and a figure.
const OWN_MILESTONE =
  /(?:(?:19|20)\d{2}年(?:底|末)?)\s*(?:[<>≤≥＜＞]=?|达到|达|为|降至|降到|控制在|不低于|不高于|低于|高于)?\s*\d+(?:\.\d+)?\s*(?:%|‰|岁|\/10万)?\s*$/;

/** `60%的市级疾控中心达到…`: a share of units, named for the units and what they reach. */
const CJK_START = /^[\u4e00-\u9fff]/;
// A heading of aims (项目目标, 工作目标, 目标任务) closing the words before a count's aim word.
const AIM_HEADING = /(?:项目|工作|总体|年度|具体)?目标(?:任务)?\s*[:：]?\s*$/;

// A whole a share is taken of, written right before the number (床位总数4%的比例).
const SHARE_OF_BASE = /(?:总数|总量|总额|总人数|总人口)$/;

// A clause of aim with no noun of its own: only a plan or hope, a time, a growth verb.
const NAMELESS_AIM =
  /^(?:[\s,，]|计划|希望|力争|争取|预计|拟|将|要|再|在|近期|今年|明年|年内|年底前|到|至|(?:19|20)\d{2}年(?:底|末)?|增加|提高|增至|达到|达)*$/;
// The base of a density written after its count (15张/10万人, 6张/千人口).
const DENSITY_BASE = /^\s*\/\s*(?:\d+(?:\.\d+)?)?[十百千万]*(?:人口|人)/;

// A figure opening a count's tail (465幢23.25万平方米房屋): another measure of the same things.
const LEADING_FIGURE = /^\d*(?:\.\d+)?\s*[万亿]?(?:平方米|公里|米|吨|元)/;
// The values a list goes on to after the current one (、30%、30%), up to the 的 of their units.
const LATER_VALUES_OF = /^(?:\s*[、和及与]\s*\d+(?:\.\d+)?\s*[%‰](?:以上|以下|左右)?)+(?=的)/;
// The values a list has given before the current one (10%和, 24%、20%和).
const LISTED_VALUES = /(?:\d+(?:\.\d+)?\s*(?:%|‰|个百分点)\s*[、和及与]\s*)+$/;
// Verbs that build or rebuild a floor area: its total is an aim (完成…改造20万平方米).
const BUILT_AREA = /新建|建成|修建|完成|改造|开工|竣工|扩建|改建/;

// Units, a word of ability, and what they do (乡镇卫生院能够开展中医药服务).
const UNITS_ABLE = /^([\u4e00-\u9fff]{2,12}?)(?:能够|能(?![力效])|可以)([\u4e00-\u9fff]{2,16})/;
const THERE_ARE = /(?:至少|不少于|不低于|超过)?要?有\s*$/;
const UNITS_DOING =
  /^(?:以上|及以上)?(?:的)?[\u4e00-\u9fff]{2,8}?(?:开展|实现|达到|建成|具备|通过|设置|配备|建立)[\u4e00-\u9fff]{2}/;

/** The scope when `name` is `previous` narrowed to a group: 重点人群覆盖率 after 签约服务覆盖率. */
// (城市, 农村 are areas the same group lives in: 儿童保健系统管理率 stays whole for 农村.)
// Only a group of another age replaces one (成人 → 儿童青少年); 男性, 女性 are parts of the group
// the name keeps (成人吸烟率, 女性为3%).
const PEOPLE_SCOPE = /(?:成年人|成人|儿童|青少年|学生|老年人|老人)$/;
const OPENING_GROUP =
  /^(?:成年人|成人|儿童青少年|儿童|青少年|中小学生|老年人)(?=[\u4e00-\u9fff]{2})/;

/** The words after the last run of two spaces or more between words, when three or more follow. */
function afterLastGap(phrase: string): string {
  let at = -1;
  for (const g of phrase.matchAll(/(?<=[\u4e00-\u9fff])[ \t\u3000]{2,}(?=[\u4e00-\u9fff]{3})/g))
    at = g.index + g[0].length;
  return at < 0 ? phrase : phrase.slice(at);
}

import { clauseStart, cutSentenceStart, insideQuote, periodStart, sentenceStart } from './clauses';
import { resolveComparator } from './comparators';
import { directionOf } from './direction';
import { readChange } from './change';
import { contentEnd, publishedYear, readParts, type PartInfo } from './header';
import { targetRegion } from './target-region';
import { withoutHonours } from './honour-names';
import { unitFits, type IndicatorMatcher } from './catalogue-names';
import { houseForm, leadGroup, withoutResidents, tidyName, trimPhrase } from './indicator';
import { findMentions, type Mention } from './mentions';
import { densityRangeReached } from './density-ranges';
import { normalise } from './normalise';
import { listVerbs } from './list-verbs';
import { finishedName } from './name-finish';
import { withScheme } from './insurance-schemes';
import { conditionedGroup } from './condition-groups';
import { inMethodNote } from './table-rows';
import { pairedYear, thisYear, withPlanEnds } from './plan-years';
import { leadAfterSentence, relativeYear } from './relative-years';
import { yearBeforeList } from './years-before-list';
import { namedAim, planPeriodStart, titlePeriodStart } from './reported';
import { findingsLead, findingsLeadEnds } from './findings';
import { aimlessPage, bareFigure } from './reported-figures';
import { leftToDiscretion, namesCondition, picksPlaces, sizesUnits, sizesPlaces } from './criteria';
import { PROPOSING_VERB, proposingPlace } from './proposing-place';
import { isReportPage, reviewSpans } from './review';
import { isReportKind, sentenceAims } from './report-kind';
import { isNewsKind, relaysAim } from './news-kind';
import { timeStandardName } from './time-standards';
import { findQuotaRows } from './quota-tables';
import { quantifiesSubject } from './subject-counts';
import { opinionRate } from './opinion-rates';
import { findTableRows } from './table';
import { tickerLines } from './tickers';
import { FORECAST_WORD, isPopulationForecast } from './forecasts';
import { sectionsUnderAims } from './report-boundary';
import type { ExtractionResult, ExtractionWarning, ExtractOptions, Target } from './types';
import { OriginalText } from './original-text';
import { roundupItems, withItemPlace } from './roundup-items';
import { headYear, yearOf, yearsFromBody } from './mention-years';
import { type Previous } from './mention-names';
import { regionWords, findReferences } from './mention-references';
import { lineStartOf } from './list-leads';
import { confidenceOf } from './mention-confidence';
import { readClause } from './mention-clause';
import { countAimed, unitAimed } from './figure-gates';
import { firstName } from './mention-naming';
import { perPerson } from './level-naming';
import { carriedName } from './carried-names';
import { overriddenName } from './name-overrides';
import { refinedName } from './name-refinements';
import { MentionContext, notAimBy } from './not-aim-reads';

const YEAR_WORD = /(?:19|20)\d{2}年/;
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
const CJK = /[\u4e00-\u9fff]/;
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
  const words = readClause(t, m, prev);
  const {
    sStart,
    sEnd,
    cStart,
    samePrev,
    segStart,
    before,
    after,
    clauseBefore,
    respective,
    bound,
    suf,
    tail,
  } = words;

  // A formula (人数/总人数×100%) or a quotation is no target.
  if (/[×*]\s*$/.test(before) || insideQuote(t, sStart, m.start)) return null;
  // A sentence with no Chinese in it (a page's English translation) sets no target of the plan.
  if (!CJK.test(t.slice(sStart, sEnd))) return null;
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
  // 30分钟: a time standard's name (timeStandardName) lets its figure through the units' gate.
  const guaranteed = /^(?:分钟|小时)$/.test(m.unit) ? timeStandardName(before, tail) : null;
  if (!unitAimed(t, m, words, change, guaranteed !== null)) return null;
  if (m.kind === 'count' && !countAimed(t, m, words)) return null;
  const regions = regionWords(part.region);
  const first = firstName(t, m, words, change, regions);
  if (!first) return null;
  const { unit, share } = first;
  let { name, scope, quoteStart } = first;
  // `%,农村要达到88%`: a page that lost a number leaves its unit, which names nothing.
  if (name && !CJK.test(name)) name = '';
  ({ name, scope, quoteStart } = carriedName(t, m, words, change, prev, regions, {
    name,
    scope,
    quoteStart,
  }));
  const overridden = overriddenName(t, m, words, unit, prev, part.title, guaranteed, {
    name,
    scope,
  });
  ({ name, scope } = overridden);
  const { quota, task } = overridden;
  name = refinedName(t, m, words, change, name);

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
    : bound.exact && /目标/.test(t.slice(sStart, m.start))
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

// The values a list has given before the current one (10%和, 24%、20%和).
const LISTED_VALUES = /(?:\d+(?:\.\d+)?\s*(?:%|‰|个百分点)\s*[、和及与]\s*)+$/;

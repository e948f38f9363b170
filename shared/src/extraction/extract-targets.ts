import { oneYearPlanYear } from './one-year-plans';
import { respectiveObjectName } from './respective-objects';
import { levelScoped } from './level-shares';
import { leadTakesBodyYear } from './lead-years';
import { clauseStart, insideQuote, periodStart, sentenceStart } from './clauses';
import { directionOf } from './direction';
import { contentEnd, publishedYear, readParts, type PartInfo } from './header';
import { mentionPlace } from './target-region';
import { unitFits, type IndicatorMatcher } from './catalogue-names';
import { houseForm, leadGroup, tidyName, trimPhrase } from './indicator';
import { findMentions, type Mention } from './mentions';
import { normalise } from './normalise';
import { isReachedHarm } from './reached-harms';
import { listVerbs } from './list-verbs';
import { withScheme } from './insurance-schemes';
import { deadlineName } from './deadline-lines';
import { inMethodNote } from './table-rows';
import { namedAim, planPeriodStart, titlePeriodStart } from './reported';
import { findingsLead, findingsLeadEnds, insideReportersLead, reportersLeads } from './findings';
import { aimlessPage, bareFigure, reachedFigure, talliesDone } from './reported-figures';
import {
  boundsShareOfPlaces,
  leftToDiscretion,
  namesCondition,
  picksPlaces,
  sizesUnits,
  sizesPlaces,
} from './criteria';
import { boundsCostBand, costBandLead } from './cost-bands';
import { classItemName, colonAreaName, placeListName } from './place-lists';
import { PROPOSING_VERB, proposingPlace } from './proposing-place';
import { isReportPage, reviewSpans } from './review';
import { isReportKind, sentenceAims } from './report-kind';
import { isNewsKind, relaysAim } from './news-kind';
import { responseTimeName, timeStandardName, wayTimeName } from './time-standards';
import { findQuotaRows, findRuledQuotaRows } from './quota-tables';
import { quantifiesSubject } from './subject-counts';
import { findScopeTableRows } from './scope-tables';
import { isYearTask, readYearTask } from './year-tasks';
import { mayBeSplit, splitYears } from './split-years';
import { findTableRows, type TableRow } from './table';
import { tickerLines } from './tickers';
import { isDivisionCount, isToldFact, isUsualLevel } from './told-facts';
import {
  FORECAST_WORD,
  isPopulationFigure,
  isPopulationForecast,
  isVitalForecast,
  isBirthsForetold,
} from './forecasts';
import { sectionsUnderAims } from './report-boundary';
import type { ExtractionResult, ExtractionWarning, ExtractOptions, Target } from './types';
import { OriginalText } from './original-text';
import { roundupItems, withItemPlace } from './roundup-items';
import { yearsFromBody } from './mention-years';
import { type Previous } from './mention-names';
import { regionWords, findReferences } from './mention-references';
import { lineStartOf } from './list-leads';
import { confidenceOf } from './mention-confidence';
import { readClause, readMentionChange } from './mention-clause';
import { countAimed, unitAimed } from './figure-gates';
import { placedCount } from './placed-counts';
import { firstName } from './mention-naming';
import { carriedName } from './carried-names';
import { overriddenName } from './name-overrides';
import { finishedTargetName, refinedName } from './name-refinements';
import { catalogueName } from './catalogue-naming';
import { targetComparator, targetDirection } from './target-comparator';
import { targetYear } from './target-year';
import { MentionContext, notAimBy } from './not-aim-reads';
import { isFormulaPart } from './formula-parts';
import { findAimColumnRows } from './aim-columns';
import { findAimRunRows } from './aim-runs';
import { findGluedRows } from './glued-rows';
import { institutionPartName } from './part-names';
import { diseaseCountName, isDiseasesCovered } from './disease-counts';

const CJK = /[\u4e00-\u9fff]/;

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
  const scoped = findScopeTableRows(t, end);
  const ruled = findRuledQuotaRows(t, end);
  const rows = [
    ...findTableRows(t, end).filter(
      (r) => !scoped.some((s) => overlaps(r, s)) && !ruled.some((s) => overlaps(r, s)),
    ),
    ...ruled,
    ...findQuotaRows(t, end),
    ...findAimColumnRows(t, end),
    ...findAimRunRows(t, end),
    ...findGluedRows(t, end, catalogue),
    ...scoped,
  ].sort((a, b) => a.lineStart - b.lineStart);
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
  const reporters = reportersLeads(t);
  const findings = findingsLeadEnds(t, reporters);
  // A page that looks ahead nowhere and names no plan (a yearbook's entry): its bare figures are
  // records.
  const aimless = aimlessPage(t, end);
  const tallied = aimless && talliesDone(t, end);
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
    // A year's task beside the figure reached (`…率74.2%(全年任务70%)`) is that year's aim, in a
    // review or a report too.
    const task = isYearTask(t, m.start);
    if (!task) {
      if (reviewIndex < reviews.length && reviews[reviewIndex]![0] <= m.start) continue; // last year's review
      if (reportKind && !sentenceAims(t, m.start, m.end, newsYear)) continue; // a bulletin's or yearbook's figure
      if (newsKind && !relaysAim(t, m.start, m.end, newsYear, parts[0]?.published ?? null, m.unit))
        continue; // what a news story reports done
    }
    // A study's findings, unless the figure is named as the aim right after it (3个的目标).
    if (
      findings.length > 0 &&
      findingsLead(t, m.start, findings) &&
      !namedAim(t.slice(m.end, m.end + 8))
    )
      continue;
    if (reporters.length > 0 && insideReportersLead(m.start, reporters)) continue; // how many reported
    if (tickers.some(([a, b]) => a <= m.start && m.start < b)) continue; // a ticker of headlines
    if (forecasts && m.kind === 'count' && /人$/.test(m.unit)) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isPopulationForecast(t.slice(sStart, m.start), clause)) continue; // how many there will be
    }
    if (forecasts && ((m.kind === 'count' && /人$/.test(m.unit)) || m.unit === '‰')) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isVitalForecast(t.slice(sStart, m.start), clause)) continue; // births to be expected
    }
    // Births foretold (forecasts.ts): a count of people with 出生/降生 just after it.
    if (
      m.kind === 'count' &&
      /[人名]$/.test(m.unit) &&
      /[出降]生/.test(t.slice(m.end, m.end + 12))
    ) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isBirthsForetold(clause, t.slice(m.end, m.end + 12))) continue; // births to come
    }
    // An age group's size or share (forecasts.ts): its 岁 or 占 stands within 40 characters before.
    if (
      ((m.kind === 'count' && /^人?$/.test(m.unit)) || m.unit === '%') &&
      /[岁占]/.test(t.slice(Math.max(0, m.start - 40), m.start))
    ) {
      const sStart = sentenceStart(t, m.start);
      const clause = t.slice(clauseStart(t, m.start, sStart), m.start);
      if (isPopulationFigure(t.slice(sStart, m.start), clause, m.unit)) continue; // how many there are
    }
    if (picksPlaces(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 48)))
      continue; // which places a rule is for
    if (
      t.slice(Math.max(0, m.start - 8), m.start).includes('率') &&
      boundsShareOfPlaces(t.slice(Math.max(0, m.start - 30), m.start))
    )
      continue; // which places a share counts
    if (namesCondition(t.slice(Math.max(0, m.start - 12), m.start), t.slice(m.end, m.end + 12)))
      continue; // when a rule applies
    if (sizesUnits(m.unit, t.slice(m.end, m.end + 24))) continue; // which units, by their size
    if (
      m.kind === 'amount' &&
      boundsCostBand(
        m.unit,
        t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start),
        t.slice(m.end, m.end + 16),
      )
    )
      continue; // the band of costs a payment share is for
    if (isDivisionCount(t.slice(Math.max(0, m.start - 40), m.start), t.slice(m.end, m.end + 2)))
      continue; // how the ground is cut into areas
    if (m.kind !== 'amount') {
      const sStart = sentenceStart(t, m.start);
      if (isToldFact(t.slice(clauseStart(t, m.start, sStart), m.start), m.unit)) continue; // a fact
    }
    if (
      (t.startsWith('左右', m.end) || t.startsWith('上下', m.end)) &&
      isUsualLevel(
        t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start),
        t.slice(m.end, m.end + 2),
      )
    )
      continue; // what it usually comes to
    if (sizesPlaces(m.unit, t.slice(Math.max(0, m.start - 4), m.start), t.slice(m.end, m.end + 12)))
      continue; // which places, by how many live there
    if (m.valueMax !== null && leftToDiscretion(t.slice(sentenceStart(t, m.start), m.start)))
      continue; // a range left to those who choose within it
    if (quantifiesSubject(t, m, all[mi + 1])) continue; // how many units a later figure is for
    if (aimless) {
      const clauseBefore = t.slice(clauseStart(t, m.start, sentenceStart(t, m.start)), m.start);
      if (bareFigure(clauseBefore)) continue; // a value a record lists
      if (tallied && reachedFigure(clauseBefore, t.slice(m.end, m.end + 4))) continue; // reached
    }
    while (partIndex + 1 < parts.length && parts[partIndex + 1]!.start <= m.start) partIndex++;
    const part = withItemPlace(parts[partIndex]!, roundup, m.start); // a round-up's item
    const yearTask = task && m.value !== null ? readYearTask(t, m.start, part.year, m.unit) : null;
    if (yearTask) {
      const quoted = original.span(yearTask.at, m.end);
      emit({
        start: quoted.start,
        end: quoted.end,
        quote: quoted.quote,
        indicator: yearTask.name,
        scope: null,
        region: part.region,
        regionCode: part.regionCode,
        year: yearTask.year,
        comparator: yearTask.direction === 'down' ? '<=' : '>=',
        value: m.value,
        valueMax: null,
        unit: m.unit,
        kind: m.kind,
        direction: yearTask.direction,
        confidence: 0.7,
        indicatorSource: 'heuristic',
        part: partIndex,
      });
      continue;
    }
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
    // 1988年和1990年…以省、县为单位分别达到85%: one target per year and scope.
    const split = mayBeSplit(t.slice(Math.max(0, m.start - 6), m.start))
      ? splitYears(t.slice(sentenceStart(t, m.start), m.start), t.slice(m.end, m.end + 12))
      : null;
    if (split) {
      const own = found.target;
      if (split.scopes[0]) own.indicator = own.indicator.replace(/以[\u4e00-\u9fff]{1,4}$/, '');
      own.year = split.years[0]!;
      own.scope = split.scopes[0] ?? own.scope;
    }
    emit(found.target, m.value === null ? 'missing-value' : undefined);
    if (split)
      emit({
        ...found.target,
        year: split.years[1]!,
        scope: split.scopes[1] ?? found.target.scope,
      });
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
        scope: group?.scope ?? cell.scope ?? row.scope ?? null,
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
  // 患病率达2.1%: a bad rate told as reached is a finding (reached-harms.ts).
  for (let i = targets.length - 1; i >= 0; i--)
    if (isReachedHarm(targets[i]!)) targets.splice(i, 1);
  targets.sort((a, b) => a.start - b.start || a.end - b.end);
  if (newsKind) leadTakesBodyYear(text, targets);
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
 * A page dated by its dateline cannot look back on a year after that date: a story of 2016 on a
 * plan for 2030 that opens a paragraph with 2020年 tells the plan's first step, so the cut comes
 * no later than the year after the page's date.
 */
function pastBefore(
  t: string,
  part: { title: string | null; year: number | null; published: number | null },
): number | null {
  const own =
    (part.title ? titlePeriodStart(part.title) : null) ??
    planPeriodStart(t, part.year) ??
    part.year;
  return own !== null && part.published !== null ? Math.min(own, part.published + 1) : own;
}

// 我国妇幼保健机构超3000家 over 我国现有妇幼保健机构3082家: a headline rounds the body's figure
// (超, 逾, 近, 约 and a round number) that the body tells without setting it. Only the page's own
// headline, in its first 400 characters, is compared, so the check stays linear.
const ROUNDING = /(?:超过?|逾|近|约|突破)\s*$/;

function roundsBodyFigure(
  t: string,
  m: Mention,
  mentions: Mention[],
  headline: Map<number, boolean>,
  emitted: Set<number>,
): boolean {
  if (m.start >= 400 || m.value === null || m.value <= 0) return false;
  if (!ROUNDING.test(t.slice(Math.max(0, m.start - 3), m.start))) return false;
  const h = m.value;
  return mentions.some(
    (x) =>
      x.unit === m.unit &&
      x.value !== null &&
      !headline.get(x.start) &&
      !emitted.has(x.start) &&
      Math.abs(x.value - h) <= h * 0.1,
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
    else if (roundsBodyFigure(t, m, mentions, headline, emitted)) drop.add(read[i]!);
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

/**
 * Reads one mention as a target, or null when it sets none. The steps, each in its own module:
 * the clause and bound (mention-clause.ts); the unit and count gates (figure-gates.ts); the
 * readings that find no aim (not-aim-reads.ts); the name, in order: the clause's own (mention-naming.ts,
 * count-naming.ts, level-naming.ts), carried on from the target before (carried-names.ts), a word
 * around that overrides it (name-overrides.ts), a rate's subject and measure word
 * (name-refinements.ts), the catalogue's (catalogue-naming.ts); then direction and comparator
 * (target-comparator.ts), region (target-region.ts) and year (target-year.ts).
 */
// A name that ends in a hospital level or kind (乡级, 定点医疗机构, 卫生院) may be a level alone.
const LEVEL_END = /(?:[级构院]|[构院]比例)$|级提高幅度$|医疗机构提高幅度$/;

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
  // Every step reads the same spans around the number: found once.
  const words = readClause(t, m, prev);
  const { sStart, sEnd, cStart, before, after, bound, suf, tail } = words;

  // 30分钟: a time standard's name (timeStandardName) lets its figure through the units' gate.
  // 步行15分钟即可就医: a walking time to a service (wayTimeName) does too, and so does a response
  // time limit (2小时内到达现场, responseTimeName).
  const guaranteed = /^(?:分钟|小时)$/.test(m.unit)
    ? (timeStandardName(before, tail) ?? wayTimeName(before, tail) ?? responseTimeName(after))
    : null;
  // A formula (人数/总人数×100%, one that lost its ×, a term's 分母为…) or a quotation is no target;
  // a quotation of time limits (“1小时内到场、2小时内处置”) is the plan's aims in a short form.
  if (
    ((before.includes('×') || before.includes('*')) && /[×*]\s*$/.test(before)) ||
    isFormulaPart(before, m.value, m.unit, after) ||
    (insideQuote(t, sStart, m.start) && guaranteed === null)
  )
    return null;
  // A sentence with no Chinese in it (a page's English translation) sets no target of the plan.
  if (!CJK.test(t.slice(sStart, sEnd))) return null;
  const underAims = aimSections.some(([a, b]) => a <= m.start && m.start < b);
  const change = readMentionChange(t, m, words, underAims);
  // Whether the unit, and a count's words, make the figure one to reach at all (figure-gates.ts):
  // asked before the not-aim readings, since both only drop a figure and these few tests drop
  // more figures than the readings' long list does (a list's size, a package, an age).
  if (!unitAimed(t, m, words, change, guaranteed !== null)) return null;
  if (m.kind === 'count' && !countAimed(t, m, words)) return null;
  // Where the figure stands or stood, a level reported or a tally of what happened: one ordered
  // list of readings (not-aim-reads.ts), asked once.
  const reading = { sStart, sEnd, cStart, before, after, tail, bound, change };
  if (notAimBy(new MentionContext(t, m, part, planFrom, reading)) !== null) return null;
  // Naming goes from the clause's own words to what the sentence, a label or the catalogue says;
  // each step may keep or replace what the one before found, so their order is the rule.
  const regions = regionWords(part.region);
  const first = firstName(t, m, words, change, regions);
  if (!first) return null;
  const { unit, share } = first;
  let { name, scope, quoteStart } = first;
  // `%,农村要达到88%`: a page that lost a number leaves its unit, which names nothing.
  if (name && !CJK.test(name)) name = '';
  // 住院费用超过6万元报销比例提高到80%,10万元以上提高到90%: a cost band opening a share's clause
  // is its scope, and the share goes on with the name before it when the band is all (cost-bands.ts).
  const band = m.kind === 'rate' ? costBandLead(words.before) : null;
  if (band) {
    scope = band;
    // The name drops the band up to its sum (a time word before it may have gone already, and a
    // figure alone: 3万元以下部分 → 万元以下部分报销比例).
    const sum = /\d+(?:\.\d+)?\s*(\D*)$/.exec(band);
    const cut = [sum?.[0], sum?.[1]].find((w) => w && name.includes(w));
    if (cut) name = name.slice(name.lastIndexOf(cut) + cut.length);
    else if (band.endsWith(name)) name = '';
  }
  ({ name, scope, quoteStart } = carriedName(t, m, words, change, prev, regions, {
    name,
    scope,
    quoteStart,
  }));
  // 人均筹资标准为:甲区、乙县不低于500元: places listed after a measure's colon are the scope.
  const placed =
    placeListName(t, name, words.sStart, words.cStart, words.samePrev, regions) ??
    (name.length <= 4
      ? colonAreaName(t, name, scope, words.sStart, words.cStart, words.samePrev, regions)
      : null) ??
    classItemName(name, words.clauseBefore, words.samePrev);
  if (placed) ({ name, scope } = placed);
  // 完成时限:2017年底达91%: a duty table's deadline line goes on with its item's indicator.
  name = deadlineName(t, m.start, prev) ?? name;
  const overridden = overriddenName(t, m, words, unit, prev, part.title, guaranteed, {
    name,
    scope,
  });
  ({ name, scope } = overridden);
  const { quota, task } = overridden;
  name = refinedName(t, m, words, change, name);

  // The catalogue indicator the clause mentions nearest the number names the target.
  const listed = catalogueName(t, m, words, catalogue, change, name, scope);
  name = listed.name;
  ({ name, scope } = finishedTargetName(t, m, words, change, name, scope, prev));
  // 其中疾病预防控制机构25万人: a part named by its institution counts what the whole counts (part-names.ts).
  if (m.kind === 'count')
    name = institutionPartName(words.clauseBefore, unit, words.samePrev) ?? name;
  // 20种大病实行单病种付费: diseases a scheme covers are titled by the scheme (disease-counts.ts).
  if (m.unit === '种' && isDiseasesCovered(m.unit, before, tail))
    name = diseaseCountName(tail) ?? name;
  // 县级住院补偿比例, 乡级、县级…分别为100元: a hospital level is the scope (level-shares.ts).
  if (scope === null && (LEVEL_END.test(name) || name.includes('补偿') || name.includes('报销'))) {
    const sentence = periodStart(t, m.start);
    // A change by level reads the sentence before too (提高了补偿比例。其中,乡镇级提高10%).
    const from = name.endsWith('提高幅度') ? periodStart(t, Math.max(0, sentence - 1)) : sentence;
    const levelled = levelScoped(t.slice(from, m.start), name, scope);
    if (levelled) ({ name, scope } = levelled);
  }
  // 其中114张将置于甲医院, 乙医院亦将增71张: a planned total's share at a place (placed-counts.ts).
  if (m.kind === 'count' && (/^\s*将/.test(after) || before.trimEnd().endsWith('将增'))) {
    const placed = placedCount(t.slice(sStart, m.start), before, after, m.unit);
    if (placed) ({ name, scope } = placed);
  }

  // 100%、90%的县分别建成甲医院、乙医院: each share of a list goes with its object (respective-objects.ts).
  if (m.kind === 'rate' && name.includes('分别'))
    name = respectiveObjectName(name, t.slice(cStart, m.start), tail) ?? name;
  // Which way is better needs the finished name (and the catalogue's word for it); the comparator
  // needs which way is better.
  const direction = targetDirection(m, words, change, share, listed.direction, name);
  const comparator = targetComparator(
    t,
    m,
    words,
    change,
    quota !== null,
    task !== null,
    direction,
  );
  const qEnd = m.end + suf;
  const pStart = periodStart(t, m.start);
  // Region and year are read from the sentence up to the number (lead).
  const lead = t.slice(pStart, m.start);
  const place = mentionPlace(t, cStart, m.start, lead, part, options.gazetteer);
  // 大病患者最高可报销40万元: the most a scheme pays, in money, is its ceiling (…最高报销限额), not the
  // share houseForm titles a bare 报销 with.
  if (m.kind === 'amount' && name.endsWith('比例'))
    name = name.replace(/最高可?(报销|补偿|支付)比例$/, '最高$1限额');
  if (m.kind !== 'count') ({ name, scope } = withScheme(name, scope, t, sStart, m.start)); // 新农合参合率
  const year =
    targetYear(t, m, words, pStart, lead, part.year, planFrom, part.regionCode) ??
    // 每年至少组织2次… in a plan for one year: that year (one-year-plans.ts).
    oneYearPlanYear(part.title, part.year, lead);
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
    year,
    comparator,
    value: m.value,
    valueMax: m.valueMax,
    unit,
    kind: m.kind,
    direction,
    confidence: confidenceOf(m, bound.explicit !== null, bound.aimed, name, listed.source),
    indicatorSource: listed.source,
    part: partIndex,
  };
  return { target, prev: { target, sentence: sStart, end: qEnd, quoteStart } };
}

function overlaps(a: TableRow, b: TableRow): boolean {
  return a.lineStart <= b.lineEnd && b.lineStart <= a.lineEnd;
}

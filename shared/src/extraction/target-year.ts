import { cutSentenceStart } from './clauses';
import { type Mention } from './mentions';
import { pairedYear, thisYear, withPlanEnds } from './plan-years';
import {
  leadAfterSentence,
  relativeYear,
  spanAheadYear,
  spentYearsEnd,
  worksEndYear,
} from './relative-years';
import { yearBeforeList } from './years-before-list';
import { headYear, yearOf } from './mention-years';
import type { MentionClause } from './mention-clause';
import { columnYear } from './table-columns';
import { paragraphYear } from './paragraph-years';
import { withRocYears } from './roc-years';
import { finishingYear } from './completion-years';
import { deadlineYear } from './deadline-works';

// The step of reading a mention that dates it (readMention, extract-targets.ts): a year paired
// with it, one before a list it is in, the plan's head year, a relative year or the year its
// own words name, in that order.

const YEAR_WORD = /(?:19|20)\d{2}年/;
// How far after a figure a later step of a run of years is looked for (plan-years.ts steppedYear).
const STEP_AHEAD = 48;

/**
 * The year mention `m` is aimed at; `lead` is `[pStart, m.start)` of `t`, the words since the last
 * full stop.
 */
export function targetYear(
  t: string,
  m: Mention,
  w: MentionClause,
  pStart: number,
  lead: string,
  partYear: number | null,
  planFrom: number | null,
  regionCode: string | null = null,
): number | null {
  const { clauseBefore, after } = w;
  // 預計104年底前 on a Taiwan page: its 民国 years are read as the common era's (roc-years.ts).
  const rocLead = withRocYears(lead, regionCode);
  // A sentence a line break cut takes its year from the line it goes on from.
  const yearLead = YEAR_WORD.test(rocLead)
    ? rocLead
    : withRocYears(t.slice(cutSentenceStart(t, pStart), m.start), regionCode);
  const year =
    columnYear(t, m.start) ?? // 基线 | 2020年 | 2025年 over …| 10.92% | 下降10% |
    pairedYear(lead, clauseBefore, after) ??
    // 四个诊所会在2030年前落成: the deadline right after a count dates it (deadline-works.ts).
    (m.kind === 'count' ? deadlineYear(after) : null) ??
    yearBeforeList(t, pStart, lead, after) ??
    headYear(t, rocLead, m.start, partYear, planFrom) ??
    spanAheadYear(
      lead,
      t,
      spentYearsEnd(
        lead,
        t,
        relativeYear(
          lead,
          t,
          thisYear(
            leadAfterSentence(t, pStart, rocLead),
            t,
            partYear,
            yearOf(
              withPlanEnds(yearLead),
              clauseBefore,
              partYear,
              planFrom,
              after,
              // (what follows the figure, where a later step of a run of years may open)
              t.slice(m.end, m.end + STEP_AHEAD),
            ),
          ),
        ),
      ),
      planFrom !== null && partYear !== null && planFrom < partYear,
      m.start,
    );
  // A sentence dated only by the page's default goes by its paragraph's opening horizon, or by
  // the end of the building time its projects are given, or by the time told right after it that
  // its works are finished (completion-years.ts).
  return year !== null && year === partYear
    ? (paragraphYear(t, pStart, lead, partYear) ??
        worksEndYear(t, m.start, lead, finishingYear(t, m.end, year)))
    : year;
}

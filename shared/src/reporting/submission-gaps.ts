/** An applicable indicator as the submit check sees it: its stored value, if any. */
export interface GapRow {
  indicatorId: number;
  name: string;
  value: number | null;
}

/** The reporter's answer for one missing figure. */
export interface GapAnswer {
  indicatorId: number;
  reason?: string | null;
}

/** A missing figure as recorded with the submission: its reason, or null when the reporter confirmed it does not apply. */
export interface SubmissionGap {
  indicatorId: number;
  name: string;
  reason: string | null;
}

/** The rows a submission would leave without a figure (no observation, or one with no value). */
export function missingFigures<R extends GapRow>(rows: readonly R[]): R[] {
  return rows.filter((r) => r.value === null);
}

/**
 * Matches the reporter's answers to the missing figures. Each missing figure needs a reason
 * (blank counts as none), unless `notApplicable` confirms that the ones without a reason do
 * not apply this quarter. Answers for indicators that are not missing are ignored: a figure
 * entered meanwhile needs no excuse. `unanswered` lists what still needs a reason.
 */
export function resolveGaps(
  missing: readonly GapRow[],
  answers: readonly GapAnswer[],
  notApplicable: boolean,
): { gaps: SubmissionGap[]; unanswered: GapRow[] } {
  const reasons = new Map(answers.map((a) => [a.indicatorId, a.reason?.trim() || null]));
  const gaps: SubmissionGap[] = [];
  const unanswered: GapRow[] = [];
  for (const row of missing) {
    const reason = reasons.get(row.indicatorId) ?? null;
    if (reason === null && !notApplicable) unanswered.push(row);
    else gaps.push({ indicatorId: row.indicatorId, name: row.name, reason });
  }
  return { gaps, unanswered };
}

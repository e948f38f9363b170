import { listObservations } from '@targetboard/db/repositories/observations.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import type { Figure } from '@targetboard/shared/api/observations.schema';
import { addQuarters, type Quarter } from '@targetboard/shared/quarters/quarter';
import { checkPlausibility, type History } from '@targetboard/shared/reporting/plausibility';
import {
  type FigureIndicator,
  type FigureIssue,
  validateFigure,
} from '@targetboard/shared/reporting/validate-figure';

/** Previous quarter and same quarter last year, the two references of the plausibility check. */
export const historyQuarters = (q: Quarter) => [addQuarters(q, -1), addQuarters(q, -4)] as const;

/** A function giving each (region, indicator, quarter)'s history from one bulk read. */
export async function loadHistory(
  db: DbOrTrx,
  regionIds: readonly number[],
  quarters: readonly Quarter[],
  /** Figures of the same request, which count as history for later quarters in it. */
  pending: ReadonlyMap<string, number | null> = new Map(),
): Promise<(regionId: number, indicatorId: number, q: Quarter) => History> {
  const wanted = new Set(quarters.flatMap((q) => historyQuarters(q)));
  const rows = await listObservations(db, regionIds, [...wanted]);
  const stored = new Map(rows.map((o) => [`${o.regionId}:${o.indicatorId}:${o.quarter}`, o.value]));
  const valueAt = (key: string) =>
    pending.has(key) ? (pending.get(key) ?? null) : (stored.get(key) ?? null);
  return (regionId, indicatorId, q) => {
    const [last, lastYear] = historyQuarters(q);
    return {
      lastQuarter: valueAt(`${regionId}:${indicatorId}:${last}`),
      lastYear: valueAt(`${regionId}:${indicatorId}:${lastYear}`),
    };
  };
}

export type CheckIssue = FigureIssue | { field: 'note'; code: string; message: string };

/**
 * Unit validation, then — only when the figure differs from what is stored and carries no
 * note — the plausibility warnings, which block as `plausibility_note_required`.
 */
export function checkFigure(
  indicator: FigureIndicator,
  figure: Figure,
  history: History,
  changed: boolean,
): { value: number | null; issues: FigureIssue[]; warnings: CheckIssue[] } {
  const { value, issues } = validateFigure(indicator, figure);
  if (issues.length > 0 || !changed || (figure.note ?? '').trim() !== '')
    return { value, issues, warnings: [] };
  return { value, issues, warnings: plausibilityWarnings(indicator, value, history) };
}

/** The plausibility warnings of a changed figure without a note, each blocking until noted. */
export function plausibilityWarnings(
  indicator: FigureIndicator,
  value: number | null,
  history: History,
): CheckIssue[] {
  return checkPlausibility(indicator, value, history).map((w) => ({
    field: 'note' as const,
    code: 'plausibility_note_required',
    message: w.message,
  }));
}

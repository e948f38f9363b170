import type { Figure } from '../api/observations.schema';
import { addQuarters, type Quarter } from '../quarters/quarter';
import { checkPlausibility, type History } from '../reporting/plausibility';
import {
  type FigureIndicator,
  type FigureInput,
  type FigureIssue,
  validateFigure,
} from '../reporting/validate-figure';
import { sameFigure } from './same-figure';

/** A figure's history: the previous quarter and the same quarter a year earlier. */
export const historyQuarters = (q: Quarter) => [addQuarters(q, -1), addQuarters(q, -4)] as const;

/** A plausibility warning as a row issue: it blocks saving until the row has a note. */
export interface NoteIssue {
  field: 'note';
  code: 'plausibility_note_required';
  /** Chinese, naming the reference and the change. */
  message: string;
}

/**
 * Whether a figure is held against its history: only when it differs from what is stored
 * (`sameFigure`, note included — clearing the note of a jump asks again) and has no note.
 */
export const plausibilityApplies = (changed: boolean, note: string | null): boolean =>
  changed && (note ?? '').trim() === '';

/** The plausibility warnings of `value` against its history, each blocking until noted. */
export function plausibilityIssues(
  indicator: FigureIndicator,
  value: number | null,
  history: History,
): NoteIssue[] {
  return checkPlausibility(indicator, value, history).map((w) => ({
    field: 'note',
    code: 'plausibility_note_required',
    message: w.message,
  }));
}

/**
 * All rules of one figure before it is saved: the unit rules (`validateFigure`, which also
 * computes the value from numerator and denominator), then — when the figure to store
 * differs from `stored` and carries no note — plausibility against `history`. `value` is
 * the value to store.
 */
export function checkFigure(
  indicator: FigureIndicator,
  input: FigureInput & { note: string | null },
  context: { stored: Figure | null; history: History },
): { value: number | null; issues: FigureIssue[]; warnings: NoteIssue[] } {
  const { value, issues } = validateFigure(indicator, input);
  if (issues.length > 0) return { value, issues, warnings: [] };
  const figure = { ...input, value };
  const changed = context.stored === null || !sameFigure(context.stored, figure);
  if (!plausibilityApplies(changed, input.note)) return { value, issues, warnings: [] };
  return { value, issues, warnings: plausibilityIssues(indicator, value, context.history) };
}

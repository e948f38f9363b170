import type { EntryRow, Figure, Observation } from '@targetboard/shared/api/observations.schema';
import { checkFigure } from '@targetboard/shared/figures/check-figure';
import { parseFigureNumber } from '@targetboard/shared/figures/parse-figure';
import { noteOf } from '@targetboard/shared/figures/same-figure';
import type { FigureIssue } from '@targetboard/shared/reporting/validate-figure';

/** The editable fields of a row, as typed (strings, so "12." or "" survive while typing). */
export interface DraftFigure {
  value: string;
  numerator: string;
  denominator: string;
  note: string;
}
export type DraftField = keyof DraftFigure;

/** One row of the form: what was read from the server, at which version, and what is typed. */
export interface RowDraft {
  base: DraftFigure;
  /** The version read; sent back so a concurrent save answers 409 instead of being overwritten. */
  version: number;
  draft: DraftFigure;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

export function figureOf(
  o: Pick<Observation, 'value' | 'numerator' | 'denominator' | 'note'> | null,
): DraftFigure {
  return {
    value: text(o?.value),
    numerator: text(o?.numerator),
    denominator: text(o?.denominator),
    note: o?.note ?? '',
  };
}

export function rowDraftOf(row: EntryRow): RowDraft {
  const base = figureOf(row.observation);
  return { base, version: row.observation?.version ?? 0, draft: base };
}

export const isDirty = (r: RowDraft) =>
  (Object.keys(r.base) as DraftField[]).some((k) => r.base[k].trim() !== r.draft[k].trim());

/**
 * The figure a draft stands for, read by the shared rules (`parseFigureNumber`: blank → null,
 * not a number → NaN, which the checks refuse), with its note as stored.
 */
export function typedFigure(d: DraftFigure, unit: string): Figure {
  return {
    value: parseFigureNumber(d.value, unit),
    numerator: parseFigureNumber(d.numerator, unit),
    denominator: parseFigureNumber(d.denominator, unit),
    note: noteOf(d.note),
  };
}

export interface RowCheck {
  /** The value that will be stored (computed from numerator/denominator when given). */
  value: number | null;
  issues: FigureIssue[];
  /** Plausibility warnings; they block saving until the note is filled. */
  warnings: string[];
}

/** The shared figure rules, as the save applies them, against the figure the row was read at. */
export function checkRow(row: EntryRow, r: RowDraft): RowCheck {
  const unit = row.indicator.unit;
  const { value, issues, warnings } = checkFigure(row.indicator, typedFigure(r.draft, unit), {
    stored: r.version === 0 ? null : typedFigure(r.base, unit),
    history: { lastQuarter: row.lastQuarter, lastYear: row.lastYear },
  });
  return { value, issues, warnings: warnings.map((w) => w.message) };
}

/** The save body row of a draft. */
export function saveRowOf(indicator: { id: number; unit: string }, r: RowDraft) {
  return { indicatorId: indicator.id, ...typedFigure(r.draft, indicator.unit), version: r.version };
}

/**
 * Splits text pasted from a spreadsheet into rows of cells; a trailing newline (Excel adds
 * one) does not make an empty last row. A single value gives one row of one cell.
 */
export function parsePastedGrid(pasted: string): string[][] {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

import type { EntryRow, Observation } from '@targetboard/shared/api/observations.schema';
import { checkPlausibility } from '@targetboard/shared/reporting/plausibility';
import { type FigureIssue, validateFigure } from '@targetboard/shared/reporting/validate-figure';

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

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Reads a typed number: empty → null, a number (full-width digits, thousands commas and a
 * trailing % allowed, as spreadsheets copy them) → the number, anything else → NaN.
 */
export function parseNumber(input: string): number | null {
  let s = input
    .trim()
    .replace(/[０-９．－＋]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[%％]$/, '')
    .trim();
  if (s === '') return null;
  if (THOUSANDS_RE.test(s)) s = s.replaceAll(',', '');
  return NUMBER_RE.test(s) ? Number(s) : Number.NaN;
}

export interface RowCheck {
  /** The value that will be stored (computed from numerator/denominator when given). */
  value: number | null;
  issues: FigureIssue[];
  /** Plausibility warnings; they block saving until the note is filled. */
  warnings: string[];
}

/** The shared unit rules, then the plausibility check when the figure changed and has no note. */
export function checkRow(row: EntryRow, r: RowDraft): RowCheck {
  const input = {
    value: parseNumber(r.draft.value),
    numerator: parseNumber(r.draft.numerator),
    denominator: parseNumber(r.draft.denominator),
  };
  const { value, issues } = validateFigure(row.indicator, input);
  const changed = (['value', 'numerator', 'denominator'] as const).some(
    (k) => r.base[k].trim() !== r.draft[k].trim(),
  );
  if (issues.length > 0 || !changed || r.draft.note.trim() !== '')
    return { value, issues, warnings: [] };
  const warnings = checkPlausibility(row.indicator, value, {
    lastQuarter: row.lastQuarter,
    lastYear: row.lastYear,
  }).map((w) => w.message);
  return { value, issues, warnings };
}

/** The save body row of a draft. */
export function saveRowOf(indicatorId: number, r: RowDraft) {
  const note = r.draft.note.trim();
  return {
    indicatorId,
    value: parseNumber(r.draft.value),
    numerator: parseNumber(r.draft.numerator),
    denominator: parseNumber(r.draft.denominator),
    note: note === '' ? null : note,
    version: r.version,
  };
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

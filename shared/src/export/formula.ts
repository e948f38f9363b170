/**
 * Excel, WPS and LibreOffice run a text cell starting with = + - @ as a formula, and strip a
 * leading tab or carriage return before deciding (CSV/formula injection, OWASP). A minus sign
 * is let through only when the whole text is a plain number such as `-12.5`: `-1+HYPERLINK(…)`
 * starts like one and is a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEGATIVE_NUMBER = /^-(\d+(\.\d*)?|\.\d+)$/;

/** The text a spreadsheet shows as itself: a leading `'` added when it would start a formula. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text) ? `'${text}` : text;
}

/** A row for a spreadsheet writer: text cells neutralised, numbers and empties as they are. */
export function spreadsheetRow<T>(cells: readonly T[]): (T | string)[] {
  return cells.map((cell) => (typeof cell === 'string' ? neutraliseFormula(cell) : cell));
}

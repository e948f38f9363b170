/** Units whose own sign may follow a figure as typed or copied from a spreadsheet (`95%`). */
const UNIT_SIGNS: Record<string, string> = { '%': '%', '‰': '‰' };

// A plain decimal number, optionally signed, with an exponent as spreadsheets export large
// numbers (`1.5E+07`); `12.` and `.5` are read as typed.
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
// Thousands separators: one to three digits, then groups of exactly three.
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
// The common case of an import, read without building new strings.
const PLAIN = /^-?\d+(\.\d+)?$/;

/** Full-width digits and signs (as a Chinese IME types them) and the minus sign, as ASCII. */
function toAscii(text: string): string {
  return text.replace(/[０-９．，－＋％\u2212]/g, (c) =>
    c === '\u2212' ? '-' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Reads one figure as the form, the save and the import all read it: blank → null; a number
 * → the number; anything else → NaN, which `validateFigure` refuses as `not_a_number`.
 *
 * The decimal mark is always `.`. A comma is a thousands separator only where it groups
 * digits by three (`1,234`, `12,345.6`); any other comma (`1,2`, `12,34`) is refused rather
 * than guessed at, because a decimal comma read as a separator is off by a power of ten
 * without anyone noticing. Full-width digits, `．`, `，`, `－`, `＋` are their ASCII twins. A
 * trailing `%` (or `‰`) is allowed only when it is the indicator's unit: `12%` of a count
 * is no count. Spaces inside a number are refused; around it they are trimmed.
 */
export function parseFigureNumber(text: string, unit: string): number | null {
  let t = text.trim();
  if (t === '') return null;
  if (PLAIN.test(t)) return Number(t);
  t = toAscii(t);
  const sign = UNIT_SIGNS[unit];
  if (sign !== undefined && t.endsWith(sign)) t = t.slice(0, -1).trimEnd();
  if (t === '') return Number.NaN;
  if (t.includes(',')) {
    if (!GROUPED.test(t)) return Number.NaN;
    t = t.replaceAll(',', '');
  }
  return NUMBER.test(t) ? Number(t) : Number.NaN;
}

// What bureaus upload most: a bare list of a year's indicators, one a numbered line
// (`3.孕产妇系统管理率≥90%`, `6.高血压患者管理人数142万人`). A count there has no aim word and no
// verb, only its measure's name (…人数, …例数) right before it; the list's other lines with their
// bound signs make it an aim. A report's list of results has no bound signs, so it stays out.

const ITEM = /^[ \t]*\d{1,2}[.、．][ \t]*/;
// The item's name runs from its number to the figure with no punctuation and ends in 数.
const NAMED_COUNT = /^[ \t]*\d{1,2}[.、．][ \t]*[^\s,，。;；:：]{2,30}数[ \t]*$/;
const BOUND_SIGN = /[≥≤＞＜><]\s*\d/;

/** The start of the line holding `at`, looked for at most `max` characters back; -1 past that. */
function lineStart(t: string, at: number, max: number): number {
  for (let i = at - 1; i >= Math.max(0, at - max); i--) if (t.charCodeAt(i) === 10) return i + 1;
  return at - max <= 0 ? 0 : -1;
}

/** The end of the line holding `at` (its newline), looked for at most `max` characters on; -1 past that. */
function lineEnd(t: string, at: number, max: number): number {
  for (let i = at; i < Math.min(t.length, at + max); i++) if (t.charCodeAt(i) === 10) return i;
  return at + max >= t.length ? t.length : -1;
}

/**
 * Whether the count at `at` is an item of a numbered list of aims: its line is `N.…数<figure>`
 * and one of the two numbered lines before or after it holds a bound sign. Reads at most five
 * lines of 200 characters each, scanning for their ends by hand (a string's lastIndexOf is not
 * bounded by the position it starts from).
 */
export function isIndicatorListCount(t: string, at: number): boolean {
  const start = lineStart(t, at, 40);
  if (start < 0 || !NAMED_COUNT.test(t.slice(start, at))) return false;
  return neighbourLines(t, start, lineEnd(t, at, 200)).some(
    (l) => ITEM.test(l) && BOUND_SIGN.test(l),
  );
}

/**
 * The two lines before the line `[start, end)` and the two after it, each read at most 200
 * characters; `end` < 0 (no line end within reach) reads none after.
 */
function neighbourLines(t: string, start: number, end: number): string[] {
  const lines: string[] = [];
  let a = start;
  for (let k = 0; k < 2 && a > 0; k++) {
    const b = lineStart(t, a - 1, 200);
    if (b < 0) break;
    lines.push(t.slice(b, a - 1));
    a = b;
  }
  let z = end;
  for (let k = 0; k < 2 && z >= 0 && z < t.length; k++) {
    const next = lineEnd(t, z + 1, 200);
    lines.push(t.slice(z + 1, next < 0 ? z + 201 : next));
    z = next;
  }
  return lines;
}

// `3.产前筛查率≥`: a list item's number at its line's start, then a short name (and bound sign).
const ITEM_THEN_NAME = /(?:^|\n)[ \t]*\d{1,2}[.．][^\d\s.,，;；。]{1,6}$/;

/** Whether `before` (the text up to a figure) is a numbered item's opening, not a split decimal. */
export function isItemNumber(before: string): boolean {
  return ITEM_THEN_NAME.test(before.slice(-12));
}

// A table flattened one row a line, its cells joined by a space and closed by `|`
// (`经常参加体育锻炼人数 5.3亿人 |`): a count row has only its measure's name before the figure, no
// verb; the table's other rows, aimed with a bound sign or an aim word (提升至30%, 降至25%), make it
// an aim table. A table of results has neither, so it stays out.
const ROW_NAMED_COUNT = /^[ \t]*[^\s,，。;；:：|]{2,30}数[ \t]+$/;
const ROW_AIM =
  /[≥≤＞＜><]\s*\d|(?:达到|达|提高到|提升至|提升到|增加到|降至|降低到|下降到|下降|控制在)\s*\d/;

/**
 * Whether the count at `at` is a count row of a flattened table of aims: its line is
 * `…数 <figure>…|` and one of the two lines before or after it is a row (holds `|`) with a bound
 * sign or an aim word before a figure. Reads at most five lines of 200 characters each.
 */
export function isTableRowCount(t: string, at: number): boolean {
  const start = lineStart(t, at, 40);
  if (start < 0 || !ROW_NAMED_COUNT.test(t.slice(start, at))) return false;
  const end = lineEnd(t, at, 200);
  if (end < 0 || !/\|\s*$/.test(t.slice(at, end))) return false;
  return neighbourLines(t, start, end).some((l) => l.includes('|') && ROW_AIM.test(l));
}

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
  const lines: string[] = [];
  let a = start;
  for (let k = 0; k < 2 && a > 0; k++) {
    const b = lineStart(t, a - 1, 200);
    if (b < 0) break;
    lines.push(t.slice(b, a - 1));
    a = b;
  }
  let z = lineEnd(t, at, 200);
  for (let k = 0; k < 2 && z >= 0 && z < t.length; k++) {
    const next = lineEnd(t, z + 1, 200);
    lines.push(t.slice(z + 1, next < 0 ? z + 201 : next));
    z = next;
  }
  return lines.some((l) => ITEM.test(l) && BOUND_SIGN.test(l));
}

// `3.产前筛查率≥`: a list item's number at its line's start, then a short name (and bound sign).
const ITEM_THEN_NAME = /(?:^|\n)[ \t]*\d{1,2}[.．][^\d\s.,，;；。]{1,6}$/;

/** Whether `before` (the text up to a figure) is a numbered item's opening, not a split decimal. */
export function isItemNumber(before: string): boolean {
  return ITEM_THEN_NAME.test(before.slice(-12));
}

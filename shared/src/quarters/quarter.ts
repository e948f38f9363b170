declare const quarterBrand: unique symbol;

/**
 * A reporting quarter written `YYYYQn` (DHIS2's period format). Only `parseQuarter`,
 * `isQuarter` and the arithmetic below make one, so a `Quarter` always has that shape.
 */
export type Quarter = string & { readonly [quarterBrand]: true };

/** `YYYYQ1`…`YYYYQ4` with a year in 1900–2200: the supported years are part of the pattern. */
export const QUARTER_PATTERN = /^(19\d\d|2[01]\d\d|2200)Q[1-4]$/;

/** Any four-digit year: what arithmetic may step to (1900Q1 − 4 is 1899Q1, a quarter with no data). */
const QUARTER_SHAPE = /^\d{4}Q[1-4]$/;

/** True when `text` is `YYYYQ1`…`YYYYQ4` with a year in 1900–2200. */
export function isQuarter(text: string): text is Quarter {
  // test() rather than exec(): status rules parse every figure's quarter, and a match array
  // per call was a good share of a national dashboard's garbage.
  return QUARTER_PATTERN.test(text);
}

/** Returns the quarter when `text` is `YYYYQ1`…`YYYYQ4` with a year in 1900–2200, else null. */
export function parseQuarter(text: string): Quarter | null {
  return isQuarter(text) ? text : null;
}

function hasQuarterShape(text: string): text is Quarter {
  return QUARTER_SHAPE.test(text);
}

/** Quarter `quarter` (1–4) of `year`; throws a RangeError unless the year has four digits. */
export function quarterOf(year: number, quarter: number): Quarter {
  const text = `${year}Q${quarter}`;
  if (!hasQuarterShape(text)) throw new RangeError(`not a quarter: ${text}`);
  return text;
}

/** Splits a valid quarter into its year and quarter number (1–4). */
export function quarterParts(q: Quarter): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return { year: Number(q.slice(0, 4)), quarter: Number(q.slice(5)) as 1 | 2 | 3 | 4 };
}

/**
 * The year of a quarter read from its four digits, no substring made: status rules read the
 * year of every figure they judge (4,000 points a trend).
 */
export function yearOfQuarter(q: Quarter): number {
  return (
    (q.charCodeAt(0) - 48) * 1000 +
    (q.charCodeAt(1) - 48) * 100 +
    (q.charCodeAt(2) - 48) * 10 +
    (q.charCodeAt(3) - 48)
  );
}

/** The quarter's number within its year (1–4), read from its last digit. */
export function numberOfQuarter(q: Quarter): 1 | 2 | 3 | 4 {
  return (q.charCodeAt(5) - 48) as 1 | 2 | 3 | 4;
}

/** The quarter `offset` quarters after `q` (negative goes back). */
export function addQuarters(q: Quarter, offset: number): Quarter {
  const { year, quarter } = quarterParts(q);
  const index = year * 4 + (quarter - 1) + offset;
  return quarterOf(Math.floor(index / 4), (index % 4) + 1);
}

/** Every quarter from `from` to `to`, both included, oldest first; empty when `from` is after `to`. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = [];
  for (let q = from; q <= to; q = addQuarters(q, 1)) out.push(q);
  return out;
}

/** The quarter running at `now`, by the calendar of the clock `now` was read from. */
export function quarterAt(now: Date): Quarter {
  return quarterOf(now.getFullYear(), Math.floor(now.getMonth() / 3) + 1);
}

/** The last quarter that has fully ended at `now`: the one bureaus are reporting on. */
export function lastEndedQuarter(now: Date = new Date()): Quarter {
  return addQuarters(quarterAt(now), -1);
}

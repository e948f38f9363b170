declare const quarterBrand: unique symbol;

/** A reporting quarter written `YYYYQn` (DHIS2's period format), validated once by `parseQuarter`. */
export type Quarter = string & { readonly [quarterBrand]: true };

/** `YYYYQ1`…`YYYYQ4` with a year in 1900–2200: the supported years are part of the pattern. */
export const QUARTER_PATTERN = /^(19\d\d|2[01]\d\d|2200)Q[1-4]$/;

/** Returns the quarter when `text` is `YYYYQ1`…`YYYYQ4` with a year in 1900–2200, else null. */
export function parseQuarter(text: string): Quarter | null {
  // test() rather than exec(): status rules parse every figure's quarter, and a match array
  // per call was a good share of a national dashboard's garbage.
  return QUARTER_PATTERN.test(text) ? (text as Quarter) : null;
}

/** Splits a valid quarter into its year and quarter number (1–4). */
export function quarterParts(q: Quarter): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return { year: Number(q.slice(0, 4)), quarter: Number(q.slice(5)) as 1 | 2 | 3 | 4 };
}

/** The quarter `offset` quarters after `q` (negative goes back). */
export function addQuarters(q: Quarter, offset: number): Quarter {
  const { year, quarter } = quarterParts(q);
  const index = year * 4 + (quarter - 1) + offset;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}` as Quarter;
}

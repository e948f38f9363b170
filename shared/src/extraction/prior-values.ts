import { lastUnitBefore } from './unit-tables';
// A bureau's list of a year's indicators prints last year's value in a bracket after each aim
// (`≥95%(2022:90%)`, `≥62%(2022年:61%)`): a year labelled with a colon, then a figure. That figure is
// the level reached, the baseline of the aim before it, never an aim; and its year dates the past,
// so a list whose only years are such labels is for the year after the latest of them.

// The bracket's opening up to the figure: right after a figure (a digit or its unit), a year with
// an optional 年/年底/年度 and a colon. Bounded: at most 16 characters before the figure are read.
const LABEL_BEFORE =
  /[\d%‰岁人个家元名所张次][)）]?\s*[(（]\s*((?:19|20)\d{2})\s*(?:年(?:底|末|度)?)?\s*[:：]\s*$/;
// The same label anywhere (for the page's year): `(2022:` or `(2022年:` after a figure.
const LABELS = /[\d%‰][)）]?\s*[(（]\s*((?:19|20)\d{2})\s*(?:年(?:底|末|度)?)?\s*[:：]\s*\d/g;

/** Whether the figure after `before` (its last 16 characters or so) is a year's labelled value in a bracket after a figure. */
export function isPriorValue(before: string): boolean {
  // (The label closes with its colon right before the figure.)
  const last = lastUnitBefore(before, before.length);
  if (last !== 0x3a && last !== 0xff1a) return false; // : ：
  return LABEL_BEFORE.test(before.slice(-16));
}

/** Whether the year written at `at` in `s` (`2022年` of `(2022年:61%)`) labels such a value, so dates no plan. */
export function isValueLabel(s: string, at: number): boolean {
  return (
    /[\d%‰][)）]?\s*[(（]\s*$/.test(s.slice(Math.max(0, at - 4), at)) &&
    /^\d{4}\s*(?:年(?:底|末|度)?)?\s*[:：]/.test(s.slice(at, at + 10))
  );
}

/** The year after the latest labelled prior value in `head`, or null when it labels none. */
export function yearAfterPriorValues(head: string): number | null {
  let latest = 0;
  for (const m of head.matchAll(LABELS)) latest = Math.max(latest, Number(m[1]));
  return latest > 0 ? latest + 1 : null;
}

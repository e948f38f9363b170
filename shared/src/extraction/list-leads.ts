import { pastTimeLead } from './context-rules';
import { pastClauseLead } from './reported';

// Where a figure's list item starts and what its list's lead says (past time, a first item's
// lead), for readMention's reading of items after a semicolon. Moved out of extract-targets.ts
// unchanged.

/** Whether the sentence around `at` (from `sStart`) follows a semicolon: one item of a list. */
export function listLead(t: string, sStart: number, at: number): boolean {
  return sStart > 0 && sStart < at && ';；'.includes(t[sStart - 1]!);
}

/**
 * Whether the full sentence's opening clause `lead` (its first item's, across its semicolons) is
 * a clause of past time that `pastClauseLead` reads as the past for this item: a past year, or a
 * span gone by that names no date (近年来,…;…;成功创建…245个), as `pastTimeLead` reads one.
 */
export function pastListLead(
  lead: string,
  itemBefore: string,
  part: { year: number | null; title: string | null },
  planFrom: number | null,
): boolean {
  const text = `${lead}${itemBefore}`;
  // Only a span that names no year: a dated lead (2019年6月25日,…印发…;…2022年≥30%) dates the
  // plan whose aims the items quote, and a dated past is pastClauseLead's to read.
  return (
    pastClauseLead(text, part.year, part.title, planFrom) ||
    (!/(?:19|20)\d{2}|\d{1,2}月/.test(lead) && pastTimeLead(text, part.year, planFrom))
  );
}

/**
 * The opening clause (up to its first comma) of the full sentence whose semicolon-listed item
 * starts at `sStart`: back to 。 or a line break. Only the first item's own lead counts; later
 * items are read up to the number.
 */
export function firstItemLead(t: string, sStart: number): string | null {
  let from = sStart - 1;
  // A list runs for a few hundred characters at most; stop there rather than scan a whole page.
  const floor = Math.max(0, sStart - 400);
  while (from > floor && !'。！？!?\n'.includes(t[from - 1]!)) from--;
  if (from === floor && from > 0) return null;
  return /^[^,，;；]*[,，]/.exec(t.slice(from, sStart))?.[0] ?? null;
}

/** Whether the clause after a count tells it as done: `乡镇抓了`, `村建成了` (not 了解, 为了). */
export function doneWith(after: string): boolean {
  return /^[\u4e00-\u9fff]{1,8}?(?<!为|除)了(?![解结])/.test(after);
}

// 从报名者中招聘了26名, 共培训了300人次: a count straight after a verb told with 了 is what was done
// (the reporter's past), not what is to be. Not 为了/除了 (for, besides), not 到了 (提高到了70%: a level,
// which the aim readings weigh), not 了解.
const DONE_VERB_BEFORE = /[\u4e00-\u9fff](?<![为除到])了\s*(?:约|近|共|总计)?\s*$/;

/** Whether the words before a count end in a verb told with 了 (`招聘了`). */
export function doneBefore(before: string): boolean {
  return before.includes('了') && DONE_VERB_BEFORE.test(before);
}

/** End of the full sentence holding `at`, across semicolons (its 。, line break or 400 characters). */
export function periodEnd(t: string, at: number): number {
  const stop = Math.min(t.length, at + 400);
  for (let i = at; i < stop; i++) if ('。！？!?\n'.includes(t[i]!)) return i;
  return stop;
}

/**
 * The start of the line holding offset `at`, looked for in the 300 characters before it only (so a
 * text without line breaks costs no more per figure); a longer line is read from there.
 */
export function lineStartOf(t: string, at: number): number {
  const from = Math.max(0, at - 300);
  for (let i = at - 1; i >= from; i--) if (t.charCodeAt(i) === 10) return i + 1;
  return from;
}

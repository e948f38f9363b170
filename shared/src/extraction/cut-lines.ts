// A page copied with its source's line breaks kept may break a line inside a clause, between a verb
// and the figure it governs (至少新增 / 2个国家临床重点专科). The break ends the figure's sentence
// (clauses.ts), so the figure would stand without its verb; the words the break cut off are read
// back here.

const CJK_END = /[\u4e00-\u9fff]$/;
// A mark that ends a clause: the cut clause runs from the line's last one.
const CLAUSE_MARK = /[,，;；:：。！？!?、]/;

/**
 * The last clause of the line before `sStart` when a line break at `sStart` cut a clause in two
 * (the line ends in a Chinese character, no mark, at most 12 characters of clause); otherwise ''.
 */
export function clauseCutByLineBreak(t: string, sStart: number): string {
  let end = sStart;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\t')) end--;
  if (t[end - 1] !== '\n') return '';
  end--;
  while (end > 0 && (t[end - 1] === ' ' || t[end - 1] === '\t' || t[end - 1] === '\r')) end--;
  const lineStart = t.lastIndexOf('\n', end - 1) + 1;
  const line = t.slice(lineStart, end);
  if (!CJK_END.test(line)) return '';
  const clause = line.slice(lastMark(line) + 1);
  return clause.length <= 12 ? clause : '';
}

function lastMark(line: string): number {
  for (let i = line.length - 1; i >= 0; i--) if (CLAUSE_MARK.test(line[i]!)) return i;
  return -1;
}

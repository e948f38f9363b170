// A plan laid out in steps by year (第一步 2016年 / …aims… / 第二步 2017年 / …): each step's aims
// stand under a heading line that is only its year, with a step's or stage's label at most. The
// heading dates the lines under it up to the next heading, as a numbered item's opening horizon
// dates its sentences (paragraph-years.ts), and a year ahead in it makes a value stated with 为
// under it a step to reach (reported-figures.ts).

const YEAR_HEADING =
  /^\s*(?:第[一二三四五六七八九十\d]{1,2}(?:步|阶段|期)\s*[:：]?\s*)?((?:19|20)\d{2})\s*年(?:年?底|末|前|内)?\s*[:：]?\s*$/;
// A year heading's end of line, looked for before anything is walked.
const HEADING_END = /年(?:年?底|末|前|内)?\s*[:：]?[ \t]*\r?\n/;
// How far above the sentence the heading may stand.
const REACH = 400;
// A short line of words only, with no sentence's punctuation: another heading, which ends the step.
const OTHER_HEADING = /^[^。；;,，]{1,20}$/;

/** The year of the year heading the sentence at `sStart` stands under (within 400 characters), or null. */
export function headingYear(t: string, sStart: number): number | null {
  const floor = Math.max(0, sStart - REACH);
  if (!HEADING_END.test(t.slice(floor, sStart))) return null;
  let end = t.lastIndexOf('\n', sStart - 1);
  while (end > floor) {
    const start = t.lastIndexOf('\n', end - 1) + 1;
    const line = t.slice(start, end);
    if (line.trim() !== '') {
      const y = YEAR_HEADING.exec(line);
      if (y) return Number(y[1]);
      if (OTHER_HEADING.test(line.trim())) return null;
    }
    end = start - 1;
  }
  return null;
}

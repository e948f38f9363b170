import type { Target } from './types';

// 新华社某地11月13日电 …这一项目将在全省选取142个社区开展。 then, a paragraph on, 根据部署,2019年-2020年,
// …将在全省选取142个社区…: a wire story's lead sums up the aims its body goes on to tell with their
// dates. A count or share in the lead whose sentence names no year of its own, told again further on
// with the same value, unit and name's end under a year, is for that year, not for the page's date.
const DATELINE = /日[电電讯訊]/;
// A time of the lead's own (a year, 3年内, 今年, 年底) dates its aims as written (力争在3年内,八成居民…).
const OWN_TIME = /(?:19|20)\d{2}\s*年|年内|今年|明年|年底|年末/;

/** Gives a news lead's undated aims the year the body tells them again under (in place). */
export function leadTakesBodyYear(text: string, targets: Target[]): void {
  if (targets.length < 2) return;
  const first = targets[0]!;
  const leadStart = text.lastIndexOf('\n', first.start - 1) + 1;
  const b = text.indexOf('\n', first.start);
  const leadEnd = b < 0 ? text.length : b;
  // The lead is the line the dateline opens; only the first target's line is looked at.
  const dateline = DATELINE.exec(text.slice(leadStart, first.start));
  if (!dateline) return;
  // (The dateline's own year dates the story, not its aims.)
  const from = leadStart + dateline.index + dateline[0].length;
  for (const a of targets) {
    if (a.start >= leadEnd) break;
    if (OWN_TIME.test(sentenceOf(text, a.end, from))) continue;
    const again = targets.find(
      (x) =>
        x.start >= leadEnd &&
        x.value === a.value &&
        x.unit === a.unit &&
        x.kind === a.kind &&
        x.indicator.slice(-3) === a.indicator.slice(-3) &&
        x.year !== null,
    );
    if (again) a.year = again.year;
  }
}

/** The sentence before `at`, from the last full stop (or the lead's start). */
function sentenceOf(text: string, at: number, from: number): string {
  let i = at;
  while (i > from && !'。！？!?；;'.includes(text[i - 1]!)) i--;
  return text.slice(i, at);
}

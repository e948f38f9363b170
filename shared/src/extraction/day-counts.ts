import type { Mention } from './mentions';

// 天 is no counting word of its own: N天 is mostly a duration or a deadline (30天内完成, 每天,
// 7天 to report). It counts days only where the thing named is a count of days (天数, 日数) and a
// floor or an aim verb sets it (优良天数不少于300天, 达标天数达到320天以上). A length of stay
// (住院日降至6天) is a per-patient average, not days counted, and stays out.
const FLOOR = String.raw`(?:达到|达|不少于|不低于|超过|至少|保持在|稳定在|提高到|提高至|增加到|增至)`;
const DAYS_COUNTED = new RegExp(
  String.raw`(?:天|日)数[^,，。；;\n\d]{0,8}?${FLOOR}\s*(\d{1,3})\s*天(?![内前后起])`,
  'g',
);
// A clause that only dates the next milestone of that count (完成时限:2017年不少于292天), up to
// 200 characters after it: the days it names are the same count's.
const MILESTONE = new RegExp(
  String.raw`(?:^|[\n:：,，;；。])[^\n:：,，;；。\d]{0,6}?(?:19|20)\d{2}年(?:底|末)?前?\s*${FLOOR}\s*(\d{1,3})\s*天(?![内前后起])`,
  'y',
);
const CARRY = 200;

/** Counts of days aimed at (`天数不少于300天`) and the dated milestones just after one, in 天. */
export function dayCounts(text: string): Mention[] {
  if (!text.includes('天数') && !text.includes('日数')) return [];
  const out: Mention[] = [];
  DAYS_COUNTED.lastIndex = 0;
  let m: RegExpExecArray | null;
  let carried = 0; // where the milestone search may go on from, so no text is scanned twice
  while ((m = DAYS_COUNTED.exec(text)) !== null) {
    const end = m.index + m[0].length;
    out.push(dayMention(m, end));
    const stop = Math.min(text.length, end + CARRY);
    for (let at = Math.max(end, carried); at < stop; at++) {
      const c = text[at]!;
      if (!'\n:：,，;；。'.includes(c)) continue;
      MILESTONE.lastIndex = at;
      const n = MILESTONE.exec(text);
      if (n === null || n.index + n[0].length > stop) continue;
      out.push(dayMention(n, n.index + n[0].length));
      at = n.index + n[0].length - 1;
    }
    carried = stop;
  }
  return out;
}

/** The number (group 1, the match's last run of digits) up to the match's end at 天. */
function dayMention(m: RegExpExecArray, end: number): Mention {
  return {
    start: m.index + m[0].lastIndexOf(m[1]!),
    end,
    value: Number(m[1]),
    valueMax: null,
    unit: '天',
    kind: 'count',
    source: 'arabic',
  };
}

import type { Mention } from './mentions';
import { patternMentions } from './pattern-mentions';

// Events are counted in 场: a screening day, a lecture, a free clinic. A plan that will hold so
// many (`办理47场…筛检活动`) sets a count to reach; the verb of holding right before the number
// is its verb of doing. Only after such a verb, so a venue (广场, 场所) or a spell of time told
// in 场 elsewhere is never read as one.

const HOLD = /(?:办理|举办|举行|开展|组织|召开)\s*$/;

/** Whether a count in 场 comes right after a verb of holding events (`辦理47場`). */
export function isEventCount(before: string, unit: string): boolean {
  return (unit === '场' || unit === '场次') && HOLD.test(before);
}

// 开展至少4次宣教活动, 全年举办义诊不少于6次: a total of events to hold, bounded from below, is a
// count to reach in 次, the only counting word such a total has. 次 is no counting word elsewhere
// (a frequency, 每季度开展1次, is a schedule, and 第2次 an ordinal): only a verb of holding with a
// lower bound reads it, and never in a clause that says 每. The verb opens the pattern, so the
// look back for 每 runs only after one.
const EVENT_TOTAL =
  /(?:开展|举办|举行|组织|召开)(?<!每[^,，;；。\n]{0,18})[^,，;；。\n\d每]{0,12}?(?:至少|不少于)\s*(\d+)\s*次(?![数])/g;

const NUMBER_AND_TIMES = /\d+\s*次$/;

// 开展至少5次产前检查和2次产后访视: a second total joined to the first by 和/及/与 shares its verb and
// its lower bound, so it is a count to reach as well. Only the words of the first event stand
// between them (no stop, no digit), and the pattern is tried only right after a first total.
const JOINED_TOTAL = /^[^,，;；。\n\d每]{1,12}?[和及与、]\s*(\d+)\s*次(?![数])/;

// 每年至少组织2次献血活动, 每年度举办不少于3次培训: a floor of events held each year is the year's
// total, the period a plan's aims are counted over, so it is a count to reach as EVENT_TOTAL's
// is. A shorter period (每季度, 每月, 每周) stays a schedule. The year opens the pattern, then the
// floor and the verb of holding in either order, right before the number.
const YEARLY_FLOOR =
  /每年度?\s*(?:(?:至少|不少于)\s*(?:开展|举办|举行|组织|召开)|(?:开展|举办|举行|组织|召开)\s*(?:至少|不少于))\s*(\d+)\s*次(?![数])/g;

/** Totals of events to hold written with 至少/不少于 and 次 (`开展至少4次…活动`), in `text` (normalised). */
export function eventTotals(text: string): Mention[] {
  if (!text.includes('次') || !(text.includes('至少') || text.includes('不少于'))) return [];
  const at = (m: RegExpExecArray) => {
    const end = m.index + m[0].length;
    return [end - NUMBER_AND_TIMES.exec(m[0])![0].length, end] as const;
  };
  const out = patternMentions(text, EVENT_TOTAL, '次', 'count', at);
  if (text.includes('每年')) out.push(...patternMentions(text, YEARLY_FLOOR, '次', 'count', at));
  for (const first of [...out]) {
    const joined = JOINED_TOTAL.exec(text.slice(first.end, first.end + 24));
    if (!joined) continue;
    const end = first.end + joined[0].length;
    const start = end - NUMBER_AND_TIMES.exec(joined[0])![0].length;
    out.push({ ...first, start, end, value: Number(joined[1]) });
  }
  return out;
}

import { periodStart } from './clauses';

// A schedule of aims by year: `2016年补助将达到每人40元;2017年达到50元;2018年达到60元`. A year
// told with 将 and an aim verb after it is a milestone to reach, even when a page dates itself
// later than it (its commonest year is the schedule's last); the later years the same sentence
// repeats after semicolons (`;2017年达到…`) are the schedule's next steps. Without the 将 of its
// first step a year-led 达到 stays a report of the past (`2019年达到92%`).

const YEAR = /((?:19|20)\d{2})年/g;
const FUTURE_STEP =
  /((?:19|20)\d{2})年[^。;；！？!?\n\d]{0,20}?将(?:要)?(?:达到|提高到|提高至|增加到|增至|提升到|提升至)/;

/**
 * Whether every year of the figure's clause is a step of a schedule its full sentence opens with
 * a future step (`YYYY年…将达到`): no year before that step's.
 */
export function scheduledYear(t: string, clauseBefore: string, at: number): boolean {
  if (!clauseBefore.includes('年')) return false;
  const from = periodStart(t, at);
  const first = FUTURE_STEP.exec(t.slice(from, at));
  if (!first) return false;
  const start = Number(first[1]);
  let any = false;
  for (const m of clauseBefore.matchAll(YEAR)) {
    if (Number(m[1]) < start) return false;
    any = true;
  }
  return any;
}

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

// 2019年筛查人数达常住人口的20%以上,2021年达到30%以上: a sentence that goes on from the figure to a
// later year's level is a schedule of aims, and its first step is one even in the page's own year
// (a news item of 2019 on aims for 2019 and 2021). A year before the page came out stays a report.
const NEXT_STEP =
  /^[^。;；！？!?\n]{0,12}?[,，、]((?:19|20)\d{2})年[^。;；！？!?\n\d]{0,20}?(?:达|提高|降低|降至|控制)/;

/**
 * Whether the figure's clause names only years no earlier than the page's own and the sentence after
 * the figure goes on to a later year's step (`…以上,2021年达到30%以上`).
 */
export function firstOfSteps(
  clauseBefore: string,
  after: string,
  published: number | null,
): boolean {
  if (published === null || !after.includes('年')) return false;
  const next = NEXT_STEP.exec(after);
  if (!next) return false;
  let any = false;
  for (const m of clauseBefore.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y < published || y >= Number(next[1])) return false;
    any = true;
  }
  return any;
}

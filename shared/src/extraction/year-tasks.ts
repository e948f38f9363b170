import { directionOf } from './direction';
import type { Direction } from '../targets/vocabulary';

// A report of the year's work gives the figure reached and, beside it, the task set for the year
// (`管理率74.2%(全年任务70%)`, `达85.1%,年度目标任务80%`): the task is the year's aim even in a
// review, and the figure reached is not. The task is named by the measure the reached figure is
// of, and dated by the last year written before it (the year under review).

// The words just before a task's figure: 全年/年度/今年 + 任务 or 目标(任务), an optional 为/是/数;
// not the share of a task done (`占年度任务122%`, `完成全年任务`).
const TASK_LEAD =
  /(?<![占成超达为的])(?:全年|年度|本年度?|今年)(?:目标)?任务(?:数|指标)?(?:为|是)?\s*[:：]?\s*$/;
// The measure just before the reached figure: a run of words ending in 率/比例.
const MEASURE =
  /(?:\d(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff][\u4e00-\u9fff\d]*?(?:率|比例)(?=[为达是:：]*\s*\d)/g;
const YEAR = /((?:19|20)\d{2})年/g;
const LOOK_BACK = 48;
const YEAR_BACK = 600;

/** Whether the figure at `start` is the year's task written beside what was reached (10 characters looked back). */
export function isYearTask(text: string, start: number): boolean {
  return TASK_LEAD.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * The task's measure (the name before the reached figure, null when none is a rate), where it
 * starts, which way it points and its year (the last `YYYY年` within 600 characters before, or
 * `fallback`).
 */
export function readYearTask(
  text: string,
  start: number,
  fallback: number | null,
): { name: string; at: number; direction: Direction; year: number | null } | null {
  const from = Math.max(0, start - LOOK_BACK);
  const window = text.slice(from, start);
  let last: RegExpExecArray | null = null;
  for (const m of window.matchAll(MEASURE)) last = m;
  if (!last) return null;
  let year = fallback;
  for (const y of text.slice(Math.max(0, start - YEAR_BACK), start).matchAll(YEAR))
    year = Number(y[1]);
  const name = last[0];
  return { name, at: from + last.index, direction: directionOf(name, false), year };
}

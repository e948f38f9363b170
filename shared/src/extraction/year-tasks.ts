import { directionOf } from './direction';
import { rateOfActBefore } from './rate-subjects';
import type { Direction } from '../targets/vocabulary';

// A report of the year's work gives the figure reached and, beside it, the task set for the year
// (`管理率74.2%(全年任务70%)`, `达85.1%,年度目标任务80%`): the task is the year's aim even in a
// review, and the figure reached is not. The task is named by the measure the reached figure is
// of, and dated by the last year written before it (the year under review).

// The words just before a task's figure: 全年/年度/今年 + 任务 or 目标(任务), an optional 为/是/数;
// not the share of a task done (`占年度任务122%`, `完成全年任务`).
const TASK_LEAD =
  /(?<![占成超达为的])(?:全年|年度|本年度?|今年)(?:目标)?任务(?:数|指标)?(?:为|是)?\s*[:：]?\s*$/;
// A progress report quotes the task in brackets right after naming it, whatever comes before
// (`占全年筛查任务(6.6万人)的103%`, `超出省定目标任务(60%)22个百分点`): the bracket holds the task
// itself, set for the year or by the level above (省定, 市下达), with a short word of what is done
// between (筛查, 接种).
const BRACKETED_TASK =
  /(?:全年|年度|本年度?|今年|[省市县区]定|(?:[省市县区]|上级)?下达(?:的)?)[\u4e00-\u9fff]{0,4}?(?:目标任务|任务|目标)(?:数|指标|值)?\s*\(\s*$/;
// The measure just before the reached figure: a run of words ending in 率/比例.
const MEASURE =
  /(?:\d(?=[\u4e00-\u9fff]))?[\u4e00-\u9fff][\u4e00-\u9fff\d]*?(?:率|比例)(?=[为达是:：]*\s*\d)/g;
const YEAR = /((?:19|20)\d{2})年/g;
const LOOK_BACK = 48;
const YEAR_BACK = 600;

/** Whether the figure at `start` is the year's task written beside what was reached (16 characters looked back). */
export function isYearTask(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return (
    TASK_LEAD.test(before.slice(-10)) ||
    (before.trimEnd().endsWith('(') && BRACKETED_TASK.test(before))
  );
}

// A count reached, before a task of the same counting word (`宫颈癌筛查68059人,占全年筛查任务(6.6万人)`):
// the words of its clause before the number, then the number and its counting word.
const COUNT_REACHED = /([^,，;；。:：()]*?)\d+(?:\.\d+)?\s*[万千]?([人例户名个家所张])/g;
// Words around the counted act that name nothing measured: the place's whole (全市), a tally's 共,
// and the light verbs and manner words of rate-subjects.ts.
const WHOLE_LEAD = /^\s*(?:截至[^,，]*[,，])?(?:全[省市县区乡镇]|我[省市县区])?(?:共|累计)?/;
const LIGHT_LEAD = /^(?:进行|开展|实施|完成|免费)+/;

/** `宫颈癌筛查` + `人` → `宫颈癌筛查人数`; null when the clause names nothing but a verb. */
function countName(words: string, counter: string): string | null {
  const name = words.replace(WHOLE_LEAD, '').replace(LIGHT_LEAD, '').replace(/[“”"]/g, '');
  return /^[\u4e00-\u9fff]{2,16}$/.test(name) ? `${name}${counter}数` : null;
}

/**
 * A bare act's rate (`筛查率`) takes its subject from the count of the same act in the clause before
 * (`免费新生儿听力筛查40641例,筛查率…` → `新生儿听力筛查率`), as rate-subjects.ts does in a plan.
 */
function rateWithSubject(window: string, rateAt: number, name: string): string {
  const clause = window
    .slice(0, rateAt)
    .replace(/[,，]\s*$/, '')
    .split(/[,，;；。:：\n]/)
    .at(-1)!;
  const words = clause
    .replace(/\d+(?:\.\d+)?\s*[万千]?[人例户名个家所张次]$/, '')
    .replace(WHOLE_LEAD, '')
    .replace(/[“”"]/g, '');
  return rateOfActBefore(name, words) ?? name;
}

/**
 * The task's measure (a count's name when the task is counted in the counting word of a count
 * reached before it, else the name before the reached figure, null when none is a rate), where it
 * starts, which way it points and its year (the last `YYYY年` within 600 characters before, or
 * `fallback`).
 */
export function readYearTask(
  text: string,
  start: number,
  fallback: number | null,
  unit = '',
): { name: string; at: number; direction: Direction; year: number | null } | null {
  const from = Math.max(0, start - LOOK_BACK);
  const window = text.slice(from, start);
  let year = fallback;
  for (const y of text.slice(Math.max(0, start - YEAR_BACK), start).matchAll(YEAR))
    year = Number(y[1]);
  const counter = /[人例户名个家所张]$/.exec(unit)?.[0];
  if (counter) {
    let count: RegExpExecArray | null = null;
    for (const m of window.matchAll(COUNT_REACHED)) if (m[2] === counter) count = m;
    const name = count ? countName(count[1]!, counter) : null;
    if (count && name) return { name, at: from + count.index, direction: 'up', year };
  }
  let last: RegExpExecArray | null = null;
  for (const m of window.matchAll(MEASURE)) last = m;
  if (!last) return null;
  const name = rateWithSubject(window, last.index, last[0]);
  return { name, at: from + last.index, direction: directionOf(name, false), year };
}

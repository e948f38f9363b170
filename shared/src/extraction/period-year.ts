import { parseChineseNumeral } from './numerals';

// A page that writes no year (no `YYYY年`, no dateline) may still place itself in a five-year plan:
// news that a `《…“十三五”行动计划》` was issued (印发, 发布) speaks of that plan — a plan cited as
// the basis of a yearly document does not date it — and aims set against an earlier
// period (`比“十五”时期有所下降`) belong to the period after it. Either gives the plan's last year.

// The n-th five-year plan after the tenth (十一五 … 十九五) ends in 2005 + 5n; 十五 itself in 2005.
const NAMED_PLAN =
  /(?:印发|发布|出台|公布|颁布)了?《[^》\n]{0,40}?[“"]?十([一二三四五六七八九]?)五[”"]?[^》\n]{0,20}》/;
const AGAINST_PERIOD = /[比较][“"]?十([一二三四五六七八九]?)五[”"]?(?:时期|期间|末期?|期末)/;

// 十四五 is 2021–2025: a five-year plan's targets are for its last year (header.ts), and a page
// that names one and no place is the country's (region-words.ts).
export const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;

// The plans before the tenth (六五 1981–1985 … 九五 1996–2000) end in 1955 + 5n. Their names are
// also plain words (九五折, 九五之尊): only quoted (“九五”) or before what names a plan or its time.
const EARLY_FIVE_YEAR_PLAN =
  /[“"]([六七八九])五[”"]|(?<![\d一二三四五六七八九十])([六七八九])五(?=规划|计划|期间|时期|末)/;

/** The last year of the five-year plan `text` names (十四五 → 2025, “九五” → 2000), or null. */
export function fiveYearPlanEnd(text: string): number | null {
  const plan = FIVE_YEAR_PLAN.exec(text);
  if (plan) return periodEnd(plan[1]!);
  const early = EARLY_FIVE_YEAR_PLAN.exec(text);
  return early ? 1955 + 5 * parseChineseNumeral(early[1] ?? early[2]!) : null;
}

function periodEnd(digit: string): number {
  return 2005 + 5 * (digit ? parseChineseNumeral(digit) : 0);
}

// **年是“十三五”规划的开局之年, 今年是十四五收官之年: a year told as a five-year plan's first or last
// (a template that blanked the year keeps the sentence) is that year.
const PLAN_TURN =
  /十([一二三四五六七八九]?)五[”"]?(?:规划|时期)?的?(?:(开局|起步|第一)|(收官|最后一))之?年/;

/** The plan year a yearless opening implies by the five-year plan it names, or null. */
export function periodYear(head: string): number | null {
  const turn = head.includes('之年') || head.includes('一年') ? PLAN_TURN.exec(head) : null;
  if (turn) return periodEnd(turn[1]!) - (turn[2] ? 4 : 0);
  const against = AGAINST_PERIOD.exec(head);
  const named = NAMED_PLAN.exec(head);
  // Of the two, whichever the opening states first places the page.
  if (against && (!named || against.index < named.index)) return periodEnd(against[1]!) + 5;
  return named ? periodEnd(named[1]!) : null;
}

// “十三五”收官,“十四五”开局: the turn of two plans places the page at the later one's first year.
const PLANS_TURN =
  /十([一二三四五六七八九]?)五[”"]?(?:规划)?(?:圆满)?收官[,，、]?\s*[“"]?十[一二三四五六七八九]五[”"]?(?:规划)?(?:开局|起步)/;

/** The first year of the later plan when `head` names the turn of two (十三五收官,十四五开局), or null. */
export function plansTurnYear(head: string): number | null {
  if (!head.includes('收官')) return null;
  const turn = PLANS_TURN.exec(head);
  return turn ? periodEnd(turn[1]!) + 1 : null;
}

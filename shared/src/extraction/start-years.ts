// 从2017年起,确保…达到100%: a year a rule starts from, with no end, dates no milestone. Its aims
// stand every year from then on (a standing aim has no year, as SCHEMA's yearly aims), and it is
// not the year the page plans for either; a span with an end (从2019年起到2023年) is dated by its end.
const START_BEFORE = /[从自]\s*$/;
const START_AFTER = /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起|开始)/;

/**
 * Whether the year whose digits end at `yearEnd` of `text` (its 年 right after them) opens a
 * standing rule (`从2017年起`).
 */
export function isStartYear(text: string, yearStart: number, yearEnd: number): boolean {
  if (text[yearEnd] !== '年') return false;
  return (
    START_BEFORE.test(text.slice(Math.max(0, yearStart - 2), yearStart)) &&
    START_AFTER.test(text.slice(yearEnd + 1, yearEnd + 20))
  );
}

import { PAGE_DATE } from './plan-years';

// Works dated by when they are done (round DT): news of a hospital's building tells its beds and
// rooms, then when the building is finished (…,可增加135床。预计明年动工,2025年完工), later in the
// sentence or in the one right after. What the works give is due when they are finished: a figure
// dated only by the page's own year takes the finishing time told within the next 90 characters,
// written as a year, 明年 or 后年 (counted from the page's date, as relative-years.ts counts 明年).
// The time must open its clause (,2025年完工; ;预计在2028年完工; ,后年底完工) right before a verb of
// finishing (完工, 竣工, 建成, 落成, 启用, 投用, 投入使用): a time of starting (动工, 开工) dates
// nothing, and a time after another subject (,乙院2025年建成) is that one's. The verb closes its
// clause: 2017年建成基地10个 is an aim of its own, not the works' end. A figure in a later sentence
// before the time ends the look (the time is that figure's).
const FINISHED =
  /[,，。;；]\s*(?:预计|预定|计划|将|可望)?(?:最快|最迟)?(?:于|在)?\s*(?:((?:19|20)\d{2})\s*年|(明|后)年)(?:[底末]|\d{1,2}月|[一二三四五六七八九十]{1,2}月|上半年|下半年)?(?:前|以前|之前)?(?:完工|竣工|建成|落成|启用|投用|投入使用)+(?=[,，。;；!?！？\s]|$)/;
const FINISHING = /完工|竣工|建成|落成|启用|投用|投入使用/;
const REACH = 90;
const FIGURE = /\d|[一二两三四五六七八九十百千]+(?:床|张|间|个|家|所)/;

/** The year the works a figure ending at `end` belongs to are finished, told after it; else `year`. */
export function finishingYear(text: string, end: number, year: number | null): number | null {
  const ahead = text.slice(end, end + REACH);
  if (!FINISHING.test(ahead)) return year;
  const m = FINISHED.exec(ahead);
  if (m === null) return year;
  // The look stops at a paragraph's end, and at a figure of a later sentence before the time.
  const between = ahead.slice(0, m.index + 1);
  if (between.includes('\n')) return year;
  const stop = between.search(/[。;；!?！？]/);
  if (stop >= 0 && FIGURE.test(between.slice(stop))) return year;
  if (m[1]) return Number(m[1]);
  const dated = PAGE_DATE.exec(text.slice(0, 300));
  if (!dated) return year;
  return Number(dated[1]) + (m[2] === '明' ? 1 : 2);
}

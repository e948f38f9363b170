import { lineStartOf } from './list-leads';

// (一)到2020年,慢性病防控环境显著改善,…。全市建成1个国家级示范区,…: a numbered item that opens with
// its horizon dates every later sentence of it that names no time of its own; the page's own year
// (a plan's last) is only the default. A paragraph with no number is no such unit: its year stops
// at its sentence's end (到2023年,…。麻疹发病率控制在… takes the plan's year).

const HORIZON_OPENING =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*(?:[\u4e00-\u9fff]{0,6}?目标[是为:：]?\s*[,，]?\s*)?到((?:19|20)\d{2})年/;
// A time of its own in the sentence (a year, 今年, each year, a span) keeps its own reading.
const OWN_TIME = /(?:19|20)\d{2}|今年|年内|本年度|明年|每年|年均|逐年|期间|以来/;

/**
 * The horizon the numbered item holding the sentence at `sStart` opens with (`(一)到2020年`, its line
 * starting within 300 characters before), when the sentence's `lead` names no time of its own;
 * else null.
 */
export function paragraphYear(t: string, sStart: number, lead: string): number | null {
  if (OWN_TIME.test(lead)) return null;
  const from = lineStartOf(t, sStart);
  if (from >= sStart || (from > 0 && t[from - 1] !== '\n')) return null;
  const y = HORIZON_OPENING.exec(t.slice(from, sStart));
  return y ? Number(y[1]) : null;
}

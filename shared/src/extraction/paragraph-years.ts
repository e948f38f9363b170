import { parseChineseNumeral } from './numerals';
import { inForceYear } from './in-force';
import { lineStartOf } from './list-leads';
import { headingYear } from './year-headings';

// (一)到2020年,慢性病防控环境显著改善,…。全市建成1个国家级示范区,…: a numbered item that opens with
// its horizon dates every later sentence of it that names no time of its own; the page's own year
// (a plan's last) is only the default. A paragraph with no number is no such unit: its year stops
// at its sentence's end (到2023年,…。麻疹发病率控制在… takes the plan's year).

const HORIZON_OPENING =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*(?:[\u4e00-\u9fff]{0,6}?目标[是为:：]?\s*[,，]?\s*)?到((?:19|20)\d{2})年/;
// A time of its own in the sentence (a year, 今年, each year, a span) keeps its own reading.
const OWN_TIME = /(?:19|20)\d{2}|今年|年内|本年度|明年|每年|年均|逐年|期间|以来/;

// 从明年1月1日起,新农合…将有所提高。其中,乡镇级提高10%…: a paragraph that opens with the date a
// changed rule takes effect dates every change it lists after that, as a numbered item's horizon does.
const IN_FORCE_REACH = 600;
const OPENING = 400;

// 由今年的3万元提高到6万元: the time of a from-to's start dates the old level, not the new one.
const FROM_TIME = /[由从](?:今年|去年|上年|本年)的?/g;

function fromless(lead: string): string {
  return lead.includes('由') || lead.includes('从') ? lead.replace(FROM_TIME, '') : lead;
}

/**
 * The horizon the numbered item holding the sentence at `sStart` opens with (`(一)到2020年`, its line
 * starting within 300 characters before), when the sentence's `lead` names no time of its own;
 * else null.
 */
export function paragraphYear(
  t: string,
  sStart: number,
  lead: string,
  pageYear: number | null = null,
): number | null {
  if (OWN_TIME.test(fromless(lead))) return null;
  const from = lineStartOf(t, sStart);
  if (from < sStart && (from === 0 || t[from - 1] === '\n')) {
    const y = HORIZON_OPENING.exec(t.slice(from, sStart));
    if (y) return Number(y[1]);
  }
  const horizon = bareHorizonYear(t, from, sStart);
  if (horizon !== null) return horizon;
  // 第二步 2017年 over the step's aims: the year heading above dates them (year-headings.ts).
  const heading = headingYear(t, sStart);
  if (heading !== null) return heading;
  if (pageYear === null) return null;
  const period = periodOpeningYear(t, from, pageYear);
  if (period !== null) return period;
  // A start later than the page's own year, in the paragraph or the page's opening (a story's
  // lead: 决定从2010年开始…), dates the rule's levels the page goes on to list.
  const reach = Math.max(0, sStart - IN_FORCE_REACH);
  const paragraph = Math.max(reach, t.lastIndexOf('\n', sStart - 1) + 1);
  const force =
    inForceYear(t.slice(paragraph, sStart), pageYear) ??
    inForceYear(t.slice(0, Math.min(paragraph, OPENING)), pageYear);
  return force !== null && force > pageYear ? force : null;
}

// “十五五”时期,…。…提高到80岁: a paragraph that opens with a five-year plan's time (期间, 时期, 末), or
// stands under a short headline line that does, is about that plan: its sentences that name no time
// of their own are due by the plan's last year, as under a year heading. Only a plan that ends in
// or after the page's own year: “十三五”期间,… on a later page tells the past.
const PERIOD_OPENING =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?:到|至|在)?[“"]?十([一二三四五六七八九])五[”"]?(?:规划)?(?:时期|期间|末期?|期末)/;
// The longest line read as a headline over the paragraph.
const PERIOD_HEADLINE = 40;

/** The last year of the plan whose time the paragraph from `from` (or the headline over it) opens with. */
function periodOpeningYear(t: string, from: number, pageYear: number): number | null {
  const lineStart = from === 0 || t[from - 1] === '\n';
  let y = lineStart ? openingPeriodEnd(t.slice(from, from + 16)) : null;
  if (y === null && lineStart && from > 1) {
    // The line above, looked for only as far back as a headline is long.
    const lo = Math.max(0, from - 2 - PERIOD_HEADLINE);
    const above = t.slice(lo, from - 1);
    const cut = above.lastIndexOf('\n');
    const line = above.slice(cut + 1);
    if ((cut >= 0 || lo === 0) && !line.includes('。')) y = openingPeriodEnd(line);
  }
  return y !== null && y >= pageYear ? y : null;
}

function openingPeriodEnd(s: string): number | null {
  if (!s.includes('五')) return null;
  const m = PERIOD_OPENING.exec(s);
  return m ? 2005 + 5 * parseChineseNumeral(m[1]!) : null;
}

// 到2030年,实现…明显下降、…显著提升。6岁儿童…控制在3%左右,…。…优秀率达25%以上。: a sentence that
// sets a horizon and only words of intent (no figure of its own) opens the figures the sentences
// after it in its paragraph give; they are that horizon's aims. A horizon sentence with a figure of
// its own (到2023年,…达到95%以上。麻疹…) keeps its year to itself, as before.
const HORIZON_LEAD = /^\s*[^\d。！？!?]{0,12}?[到至]((?:19|20)\d{2})年(?:底|末)?[^\d]*$/;
const SENTENCE_END = /[。！？!?]/;

/**
 * The year of the nearest earlier sentence of the paragraph (from `from` to `sStart`) that names a
 * year, when that sentence is a bare horizon (`到2030年,实现…。`) and the sentences between give
 * figures but no year; else null.
 */
function bareHorizonYear(t: string, from: number, sStart: number): number | null {
  if (from >= sStart || !SENTENCE_END.test(t[sStart - 1] ?? '')) return null;
  const sentences = t.slice(from, sStart - 1).split(SENTENCE_END);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i]!;
    if (!/(?:19|20)\d{2}/.test(s)) continue;
    return Number(HORIZON_LEAD.exec(s)?.[1] ?? NaN) || null;
  }
  return null;
}

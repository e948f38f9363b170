import { isDownIndicator } from './direction';
import { normalise } from './normalise';
import { LOOKS_FORWARD } from './report-boundary';
import type { Target } from './types';

// 某病患病率达3.4%, 学生视力不良率達31%: a rate of what is bad (a lower-is-better indicator,
// direction.ts) said to reach a level with a bare 达 is how far the harm has come — a survey's or a
// news item's finding, not an aim: a plan lowers such a rate (下降到, 控制在, 降至) or caps it (以下,
// 以内). Only a quote that ends on the rate right after 达/達 is read (达到, and a bound after the
// figure, 达5%以上, are left alone), and none with a word that aims or looks ahead.
const BARE_REACH = /[达達]\s*\d[\d.,]*\s*(?:[%‰％]|\/10万)$/;
const AIMS = /控制|下降|降低|减少|降[至到]|以下|以内|不超过|低于|不高于/;

/** Whether a target is a bad rate told as reached (患病率达2.1%) with no aim in its quote. */
export function isReachedHarm(target: Target): boolean {
  const q = target.quote;
  const last = q.charCodeAt(q.length - 1);
  // Gate: a quote ending in a rate's unit (%, ‰, ％, 万).
  if (last !== 0x25 && last !== 0x2030 && last !== 0xff05 && last !== 0x4e07) return false;
  if (!BARE_REACH.test(q) || !isDownIndicator(target.indicator)) return false;
  const s = normalise(q).text;
  return !LOOKS_FORWARD.test(s) && !AIMS.test(s);
}

import type { Mention } from './mentions';
import { ENSURE } from './aim-words';

// 8成, 九成以上: a share in tenths is the loose talk of news and speeches, which mostly tells how
// things stand (诊所提供7成服务, 占死亡人数八成). It is read as an aim only where its own sentence
// says one is set: a year to reach or a word that names a goal. 计划 is left out: it names a plan
// as often as it sets an aim.

// How far back the sentence is looked at: a bounded window, so the check stays linear.
const WINDOW = 80;
const SENTENCE_END = /[。！？!?;；\n]/g;
const AIM_SAID = new RegExp(
  String.raw`(?:[到至于在]\s*20\d\d\s*年|目[标標]|力[争爭]|[预預][计計]|争取|爭取|${ENSURE}|確保)`,
);
// 由目前的八成提高至九成: a from-to in tenths sets its second share as the aim, as a from-to in
// % does (a change told as done, 已由七成提高至八成, is dropped later as reported).
const TENTHS_FROM_TO =
  /(?:由|从|從)[^,，。；;\n\d]{0,8}?(?:[1-9]|[二三四五六七八九])成\s*(?:提高|提升|推高|增加|上升|增长|降低|下降|减少|减低|压降|降)(?:至|到)\s*$/;

// 希望月底达到五成, 年底拚覆盖率达六成: a month's or year's end that the share is to be reached by
// sets a deadline, as a year to reach does. What stood by a past end is told with 截至/截止, 去年底/
// 上月底 or 已, and is left.
const DEADLINE_REACH = /[年月]底[^。！？!?;；\n]{0,24}?(?:达到|达成|达)/;
const PAST_END = /截[至止]|[去上前][年月]底|已(?:经)?达/;

// 6成以上居民将拥有…: a floor in tenths whose sentence goes on to say what will be (将) is what is
// to be reached; what stands is told with 已/有 instead (已有6成以上…). 将其/将之 move an object.
const FLOOR_AHEAD = /^以上[^。！？!?;；\n]{0,40}?将(?![其之])/;

/** Whether the sentence around a share in tenths (`start`, `end`) says an aim is set. */
export function tenthsAimed(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === 0x4ee5 && FLOOR_AHEAD.test(text.slice(end, end + 44))) return true;
  const window = text.slice(Math.max(0, start - WINDOW), start);
  let from = 0;
  for (const m of window.matchAll(SENTENCE_END)) from = m.index + 1;
  const sentence = window.slice(from);
  if (AIM_SAID.test(sentence) || TENTHS_FROM_TO.test(sentence)) return true;
  // Most sentences name no month's or year's end: one search before the pattern runs.
  return sentence.includes('底') && DEADLINE_REACH.test(sentence) && !PAST_END.test(sentence);
}

// 一半以上的县, 半数以上的乡镇: a share of one half with its bound, 50 %, as loose as a share in
// tenths and so read only where its sentence sets an aim the same way. Not 减少一半 (a change by
// half: no bound follows) nor 一半由…采购 (how a stock splits).
const HALF = /(?:一半|半数)(?=以上|左右)/g;

/** Shares of one half (`一半以上`, `半数以上`) in aimed sentences, as 50 % mentions. */
export function halfShares(text: string): Mention[] {
  // Most pages write no 半 at all: one search before the pattern runs.
  if (!text.includes('半')) return [];
  const out: Mention[] = [];
  HALF.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HALF.exec(text)) !== null) {
    const end = m.index + 2;
    if (!tenthsAimed(text, m.index, end)) continue;
    out.push({
      start: m.index,
      end,
      value: 50,
      valueMax: null,
      unit: '%',
      kind: 'rate',
      source: 'spelled',
    });
  }
  return out;
}

// Names round 14 (`names-14.test.ts`): a rate written as its act alone (干预指导率, 普及率,
// 治疗成功率) whose subject is not in the clause just before it, where `rate-subjects.ts` looks, but
// further back in the same sentence. Plans name it once and then write the bare act:
// - a sentence that opens with the people it is about, fronted by 对 (`对筛出的高危对象,由…建档,
//   干预指导率…`): the act of the rate is done to them;
// - a count of things built whose parts a bracket lists (`改厕新增3万户(其中…),普及率…`): the aside
//   stands between the count and its spread, and is skipped;
// - the kind of act the sentence named before (`接受抗病毒治疗…,治疗成功率…`): the rate measures
//   that act, so it keeps its kind;
// - an item's heading run on in its line (`(二)包虫病:筛查率…`), when it is only a noun.
// Each reach is bounded (the sentence's opening, its last 260 characters, the line's first 40) and
// gives one subject or none.

import { isHeadedRate, isNounHeading } from './rate-subjects';

// Acts done to people: their rate is of the people the sentence is about.
const ACT_ON_PEOPLE =
  /^(?:干预|随访|筛查|治疗|管理|检查|体检|指导|救治|访视|转诊|追踪|帮扶|关爱)[\u4e00-\u9fff]{0,2}率$/;
// `对X,` opening the sentence (a fronted topic, not `对X进行Y`, which names the act's object in its
// own clause), X short and without a figure.
const FRONTED_TOPIC = /^\s*对([\u4e00-\u9fff、和及与]{2,24})[,，]/;
// Words that make X a measure, a place, a time or a theme rather than people or things.
const NOT_PEOPLE =
  /(?:率|比例|数|量|工作|任务|措施|情况|方面|问题|要求|目标|[省市县区镇乡村]|年|月|期间)$|^(?:全|我|本|各)[省市县区镇乡村]/;

// A topic that goes on into its act (对X进行干预) is the clause's object, read by `rate-subjects.ts`;
// one that holds a measure (对X随访率的目标管理) is about the measure, not about people.
const TOPIC_NOT_PEOPLE = /进行|开展|实施|给予|提供|做好|加强|落实|率|比例/;

/**
 * `干预指导率` in the sentence `对筛出的高危对象,由…建立档案,…,干预指导率…` → `高危对象干预指导率`:
 * the people a sentence opens with (`对X,`), less a relative clause before them (`筛出的`). Null when
 * the sentence does not open so, the rate is not of an act done to people, or X is no group.
 */
export function frontedTopicRate(name: string, sentenceBefore: string): string | null {
  if (!ACT_ON_PEOPLE.test(name)) return null;
  const topic = FRONTED_TOPIC.exec(sentenceBefore);
  if (!topic) return null;
  if (TOPIC_NOT_PEOPLE.test(topic[1]!)) return null;
  const group = topic[1]!.slice(topic[1]!.lastIndexOf('的') + 1);
  return group.length >= 2 && !NOT_PEOPLE.test(group) ? group + name : null;
}

// A count of things built whose parts a bracket lists (其中…, 含…, 包括…) right before the rate's
// clause: the aside stands between the count and its spread. Bounded: a short name, a short aside.
const COUNT_BEFORE =
  /([\u4e00-\u9fff]{2,16})(?:新增|新建|新改建|改建|建成|建设|改造)[\d.]+万?(?:户|个|家|所|座|间|处)$/;
const ASIDE_CLOSE = /[)）][,，]?$/;
const PARTS_OPEN = /^[(（](?:其中|含|包括)/;
const SPREAD = /^(?:覆盖|普及|建成|达标)率$/;
const WHOLE_OPENING = /^(?:全|我|本)[省市县区镇乡]/;

/**
 * `普及率` after `全省农村卫生厕所新增8万户(其中…),` → `农村卫生厕所普及率`. Null unless the rate is
 * a spread and the sentence's last clause before it is such a count.
 */
export function countBeforeAside(name: string, sentenceBefore: string): string | null {
  if (!SPREAD.test(name)) return null;
  const close = ASIDE_CLOSE.exec(sentenceBefore);
  if (!close) return null;
  const open = Math.max(
    sentenceBefore.lastIndexOf('(', close.index),
    sentenceBefore.lastIndexOf('（', close.index),
  );
  if (open < 0 || !PARTS_OPEN.test(sentenceBefore.slice(open))) return null;
  const count = COUNT_BEFORE.exec(sentenceBefore.slice(Math.max(0, open - 30), open));
  const things = count?.[1]!.replace(WHOLE_OPENING, '');
  return things && things.length >= 2 ? things + name : null;
}

// `<kind><act>`: the act with the kind a verb of taking or giving it names (接受抗病毒治疗).
const KIND_OF_ACT =
  /(?:接受|开展|进行|实施|提供)([\u4e00-\u9fff]{2,4}?)(治疗|干预|筛查|随访|检测)/g;
// A rate of the act alone, or of its outcome (治疗成功率, 随访完成率).
const ACT_RATE = /^(治疗|干预|筛查|随访|检测)(?:成功|有效|完成|覆盖)?率$/;
// A kind is a short noun of its own, not a manner word (规范, 及时, 早期: the rate says those itself).
const NOT_A_KIND = /^(?:规范化?|及时|早期|定期|全面|免费|有效|科学|积极|主动|相关|必要|系统)/;

/**
 * `治疗成功率` after `接受抗病毒治疗` earlier in its sentence → `抗病毒治疗成功率`. Null when the
 * sentence names that act with no kind, or with a manner word.
 */
export function kindOfActRate(name: string, sentenceBefore: string): string | null {
  const own = ACT_RATE.exec(name);
  if (!own) return null;
  const kinds = [...sentenceBefore.matchAll(KIND_OF_ACT)].filter((k) => k[2] === own[1]);
  const kind = kinds.at(-1)?.[1];
  return kind && !NOT_A_KIND.test(kind) ? kind + name : null;
}

// An item whose heading runs on in its line (`(二)结核病:`, `3.学校卫生。`, `(三)慢性病防治。`), the
// rate opening the item's text (a date at most between them): the heading's noun is its subject.
const INLINE_HEADING =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*([\u4e00-\u9fff]{2,12})[:：。]\s*(?:(?:到|至)?20\d{2}年(?:底|末)?[,，]?)?$/;
// A field of care names the disease it is of (慢性病防治 → 慢性病).
const FIELD_OF_CARE = /(?:防治|防控)$/;
const LINE_REACH = 40;
// How far the reaches read: a fronted topic opens its sentence; the rest of the sentence is read
// back a few clauses from the rate.
const TOPIC_REACH = 40;
const SENTENCE_REACH = 260;
// A heading that is itself an act (健康教育, 宣传培训) is the means, not what the rate measures.
const ACT_HEADING = /(?:教育|宣传|培训|促进|服务|管理|保障|监督|执法|改革|干预)$/;

/**
 * `治疗率` opening the item `(二)结核病:` → `结核病治疗率`. `lineBefore` is the line up to the rate's
 * clause. Null when the heading is a theme (工作目标, 主要任务), an act, or the item says more first.
 */
export function inlineHeadingRate(name: string, lineBefore: string): string | null {
  if (!isHeadedRate(name)) return null;
  const heading = INLINE_HEADING.exec(lineBefore);
  const noun = heading?.[1]!.replace(FIELD_OF_CARE, '');
  return noun && isNounHeading(noun) && !ACT_HEADING.test(noun) ? noun + name : null;
}

/**
 * The subject a bare act's rate takes from further back in its sentence or its item's heading, by
 * the reaches above; `cStart` is where the rate's clause opens, `sStart` its sentence.
 */
export function lookedBackSubject(
  name: string,
  t: string,
  sStart: number,
  cStart: number,
): string | null {
  if (name.length > 6) return null;
  if (cStart > sStart) {
    const opening = t.slice(sStart, Math.min(cStart, sStart + TOPIC_REACH));
    const last = t.slice(Math.max(sStart, cStart - SENTENCE_REACH), cStart);
    const found =
      frontedTopicRate(name, opening) ?? countBeforeAside(name, last) ?? kindOfActRate(name, last);
    if (found) return found;
  }
  // Only a short line start can be such an item's: look no further back than it could reach.
  const from = Math.max(0, cStart - LINE_REACH);
  const lineBreak = t.slice(from, cStart).lastIndexOf('\n');
  if (lineBreak < 0 && from > 0) return null;
  return inlineHeadingRate(name, t.slice(lineBreak < 0 ? 0 : from + lineBreak + 1, cStart));
}

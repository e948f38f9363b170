import { IN_FORCE } from './in-force';
import { isOpeningBeds } from './opening-beds';
import { sumsPlannedItems } from './planned-totals';
import { forecastsReach } from './reach-forecasts';
import { ENSURE } from './aim-words';

// A news story tells what was done and relays what others plan. Its own figures — money paid out
// (共拨付…万元), checks carried out, a rate "kept at" a level in the months just gone (控制在15.8/10万),
// a forecast of demand (预计达到300万人) — are reported; only a sentence that relays an aim (到2020年,
// 力争, 目标, 将, 要求, 任务, 计划…) or says a level is to be reached (达到, 以上) may carry a target. The kind is read from the opening, where a
// dateline (本报讯, 中新网2月5日电), a reporter's lead (记者从…获悉), a byline that names a
// correspondent (通讯员 张三) or a press conference's lead (在…新闻发布会上) names it.

const DATELINE =
  /(?:报|日|网)讯|本报[\u4e00-\u9fff]{0,4}讯|\d日电|记者[^。\n]{0,24}(?:获悉|了解到)|通讯员\s*[\u4e00-\u9fff]{2,3}|新闻发布会上|据[^。\n,，]{1,12}报道|来源[:：]\s*[^\s|]{0,10}(?:日报|晚报|报社|通讯社|健康报|新闻网)/;

// Words by which a sentence relays a plan or looks ahead (未来十年…, 到2020年…, 行动计划要求…), a
// five-year plan's end among them (到“十二五”末, 十四五期末: a year written as its plan). A body's
// decision (该县决定在…设立) is a plan it relays too; 决定性 and 决定于 are no decision. A place
// applying to be made something (申报创建3个卫生镇) names what it is to become: an aim, not a title won.
// A government's list of the year's practical projects (民生实事) is a list of pledges; one told
// as finished (民生实事全部完成) is not. Work done as required (按照项目要求扎实开展工作, 根据…要求)
// follows a requirement and relays none.
const RELAYED_AIM = new RegExp(
  String.raw`申报(?:创建|建设)|到(?:19|20)\d{2}年|(?:到|至)?[“"]?十[一二三四五六七八九]五[”"]?(?:末|期末)|(?:19|20)\d{2}年(?:前|底前|底)|未来[一二三四五六七八九十\d]+年|力争|争取|目标(?!人群|管理|责任)|${ENSURE}|将(?!近)|(?<![主重需]|(?:按照?|根据|依照)[^,，。;；]{0,10})要(?:求|在|达|实现|提|降|增|控制|保持)|有望|计划(?!生育|免疫)|任务|规划|纲要|行动|方案|提出|明确|决定(?!性|因素|作用|于)|民生实事(?![^。]{0,8}(?:完成|办结|落实情况))`,
);
// Verbs and bounds of reaching a level. A relayed list goes on past its lead's sentence
// (…覆盖当地70%以上的…人群), so these keep a sentence too; a bare `控制在15.8/10万` (no 以下) or
// a sum put in place (落实…资金共240万元) is what a story tells was done, and so is a level told
// with bare 达 (婚前医学检查率达86.47%): news writes what was reached so, an aim with 达到. 至 is
// the written form of 到 after these verbs (提升至30%); a pilot widened to a number of places
// (试点扩大到500个县) is a level to reach as a sum raised to one is. A bound written as a sign
// before its figure (管理率≥90%) is a standard's way of stating a level to reach, as 不低于 is; news tells a level
// reached with 达 or 为, never with a sign.
const AIM_VERB =
  /达到|增至|增加[到至]|提高[到至]|提升[到至]|扩大[到至]|降至|降到|降低[到至]|下降[到至]|不低于|不少于|不高于|不超过|至少|以上|以下|以内|[≥≤⩾⩽≧≦]\s*\d/;
// A forecast (预计达到300万人以上) tells what is expected to happen, not what is aimed at.
const FORECAST = /预计/;

const OPENING = 300;

// A reprint may name its paper only at its foot (…。\n来源: 健康报): the last line, a source line
// that names a newspaper or a news agency, names the page a story as a dateline does. A bulletin
// or yearbook (公报, 年报, 简报) is no paper; a bureau named as the source (来源: 市卫健委) is none.
const SOURCE_FOOT =
  /(?:^|\n)\s*(?:来源|稿源|来自|转自|出处)\s*[:：]\s*《?[\u4e00-\u9fff]{0,12}(?:(?<![简年公快情周月])报|报社|通讯社|新闻网|新华网|人民网)》?\s*$/;
const FOOT = 40;

/** Whether the opening of `text[0, end)` names it a news story (a dateline or a reporter's lead). */
export function isNewsKind(text: string, end: number): boolean {
  if (DATELINE.test(text.slice(0, Math.min(end, OPENING)))) return true;
  const foot = text.slice(Math.max(0, end - FOOT), end);
  return foot.includes('来') || foot.includes('源') || foot.includes('出')
    ? SOURCE_FOOT.test(foot.trimEnd())
    : false;
}

/**
 * Whether the sentence around `[start, end)` of a news story relays an aim. The sentence runs to
 * its full stop: a relayed plan lists its aims after one lead (行动计划要求,…;…;…).
 */
export function relaysAim(
  text: string,
  start: number,
  end: number,
  planYear: number | null = null,
  published: number | null = null,
  unit: string | null = null,
): boolean {
  let from = start;
  while (from > 0 && !'。！？!?\n'.includes(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !'。！？!?\n'.includes(text[to]!)) to++;
  const whole = text.slice(from, to);
  // A bar the sentence says was beaten (超过…的目标) tells a result: its 目标 relays no aim.
  const beaten = beatsBar(whole);
  const sentence = beaten ? whole.replace(BEATEN_BAR, '') : whole;
  return (
    RELAYED_AIM.test(sentence) ||
    (!FORECAST.test(sentence) &&
      AIM_VERB.test(sentence) &&
      !beaten &&
      !toldDone(sentence) &&
      !datedBefore(text.slice(from, start), published ?? planYear)) ||
    opensComingYear(text, from, sentence, planYear) ||
    continuesRelayedLevels(text, from, sentence) ||
    continuesRelayedPlan(text, from, sentence) ||
    sumsPlannedItems(text, from, to) ||
    spellsOutPolicy(text, from, sentence) ||
    changesInForce(text, from, sentence, published) ||
    datesThisYearAhead(text.slice(from, start), sentence) ||
    (!FORECAST.test(sentence) && namesLaterYear(text.slice(from, start), published)) ||
    isOpeningBeds(sentence, text.slice(Math.max(from, start - 6), start)) ||
    (unit !== null && relaysReach(text, from, start, to, unit)) ||
    servesWholeCount(text.slice(from, start), sentence)
  );
}

// 今年起实施…试点,预计惠及7万余人: the people a programme is expected to reach (reach-forecasts.ts) are
// what the story relays of the plan, however bare its verbs. Read only for a count of people.
function relaysReach(text: string, from: number, start: number, to: number, unit: string): boolean {
  if (!unit.endsWith('人') && !unit.endsWith('名') && !unit.endsWith('次')) return false;
  const lead = text.slice(from, start);
  let c = lead.length;
  while (c > 0 && !',，;；'.includes(lead[c - 1]!)) c--;
  let e = start;
  while (e < to && !',，;；'.includes(text[e]!)) e++;
  // The words after the count: past its digits and counting word.
  const after = text.slice(start, e).replace(/^[\d.,万亿余多\s]*(?:人次|人|名)/, '');
  return forecastsReach(lead, lead.slice(c), after, unit);
}

// 对全市40万名妇女进行免费筛查, 为全县3000名儿童开展体质监测: a sentence that opens with the whole
// place's people counted for a service (对/为/向 + 全市 + N名… + 进行/开展/提供) tells the scope of a
// programme the story relays — what a day's event did names no whole (为社区300名老人…). One that tells
// the service done (了, 已, 共, 累计) or dates it (昨天, 当天, 今年以来) reports.
const WHOLE_SERVED = /^\s*(?:并|还|同时[,，]?)?(?:对|为|向)全[省市县区镇乡]\s*$/;
const SERVICE_AFTER = /^[^,，;；。]{0,40}?(?:进行|开展|提供|实施)/;
const SERVED_DONE =
  /已|(?<!为)了(?!解)|共计?|累计|截[至止]|昨[天日]|当[天日]|日前|近日|以来|去年|上年/;

function servesWholeCount(lead: string, sentence: string): boolean {
  if (!lead.includes('全') || !WHOLE_SERVED.test(lead)) return false;
  const at = sentence.indexOf(lead) + lead.length;
  return SERVICE_AFTER.test(sentence.slice(at)) && !SERVED_DONE.test(sentence);
}

// 报告率达到3.65‰,超过国家要求3.5‰的目标: a level told beside an aim or a requirement it went past
// (超过, 超出, 高于, 优于 … 的目标/的要求) is a result, the bar's figure as much as the level's; the
// 目标 and 要求 in it are the bar's, not an aim the story relays. (Read only for a sentence with
// 的目标 or 的要求.)
const BEATEN_BAR = /(?:超过|超出|高于|优于|好于)[^,，。;；]{0,16}?的(?:目标|要求)/g;

function beatsBar(sentence: string): boolean {
  if (!sentence.includes('的目标') && !sentence.includes('的要求')) return false;
  BEATEN_BAR.lastIndex = 0;
  return BEATEN_BAR.test(sentence);
}

// 据了解,至3月底,该制度已在全市56个乡镇实现覆盖,参保人数达12万人,参保率由上年的80%增至90%: a
// sentence that tells a state already reached (已, 截至) and relays no aim word reports, its verbs
// of reaching (增至, 达到) too. (Read only for a sentence with 已 or 截.)
const TOLD_DONE = /已(?!于|经?[^,，;；。]{0,6}(?:提出|明确|制定|出台|印发))|截[至止]/;

function toldDone(sentence: string): boolean {
  return (sentence.includes('已') || sentence.includes('截')) && TOLD_DONE.test(sentence);
}

// 记者…获悉,广西2007年全区平均住院分娩率达93.14%,孕产妇死亡率下降至26.06/10万: a story of 2008 whose
// sentence dates its figures by a year before its own tells what that year reached, however its verbs
// (下降至, 以上) read; the nearest year before the figure governs it (2007年…,到2010年要达到… is
// dated ahead). A baseline's year (比2007年, 较2007年, 在2015年的基础上提高40元, 2015年人均120元的基础上)
// dates no figure: a comparison between the year and the figure leaves the sentence to its aim words.
// Read only for a lead with 年.
function datedBefore(lead: string, year: number | null): boolean {
  if (year === null || !lead.includes('年')) return false;
  let last: RegExpExecArray | null = null;
  for (const m of lead.matchAll(/(?<![比较與与\d])((?:19|20)\d{2})年(?!度)/g)) last = m;
  if (last === null || Number(last[1]) >= year) return false;
  return !/基础上|基数|相比|[比较]/.test(lead.slice(last.index + last[0].length));
}

// A story cannot report what a year after its own date reached: a sentence that dates its figure by
// such a year (实现2027年全省…达79岁, in a story of 2024) relays an aim, however bare its 达. Only a
// year the story's dateline gives is read; a digit run is checked with `includes('年')` first.
function namesLaterYear(lead: string, published: number | null): boolean {
  if (published === null || !lead.includes('年')) return false;
  for (const m of lead.matchAll(/(?<!\d)((?:19|20)\d{2})年/g))
    if (Number(m[1]) > published) return true;
  return false;
}

// A relayed plan's levels run on past one sentence (…总产值达到500亿元、占…30%以上。…年交易额达500亿元,…):
// a sentence of the same paragraph right after one that relays levels to reach is the plan's
// list going on, its bare 达 too. One that tells the present (目前, 已, 截至, 累计, 同比) is the
// story's own report beside the plan's aim.
const TOLD_NOW = /目前|当前|现有|现已|已经?|截至|截止|累计|去年|上年|同比|今年以来|共计/;
const LOOK_BACK = 300;

/** The sentence that ends at the 。 before `from`, or null when it starts beyond LOOK_BACK. */
function previousSentence(text: string, from: number): string | null {
  let at = from - 1;
  const stop = Math.max(0, from - 1 - LOOK_BACK);
  while (at > stop && !'。！？!?\n'.includes(text[at - 1]!)) at--;
  return at === stop && at > 0 ? null : text.slice(at, from - 1);
}

function continuesRelayedLevels(text: string, from: number, sentence: string): boolean {
  if (from < 2 || text[from - 1] !== '。' || TOLD_NOW.test(sentence)) return false;
  const previous = previousSentence(text, from);
  if (previous === null) return false;
  return !FORECAST.test(previous) && !TOLD_NOW.test(previous) && AIM_VERB.test(previous);
}

// 今年全省将新建…。实现乡镇卫生院100%…: a sentence with no subject of its own that opens with a
// verb of reaching goes on with the sentence before it, whose subject and 将 it shares; when that
// sentence relays the plan (and tells nothing of the present), so does this one.
const SUBJECTLESS_REACH = /^\s*(?:并|还|同时[,，]?|此外[,，]?)?(?:实现|建成|完成)/;

function continuesRelayedPlan(text: string, from: number, sentence: string): boolean {
  if (from < 2 || text[from - 1] !== '。' || !SUBJECTLESS_REACH.test(sentence)) return false;
  if (TOLD_NOW.test(sentence) || FORECAST.test(sentence)) return false;
  const previous = previousSentence(text, from);
  if (previous === null) return false;
  return !FORECAST.test(previous) && !TOLD_NOW.test(previous) && RELAYED_AIM.test(previous);
}

// 从明年1月1日起,…将有所提高。其中,乡镇级提高10%…: a story on a rule changed from a date still to come
// (从明年起, 自2010年开始, 从4月1日起) tells what the new rule sets; every change its paragraph goes on
// to list (提高10%, 下调至…) is part of it, bare as news writes it. What the story says of the
// present beside it (目前, 截至) is not. Read only for a sentence that changes something and a
// paragraph that writes 起 or 开始.
const CHANGE = /提高|降低|调整|增加|上调|下调|扩大/;
const PARAGRAPH_REACH = 600;

function changesInForce(
  text: string,
  from: number,
  sentence: string,
  published: number | null,
): boolean {
  if (!CHANGE.test(sentence) || TOLD_NOW.test(sentence) || FORECAST.test(sentence)) return false;
  let at = from;
  const stop = Math.max(0, from - PARAGRAPH_REACH);
  while (at > stop && text[at - 1] !== '\n') at--;
  const paragraph = text.slice(at, from) + sentence;
  if (!paragraph.includes('起') && !paragraph.includes('开始')) return false;
  const force = IN_FORCE.exec(paragraph);
  // A year gone by (从2008年起…) opens what has been done since.
  return (
    force !== null &&
    (force[1] === undefined || published === null || Number(force[1]) >= published)
  );
}

/**
 * News of a report that told the year before (2022年,…) and then opens a sentence with the year it
 * plans (2023年,…新增就业7500人): that sentence relays the plan, with or without an aim word.
 */
function opensComingYear(
  text: string,
  from: number,
  sentence: string,
  planYear: number | null,
): boolean {
  if (planYear === null) return false;
  const lead = /^\s*(?:此外|另外|同时)?[,，]?\s*((?:19|20)\d{2})年[,，]/.exec(sentence);
  return (
    lead !== null &&
    Number(lead[1]) === planYear &&
    text.slice(0, from).includes(`${planYear - 1}年`)
  );
}

// 县卫计委推出了“四免三补”政策,确保….。四免,即…;三补,即财政补助每人60元…: a story on a policy just
// brought in (推出, 出台, 制定) goes on to spell out what the policy sets, part by part (X,即…; 这N项措施
// 包括:…; 具体为…); those standards are the policy's, in force from now, however bare news writes
// them. Only the sentence right after the one that brings the policy in, when it opens by spelling
// it out and tells nothing of the present (round DH).
const POLICY_BROUGHT_IN =
  /(?:推出|出台|制定|推行|实施|实行)了?[^。,，;；]{0,30}?(?:政策|措施|举措|办法|制度|新招)/;
const SPELLS_OUT =
  /^\s*(?:[“"]?[\u4e00-\u9fff]{1,8}[”"]?[,，]?\s*即|(?:这|该|此|上述)?[^,，。;；]{0,10}?(?:包括|具体为|具体是|主要有|内容为)\s*[:：])/;

function spellsOutPolicy(text: string, from: number, sentence: string): boolean {
  // The spelling out may open a paragraph of its own (…政策,确保…。\n四免,即…).
  const stop = text[from - 1] === '\n' && text[from - 2] === '。' ? from - 1 : from;
  if (stop < 2 || text[stop - 1] !== '。' || !SPELLS_OUT.test(sentence)) return false;
  if (TOLD_NOW.test(sentence) || FORECAST.test(sentence)) return false;
  const previous = previousSentence(text, stop);
  return previous !== null && !TOLD_NOW.test(previous) && POLICY_BROUGHT_IN.test(previous);
}

// 今年春季学期为全省300余万名学生免费开展…: a story's sentence that dates the deed before its figure
// by the bare year of the story (今年, 今年秋季) tells what is to be done this year; one that counts
// the year so far (今年以来, 今年1-5月, 今年上半年, 今年初) or tells the deed done (已, 了, 共,
// 累计, 完成, 获得: money or a title received) reports. Read only for a lead with 今年.
const THIS_YEAR = /今年(?!以来|来|[上前]|初|年初|[\d一二三四五六七八九十]+月|截|至今|已)/;
const DONE_WORDS = /[已了共获]|累计|完成|实现|达到?|截[至止]|目前|当前/;

function datesThisYearAhead(lead: string, sentence: string): boolean {
  if (!lead.includes('今年') || !THIS_YEAR.test(lead)) return false;
  return !DONE_WORDS.test(sentence) && !FORECAST.test(sentence);
}

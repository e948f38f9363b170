// A rate written as its act alone (筛查率, 干预率, 覆盖率, 建成率) titles no chart: a bureau reading
// `干预率 ≥ 90%` cannot tell what is measured. Plans name the subject once, just before, and then
// write the bare rate (names round 11, `names-11.test.ts`). Three places are read, each only when
// it gives one subject:
// - the clause before names the same act with its object (`对超重学生进行早期干预,干预率…`,
//   `开展孕妇唐氏筛查,覆盖率…`);
// - the clause before counts things built, and the rate is their spread (`新建8个医联体,乡镇覆盖率…`);
// - the line above is a heading that is only a noun (`托育机构\n各区建成率达到40%`).

// The acts a bare rate can name; 覆盖率 and 完成率 measure whichever act the clause before names.
const ACT = '筛查|干预|随访|治疗|检测|检查|接种|体检|访视|普查|管理|救治|诊断';
const BARE_ACT = new RegExp(`^(${ACT})率$`);
const BARE_SPREAD = /^(?:覆盖|完成)率$/;
// The acts in the clause before; the last one is what the rate measures.
const ACTS = new RegExp(`(?:${ACT})`, 'g');
// A clause that names a subject is short; a longer one is a sentence of its own.
const CLAUSE_MAX = 40;
// Verbs, prepositions and manner words around the object that name nothing measured.
const LEAD_WORDS =
  /^(?:继续|全面|积极|认真|免费|启动|开展|实施|推进|做好|加强|组织|落实|进行|对|为|给|向|在)+/;
const MANNER_BEFORE_ACT = /(?:进行|开展|实施|接受)(?:早期|及时|定期|规范化?|免费|全面)?$/;
// A subject: words, perhaps a list of them, no figure and no punctuation but a list's.
const SUBJECT = /^[\u4e00-\u9fff][\u4e00-\u9fff、和及与]{0,12}[\u4e00-\u9fff]$/;

/**
 * `干预率` after the clause `对超重学生进行早期干预` → `超重学生干预率`; `覆盖率` after
 * `开展孕妇唐氏筛查` → `孕妇唐氏筛查覆盖率`. Null when the clause names no act or no object.
 */
export function rateOfActBefore(name: string, clause: string): string | null {
  const own = BARE_ACT.exec(name);
  if (!own && !BARE_SPREAD.test(name)) return null;
  if (clause.length > CLAUSE_MAX) return null;
  const act = [...clause.matchAll(ACTS)].at(-1);
  if (!act || (own && act[0] !== own[1])) return null;
  const subject = clause.slice(0, act.index).replace(MANNER_BEFORE_ACT, '').replace(LEAD_WORDS, '');
  if (!SUBJECT.test(subject)) return null;
  return own ? subject + name : `${subject}${act[0]}${name}`;
}

// A verdict on work done (合格率, 达标率) right after the clause that names the work (开展…疫点处理
// 工作,合格率100%): the work is what is judged, titled without its 工作 (疫点处理合格率).
const VERDICT_RATE = /^(?:合格|达标)率$/;
const WORK_CLAUSE = /(?:开展|做好|抓好|完成|进行|落实)([\u4e00-\u9fff]{2,12}?)工作$/;

/** `合格率` after `开展指令性疫点处理工作` → `指令性疫点处理合格率`; null when the clause names no work. */
export function rateOfWorkBefore(name: string, clause: string): string | null {
  if (!VERDICT_RATE.test(name) || clause.length > CLAUSE_MAX) return null;
  const work = WORK_CLAUSE.exec(clause)?.[1];
  return work && SUBJECT.test(work) ? work + name : null;
}

// The spread of things built or set up: over places (县级覆盖率) or of the things themselves.
const SPREAD_RATE = /^(?:[省市县区乡镇村街]{1,2}级?)?(?:覆盖|普及|建成|达标)率$/;
const BUILT = /^(?:新建|新增|新改建|新创|创建|建成|建设|建立|组建|设立|打造)/;
const THINGS_COUNTED = /(?:新增|建设|建成)?(?:户|个|家|所|座|间|处)?数$/;
const PEOPLE = /^(?:人|名|人次|例)$/;

/**
 * `区级覆盖率` right after the clause that counts `紧密型城市医疗集团数` (unit 个) →
 * `紧密型城市医疗集团区级覆盖率`. Null for a count of people or when the name is not a spread.
 */
export function rateOfThingsCounted(name: string, counted: string, unit: string): string | null {
  if (!SPREAD_RATE.test(name) || PEOPLE.test(unit)) return null;
  const things = counted.replace(THINGS_COUNTED, '').replace(BUILT, '');
  return SUBJECT.test(things) && things.length >= 3 ? things + name : null;
}

// A heading that is only a noun: no act, no aim, nothing a section title says (目标, 任务).
const NOUN_HEADING = /^[\u4e00-\u9fff]{3,12}$/;
const HEADING_MAX = 16;
const NOT_A_SUBJECT =
  /(?:率|比例|数|量|目标|任务|指标|要求|措施|内容|工作|情况|方面|机制|体系|建设|行动|计划|规划|方案|要点|安排|纲要|原则|意见|通知|报告|通报|背景|成效|成绩)$|^(?:[一二三四五六七八九十]+|主要|总体|具体|工作|重点|保障|组织)/;
const VERB_IN_HEADING = /提高|提升|降低|加强|推进|完善|开展|实施|建立|落实|做好|强化|深化|促进/;

// The rates a heading's noun can be the subject of: an act done to it or a state it reaches (not
// 婚检率, 吸烟率, which stand alone).
const HEADED_RATE = new RegExp(`^(?:${ACT}|建成|覆盖|达标|完成|普及|知晓|合格|落实|配备)率$`);

/**
 * The subject a noun heading gives the bare rate `name` under it: the line just above `lineStart`
 * (blank lines skipped), when it is only a noun (`营养食堂`), else null.
 */
export function nounHeadingAbove(name: string, t: string, lineStart: number): string | null {
  if (!HEADED_RATE.test(name) || lineStart === 0 || t[lineStart - 1] !== '\n') return null;
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(t[end - 1]!) && lineStart - end < 8) end--;
  // Only a short line can be such a heading: look no further back than one could reach.
  let start = end;
  while (start > 0 && t[start - 1] !== '\n' && end - start <= HEADING_MAX) start--;
  if (end - start > HEADING_MAX) return null;
  const line = t.slice(start, end).trim();
  return isNounHeading(line) ? line : null;
}

/** Whether a heading's words are only a noun: no act, no aim, no section title (目标, 任务). */
export function isNounHeading(line: string): boolean {
  return NOUN_HEADING.test(line) && !NOT_A_SUBJECT.test(line) && !VERB_IN_HEADING.test(line);
}

/** Whether `name` is a bare rate a noun heading can be the subject of (建成率, 知晓率, 治疗率). */
export function isHeadedRate(name: string): boolean {
  return HEADED_RATE.test(name);
}

/** Whether `name` is a rate one of these rules can give a subject to: the cheap test done first. */
export function mayTakeSubject(name: string): boolean {
  return (
    name.length <= 7 &&
    (BARE_ACT.test(name) ||
      BARE_SPREAD.test(name) ||
      SPREAD_RATE.test(name) ||
      HEADED_RATE.test(name))
  );
}

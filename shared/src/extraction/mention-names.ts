import { levelListName } from './facility-levels';
import { clauseStart } from './clauses';
import { groupsAfterTopic, joinSchoolLevels } from './group-lists';
import { trimPhrase } from './indicator';
import {
  mayTakeSubject,
  nounHeadingAbove,
  rateOfActBefore,
  rateOfWorkBefore,
  rateOfThingsCounted,
} from './rate-subjects';
import { areaListName } from './area-lists';
import type { Target } from './types';

// The naming stage for a figure in a list: the name each value of a `分别` or paired list takes,
// a rate's qualifier and a bare rate's subject. Moved out of extract-targets.ts unchanged;
// `Previous` (the last target read) lives here as these helpers and readMention share it.

export interface Previous {
  target: Target;
  sentence: number;
  /** Normalised offset just past the number, its unit and any 以上/左右. */
  end: number;
  quoteStart: number;
}

// 由每人每年150元 before 提高到: the baseline is no part of the name.
export const FROM_TAIL =
  /[由从](?<=[\u4e00-\u9fff]{2}[由从])(?=[^,，;；。]*(?:\d|[一二三四五六七八九十百千万][元%人个岁成]))[^,，;；。]*$/;

// A rate named by its verb alone (治疗率, 覆盖率, 知晓率): it needs a qualifier to be a title.
export const GENERIC_RATE = /^[\u4e00-\u9fff]{2}率$/;

const PROGRAMME_VERB = /^(?:启动|实施|开展|推进|推广|组织|继续|做好|落实)+/;
const SERVICE_ACTION = /^(?:筛查|干预|治疗|随访|管理|检测|诊断|救治|访视)$/;
const TRAILING_ACTIONS = /(?:筛查|干预|治疗|随访|管理|检测|诊断|救治|访视)+$/;

/** For a value in a `A、B和C分别…` list: its own name (sharing the last name's head) and the bound words. */
const GROUP_WORD = '(?:人群|人口|儿童|青少年|居民|妇女|学生|老年人)';
export const GROUP_END = new RegExp(`^[\\u4e00-\\u9fff]{0,8}${GROUP_WORD}$`);
export const GROUP_THEN_NAME = new RegExp(
  `^([\\u4e00-\\u9fff]{0,8}?${GROUP_WORD})([\\u4e00-\\u9fff]{4,}(?:率|比例))$`,
);

// 超重率、肥胖率年均增幅控制在2%、5%以内: names listed before one bound and as many bare values
// after it pair in order as 分别 pairs them. Only where the bound is followed by values alone; the
// last two may be joined by 和 and a value may be a rate per 10万 (甲率、乙率控制在8/10万和5‰).
// (A change to a level is written with 到, 至 or 为 alike: 上升为45%、55%, 提高至60%、70%.)
const LIST_BOUND =
  /(?:控制在|保持在|稳定在|降至|降到|(?:降低|下降|提高|提升|增加|上升)(?:到|至|为)|达到)(?=[\d.%‰、和\s/万]*$)/;

// …超重率、…肥胖率年均增幅: a change named after the last rate is every listed rate's.
const CHANGE_TAIL = /率((?:年均)?(?:增幅|增速|降幅|增长率|下降率))$/;

/**
 * The words a `分别` list is read from: the figure's clause, and the clause before it as well when
 * the figure's own opens with 分别 (…知晓率和…形成率,分别达到80%和60%): the names stand before the
 * comma.
 */
export function respectiveClause(t: string, sStart: number, cStart: number, at: number): string {
  const own = t.slice(cStart, at);
  if (cStart <= sStart) return own;
  // …死亡率分别从目前的8‰、20/10万,下降至5‰和12/10万: the aims' clause after the baselines' is
  // the same 分别 list; its names stand before 分别 in the clause before.
  if (AIM_AFTER_BASELINES.test(own)) {
    const before = t.slice(clauseStart(t, cStart - 1, sStart), cStart);
    return BASELINES_LISTED.test(before) ? before + own : own;
  }
  if (!/^\s*分别/.test(own)) return own;
  const names = t.slice(clauseStart(t, cStart - 1, sStart), cStart - 1);
  // ——深入开展…健康促进 至2010年城市居民…: the list starts after the time that leads it.
  const lead = [...names.matchAll(TIME_LEAD)].at(-1);
  return (lead ? names.slice(lead.index + lead[0].length) : names) + own;
}

const AIM_AFTER_BASELINES = /^\s*(?:提升|提高|降低|下降|增加|减少|上升)(?:至|到)/;
const BASELINES_LISTED = /分别[从由][^,，;；。]*[、和][^,，;；。]*[,，]\s*$/;

// The items of a list up to the last one that reaches its own figure (…达83.5岁左右、).
const AIMED_ITEM =
  /^.*(?:达到?|为|提高到|提升到|降至|降到|控制在|稳定在|保持在|超过|不低于|不高于|低于|高于)\s*\d[\d.]*\s*(?:%|‰|\/10万|\/万)?[\u4e00-\u9fff]{0,3}?(?:左右|以上|以下|以内)?、/;

const TIME_LEAD = /(?:到|至|在)?(?:19|20)\d{2}年(?:底|末)?(?:前)?[,，]?/g;

export function respectiveName(
  clause: string,
  listNext = false,
  valueAlone = false,
): { name: string; scope: string | null; index: number; boundText: string } | null {
  let at = clause.indexOf('分别');
  let verb = 2;
  if (at < 0) {
    const listed = LIST_BOUND.exec(clause);
    if (!listed || !(listNext || /[、和]/.test(clause.slice(listed.index)))) return null;
    [at, verb] = [listed.index, 0];
  }
  // 高血压、糖尿病患者规范管理率由目前的50%分别…: the starting level is no part of the names.
  // 床位使用率达85%左右、孕产妇死亡率和婴儿死亡率分别…: an item that already reached its own
  // figure is a target of its own; the list starts after it.
  let listed = clause.slice(0, at);
  if (/\d/.test(listed)) listed = listed.replace(AIMED_ITEM, '');
  const names = trimPhrase(joinSchoolLevels(listed.replace(FROM_TAIL, '')))
    .split(/[、和及与]/)
    .filter((n) => n.length > 0);
  const values = clause.slice(at + verb);
  const change = verb === 0 ? CHANGE_TAIL.exec(names.at(-1) ?? '') : null;
  if (change)
    for (let i = 0; i < names.length - 1; i++) if (names[i]!.endsWith('率')) names[i] += change[1]!;
  // 分别从61%、58%提升至68%、65%: the baselines listed first are not counted in the values' order.
  const aimed = values.replace(
    /^\s*[从由][^,，;；。]*?(?:[,，]\s*)?(?:提升|提高|降低|下降|增加|减少)?(?:至|到)/,
    '',
  );
  const index = (aimed.match(/[、和及与]/g) ?? []).length;
  if (names.length < 2 || index >= names.length) return null;
  const last = names[names.length - 1]!;
  // 高血压患者、糖尿病患者规范管理率分别达到60%: one value after 分别 with no other after it is
  // every item's; the target is the list's, named jointly (the role word said once: 高血压、糖尿病患者…).
  // (Items that are whole names each, …服务比例、…通道比例分别达到100%, stay one target each.)
  if (
    verb === 2 &&
    index === 0 &&
    valueAlone &&
    names.slice(0, -1).every((n) => !/(?:率|比例?|比重|数)$/.test(n))
  ) {
    const joint = jointName(clause.slice(0, at), last);
    if (joint) return { name: joint, scope: null, index, boundText: values };
  }
  // 东、中、西部地区居民…分别: parts of the country named by one character each share the 部(地区)
  // of the last; each is a scope of the name after it. So do parts written whole (东部、中部、西部
  // 地区…, 东部地区、西部地区…).
  const parts = /^[东中西南北]部(?:地区)?/.exec(last);
  if (parts && names.slice(0, -1).every((n) => /^[东中西南北](?:部(?:地区)?)?$/.test(n))) {
    return {
      name: last.slice(parts[0].length).trim(),
      scope: `${names[index]!.slice(0, 1)}${parts[0].slice(1)}`,
      index,
      boundText: values,
    };
  }
  // 城、乡居民…分别, 男、女性…分别: items of one character qualify the whole phrase after the last
  // of them, which is the name; the item is its scope (城 → 城市, 乡 → 农村).
  if (
    names.every((n) => ONE_CHAR_SCOPE[n[0]!] && (n.length === 1 || n === last)) &&
    last.length > 3
  ) {
    const item = names[index]!.slice(0, 1);
    return {
      name: last.slice(/^[男女]性/.test(last) ? 2 : 1).trim(),
      scope: ONE_CHAR_SCOPE[item] ?? item,
      index,
      boundText: values,
    };
  }
  // 高危人群、重点人群及流动人口知识知晓率分别达…: groups of people listed before one indicator
  // are its scopes; the indicator is what follows the last group.
  const grouped = GROUP_THEN_NAME.exec(last);
  if (grouped && names.slice(0, -1).every((n) => GROUP_END.test(n))) {
    const scope = index === names.length - 1 ? grouped[1]! : names[index]!;
    return { name: grouped[2]!, scope, index, boundText: values };
  }
  const areas = areaListName(names, index);
  if (areas) return { ...areas, index, boundText: values };
  // 省市、县、乡级定点医院报销比例分别…: grades of hospital before one payment share (facility-levels.ts).
  const levels = levelListName(names, index);
  if (levels) return { ...levels, index, boundText: values };
  const paired = pairedLists(names, index);
  if (paired) return { name: paired, scope: null, index, boundText: values };
  const topical = groupsAfterTopic(names, index);
  if (topical) return { ...topical, index, boundText: values };
  // 高血压、糖尿病患者规范管理率: the items share everything from the role word (患者) on.
  const role = /(?:患者|病人|人群|对象)[\u4e00-\u9fff]*(?:率|比例|占比)$/.exec(last);
  const head =
    (role && role.index >= 2 ? role[0] : null) ??
    /(?:死亡率|发病率|患病率|[\u4e00-\u9fff]{2}率|比例|占比)$/.exec(last)?.[0] ??
    '';
  let name = names[index]!;
  if (head && !/[率比例数]$/.test(name)) name += head;
  if (index > 0) name = withSharedLead(names[0]!, name);
  return { name, scope: null, index, boundText: values };
}

// The role word a list's items share with the last one's name (高血压患者、糖尿病患者规范管理率).
const SHARED_ROLE = /(?:患者|病人|人群|对象)(?=[\u4e00-\u9fff]*(?:率|比例|占比)$)/;

/** A list's joint name, its items' repeated role word said once; null unless it ends in a rate. */
function jointName(phrase: string, last: string): string | null {
  const role = SHARED_ROLE.exec(last)?.[0];
  let joint = trimPhrase(joinSchoolLevels(phrase.replace(FROM_TAIL, '')));
  if (!/(?:率|比例|占比)$/.test(joint)) return null;
  if (role) joint = joint.replaceAll(new RegExp(`${role}(?=[、和及与])`, 'g'), '');
  return joint;
}

// 出生缺陷导致的婴儿死亡率、5岁以下儿童死亡率分别…: a cause opening the first item of a list is
// every item's; 5岁以下儿童贫血率和生长迟缓率分别…: so are the people of an age the first item opens
// with, for a later item that names no people of its own.
const CAUSE_OPENING = /^[\u4e00-\u9fff]{2,12}?(?:导致|引起|所致)的(?=[\u4e00-\u9fff\d]{3})/;
const AGED_PEOPLE_OPENING =
  /^\d{1,3}周?岁(?:及以上|及以下|以上|以下)?(?:儿童|婴幼儿|青少年|学生|老年人|妇女|人群|居民)(?=[\u4e00-\u9fff]{2,}(?:率|比例)$)/;
const NAMES_PEOPLE =
  /婴|儿童|新生儿|孕|产妇|妇女|老年|老人|青少年|学生|人群|居民|患者|病人|对象|导致|引起|所致/;

/** A later item of a list with the lead it shares with the first (`出生缺陷导致的`, `5岁以下儿童`). */
function withSharedLead(first: string, item: string): string {
  const lead = CAUSE_OPENING.exec(first)?.[0] ?? AGED_PEOPLE_OPENING.exec(first)?.[0];
  if (!lead || item.startsWith(lead)) return item;
  if (lead === CAUSE_OPENING.exec(first)?.[0])
    return /导致|引起|所致/.test(item) ? item : lead + item;
  return NAMES_PEOPLE.test(item) ? item : lead + item;
}

/**
 * 高血压、糖尿病患者血压、血糖控制率分别…: a list of groups and a list of what is measured of
 * them, as long as each other, pair in order; the k-th value is the k-th group's k-th measure.
 */
function pairedLists(names: readonly string[], index: number): string | null {
  const joined = names.join('、');
  const m = /^(.+?)(患者|病人)(.+)$/.exec(joined);
  if (!m) return null;
  const groups = m[1]!.split('、');
  const measures = m[3]!.split('、');
  const n = groups.length;
  if (n < 2 || measures.length !== n || index >= n) return null;
  const last = measures[n - 1]!;
  const width = measures[0]!.length;
  const head = last.slice(width);
  const short = (w: string) => w.length >= 1 && w.length <= 6 && !/率|比例/.test(w);
  if (!/(?:率|比例)$/.test(head) || head.length < 2) return null;
  if (!groups.every(short) || !measures.slice(0, -1).every(short)) return null;
  const measure = index === n - 1 ? last : measures[index]! + head;
  return `${groups[index]!}${m[2]!}${measure}`;
}

const TIMELINESS = /^及时率$/;

const ONE_CHAR_SCOPE: Record<string, string> = { 城: '城市', 乡: '农村', 男: '男性', 女: '女性' };

/**
 * A bare rate word (治疗率, 覆盖率) takes the qualifier the sentence gave just before it: the
 * previous target's (妇女病普查率≥90%,治疗率≥95% → 妇女病治疗率) or a programme's named in the
 * clause before (先天性心脏病筛查项目,筛查率达90% → 先天性心脏病筛查率).
 */
export function qualifiedRate(
  name: string,
  samePrev: Previous | null,
  t: string,
  sStart: number,
  cStart: number,
): string {
  if (samePrev) {
    const prev = samePrev.target.indicator;
    if (!(prev.length > 4 && GENERIC_RATE.test(prev.slice(-3)) && prev.slice(-3) !== name))
      return name;
    // 乙肝疫苗接种率…、及时率: timeliness is how promptly the act before was done, so it keeps the
    // act (乙肝疫苗接种及时率, 节育措施落实及时率); another act's rate replaces it (妇女病治疗率).
    return TIMELINESS.test(name) ? prev.slice(0, -1) + name : prev.slice(0, -3) + name;
  }
  if (cStart <= sStart) return name;
  const pStart = clauseStart(t, cStart - 1, sStart);
  const clause = trimPhrase(t.slice(pStart, cStart - 1)).replace(PROGRAMME_VERB, '');
  const programme = /^(.{2,}?)(?:项目|工程)$/.exec(clause);
  if (!programme || /\d/.test(programme[1]!)) return name;
  // 髋关节发育不良筛查干预项目 → 髋关节发育不良 + 干预率: the programme's own actions give way
  // to the one the rate measures.
  const subject = SERVICE_ACTION.test(name.slice(0, 2))
    ? programme[1]!.replace(TRAILING_ACTIONS, '')
    : programme[1]!;
  return subject.length >= 2 ? subject + name : name;
}

/**
 * The subject a bare rate (`干预率`, `区级覆盖率`, `建成率`) takes from the clause before it in its
 * sentence (an act's object, or things just counted) or from a noun heading above its line.
 */
export function bareRateSubject(
  name: string,
  t: string,
  sStart: number,
  cStart: number,
  at: number,
  samePrev: Previous | null,
): string | null {
  if (!mayTakeSubject(name)) return null;
  if (cStart > sStart) {
    const pStart = clauseStart(t, cStart - 1, sStart);
    if (samePrev && samePrev.end > pStart) {
      const between = t.slice(samePrev.end, cStart);
      const { kind, indicator, unit } = samePrev.target;
      // 新建5个医疗集团,区级覆盖率…: only the thing's name may follow the counted figure (not a
      // bracket's part, whose count is of a share).
      return kind === 'count' && /^[^\d,，;；。()（）]*[,，;；]\s*$/.test(between)
        ? rateOfThingsCounted(name, indicator, unit)
        : null;
    }
    const clause = trimPhrase(t.slice(pStart, cStart - 1));
    return rateOfActBefore(name, clause) ?? rateOfWorkBefore(name, clause);
  }
  if (!GENERIC_RATE.test(name) || samePrev) return null;
  // Only a short opening (各市建成率达到) may stand between the line's start and the figure.
  let lineStart = at;
  while (lineStart > 0 && t[lineStart - 1] !== '\n' && at - lineStart <= 16) lineStart--;
  if (at - lineStart > 16 || /[,，;；。:：]/.test(t.slice(lineStart, at))) return null;
  const heading = nounHeadingAbove(name, t, lineStart);
  return heading ? heading + name : null;
}

// Names of work done for people (issue 14, names round 13, `names-13.test.ts`). A plan writes a
// service with its recipients between a preposition and a light verb (`为2万名孕妇提供产前筛查`,
// `对新报告感染者提供治疗转介`); a bureau titles it by who and what they receive, without the
// preposition or the light verb: `孕妇产前筛查人数`, `新报告感染者治疗转介比例`. A name that opens
// with a light verb (`提供安宁疗护服务床位数`) drops it the same way, unless it picks the units by
// their deed (`开展分级诊疗试点的地市比例`).

// The preposition that makes the people after it the recipients, with the words that may stand
// between it and the number (a whole, a part of a group, a floor): 对全省20万名…, 最少对其中200名….
const RECIPIENT_LEAD = /(免费)?(?:为|对|给|向)(?:全[省市县区国]|其中|超过|最少|至少|不少于)?\s*$/;
// How the service is done, said between the recipients and the light verb (患者免费开展…).
const MANNER = /(?:免费|主动|及时|优先|集中)+$/;
const LIGHT_AFTER = /(?:提供|开展|进行|实施|给予|办理)(?:必要的?)?/;
// Counting words of people, cases and households: what a recipient count is counted in.
const RECIPIENT_UNIT = /^(?:人|名|人次|例|户)$/;

/**
 * A count of recipients (`为35万例贫困白内障患者免费开展复明手术`) titled who + service + 人数 (or
 * 例数, 户数): `before` is the text before the number, `after` the text after it; null when the
 * number is not a recipient count.
 */
export function recipientCount(before: string, after: string, unit: string): string | null {
  const lead = RECIPIENT_LEAD.exec(before);
  if (!lead || !RECIPIENT_UNIT.test(unit)) return null;
  const verb = LIGHT_AFTER.exec(after.split(CLAUSE_END)[0]!);
  if (!verb) return servedWithoutVerb(lead, after, unit);
  let who = after.slice(0, verb.index).replace(/^(?:以上|以下|左右)/, '');
  who = who.slice(who.lastIndexOf('的') + 1);
  const manner = MANNER.exec(who)?.[0] ?? '';
  const people = who.slice(0, who.length - manner.length);
  const service = after.slice(verb.index + verb[0].length).split(/[,，。;；:：!！?？\s]/)[0]!;
  const what = service.slice(service.lastIndexOf('的') + 1);
  if (!/^[\u4e00-\u9fff]{2,16}$/.test(people) || !/^[\u4e00-\u9fff]{2,20}$/.test(what)) return null;
  // 免费 is part of the programme's title wherever the plan writes it (孕妇免费产前筛查人数).
  const free = (lead[1] || manner.includes('免费')) && !what.startsWith('免费') ? '免费' : '';
  return `${people}${free}${what}${perUnit(unit)}`;
}

const CLAUSE_END = /[,，。;；:：!！?？\s]/;
const perUnit = (unit: string) =>
  unit === '人' || unit === '名' ? '人数' : unit === '人次' ? '人次' : `${unit}数`;

// Names round 14: a service written right after its recipients, with no light verb
// (`为3000名学龄儿童免费涂氟`, `为500名孕妇产前筛查`): the people end at a word for a group, the
// service is the rest of the clause. Only after 为, the preposition of benefit.
const SERVED_PEOPLE =
  /^(?:以上|以下|左右)?([\u4e00-\u9fff]{0,8}?(?:儿童|学生|孕妇|产妇|妇女|老年人|老人|患者|居民|新生儿|婴幼儿|人群))(免费)?([\u4e00-\u9fff]{2,12})$/;

function servedWithoutVerb(lead: RegExpExecArray, after: string, unit: string): string | null {
  if (!lead[0].includes('为')) return null;
  const served = SERVED_PEOPLE.exec(after.split(CLAUSE_END)[0]!);
  if (!served) return null;
  const free = lead[1] || served[2] ? '免费' : '';
  return `${served[1]}${free}${served[3]}${perUnit(unit)}`;
}

// A rate's name written around its recipients: 对/为 + who + light verb + service + 比例/率. Not
// when a 的 follows the service: then the deed picks the units counted (为员工提供…服务的单位比例).
const RECIPIENT_RATE =
  /^(?:对|为|给|向)([\u4e00-\u9fff]{2,16}?)(?:免费|主动|及时)?(?:提供|开展|进行|给予|实施)(?:必要的?)?([^\P{Script=Han}的]{2,20}(?:比例|率))$/u;
// A light verb opening a name, with no 的 after it that would make it a deed picking units.
const OPENING_LIGHT = /^(?:提供|开展|进行(?!性)|实施)(?=[^的]{4,}$)/;

/** The name without the preposition and light verb around its recipients or opening it. */
export function recipientName(name: string): string {
  const m = RECIPIENT_RATE.exec(name);
  if (m) return `${m[1]}${m[2]}`;
  return name.replace(OPENING_LIGHT, '');
}

// 免费为1000人筛查脑卒中, 为…老年人免费接种流感疫苗: a service written verb first (筛查脑卒中, 接种流感疫苗)
// is titled as bureaus title a screening or a vaccination, what is screened or given first
// (脑卒中筛查人数, 流感疫苗接种人数), with 免费 right before the verb when the plan writes it.
const SERVICE_VERB = '筛查|接种|检查|体检|涂氟';
const VERB_THEN_OBJECT = new RegExp(
  `^([\\u4e00-\\u9fff\\d]*?)(免费)?(${SERVICE_VERB})([\\u4e00-\\u9fffA-Za-z]{2,10}?)(人数|人次)$`,
);
const NO_OBJECT =
  /^(?:服务|工作|项目|人群|人员|对象|和|及|率)|(?:人群|人员|儿童|妇女|老人|老年人|患者|居民|学生|任务|指标|名额|计划)$/;
const OBJECT_THEN_VERB = new RegExp(
  `^([\\u4e00-\\u9fffA-Za-z\\d]{2,}?)(${SERVICE_VERB})(人数|人次)$`,
);

/** A count of people served titled object first (`筛查脑卒中人数` → `脑卒中免费筛查人数`); `clause` is the figure's clause. */
export function servedName(name: string, clause: string): string {
  const free = clause.includes('免费');
  const vo = VERB_THEN_OBJECT.exec(name);
  // 体检独居老人数: the 人 of 人数 may close the people's own word (老人), who are then no object.
  const people = vo !== null && vo[5] === '人数' && NO_OBJECT.test(`${vo[4]}人`);
  if (vo && !people && !NO_OBJECT.test(vo[4]!))
    return `${vo[1]}${vo[4]}${vo[2] || free ? '免费' : ''}${vo[3]}${vo[5]}`;
  if (!free || name.includes('免费')) return name;
  // 为…重点人群免费开展结直肠癌筛查: the 免费 of the service stands before its verb in the title.
  const ov = OBJECT_THEN_VERB.exec(name);
  return ov && /免费(?:开展|进行|提供|实施)/.test(clause) ? `${ov[1]}免费${ov[2]}${ov[3]}` : name;
}

import type { Mention } from './mentions';

// News writes a number of people in 万 or 亿 straight before who they are, with no counting word
// (50万困难群众将得到救助, 1.2亿农村妇女): the figure counts those people, in 人. Only before a word
// for people, so that 万 before anything else (300万元, 5万平方米, 万人) is left to the unit pattern;
// a counting word after the 万 (万名, 万人, 万例, 万余名) makes it that pattern's mention already. The scan
// opens at 万/亿 and looks back for the digits, so pages pay one test per 万.
const PEOPLE_IN_WAN =
  /[万亿](?<=(?<![\d.])(\d+(?:\.\d+)?)[万亿])(?![余多]?[名人个户例次位对])(?=(?:(?![元平亩台件张床])[\u4e00-\u9fff]{1,6}的)?(?:\d+(?:[-—~～至]\d+)?岁(?:及?以上|及?以下)?)?[\u4e00-\u9fff]{0,4}?(?:患者|病人|儿童|妇女|老人|老年人|学生|居民|群众|农民|职工|孕产妇|新生儿|婴幼儿|人群|(家庭|农户))(?![\u4e00-\u9fff]{0,4}?(?:率|比例|比重)))/g;
// The form counts people something is to be done for only where the clause says so: the people
// will receive it (…将得到救治, 将纳入管理) or are what the work is done for (为/对/向 before the
// number). Elsewhere it tells how many there are (1.2亿脂肪肝患者, 有2亿老年人): a statistic. The
// whole the people belong to may stand between (为全市380万农民免费体检, 对全县…).
const DONE_FOR =
  /(?:为|对|向|帮助|救助|资助)\s*(?:全[国省市县区镇乡]|[我本][省市县区])?\s*(?:约|近)?\s*$/;
const TO_COME = /^[^,，。;；:：!！?？\n]{0,16}?将/;
// 用于完成46万7岁以下儿童免费视力筛查: a service the work is to carry out counts the people it is
// done for, 完成 before the number and the service (筛查, 体检, 接种, …) right after the people; 已完成
// tells what was done.
const WORK_FOR = /(?<!已经?)完成\s*(?:约|近)?\s*$/;
const SERVICE_AFTER =
  /^(?:\d+(?:[-—~～至]\d+)?岁(?:及?以上|及?以下)?)?[\u4e00-\u9fff]{0,10}?(?:儿童|妇女|老人|老年人|学生|居民|群众|农民|孕产妇|新生儿|婴幼儿|人群)[\u4e00-\u9fff]{0,6}?(?:筛查|体检|检查|接种|随访|健康管理)/;
// 10万家庭受惠: the households are those a scheme is to reach, counted in 户 as plans count them
// (户 after the 万 is the unit pattern's already). They benefit straight after the word (受惠,
// 受益): the count of those the scheme reaches.
const BENEFIT = /^(?:家庭|农户)(?:受惠|受益|获益)/;

// The people may also come first, their number held under a ceiling (感染者数量控制在16万以内,
// 患者数量压缩在5万以下): the figure after 在 counts them, with no counting word either. Only after
// 数量/规模: 人数 and 数 name a count of people the name readers know already, and 左右 after the 万 is
// the approximation's own pattern. Asked only at
// a 万 followed by a bound, then looked back for the people and the verb before 在. Not 人口: a
// total population held under a ceiling is a demographic plan's figure, which the sets do not score.
const BOUND_AFTER = /^(?:以内|以下)/;
const PEOPLE_HELD =
  /(?:患者|病人|感染者|病例|儿童|妇女|老人|居民|人群)(?:的)?(?:总)?(?:数量|规模)[\u4e00-\u9fff]{0,3}在\s*(?:约)?$/;

/** Counts of people written `N万` + a word for the people, in `text` (normalised). */
export function peopleByWan(text: string): Mention[] {
  const out: Mention[] = [];
  PEOPLE_IN_WAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  heldPeople(text, out);
  while ((m = PEOPLE_IN_WAN.exec(text)) !== null) {
    const scale = m[0] === '亿' ? 1e8 : 1e4;
    const end = m.index + 1;
    const start = end - 1 - m[1]!.length;
    if (
      !TO_COME.test(text.slice(end, end + 24)) &&
      !(m[2] !== undefined && BENEFIT.test(text.slice(end, end + 6))) &&
      !DONE_FOR.test(text.slice(Math.max(0, start - 6), start)) &&
      !(
        WORK_FOR.test(text.slice(Math.max(0, start - 6), start)) &&
        SERVICE_AFTER.test(text.slice(end, end + 30))
      )
    )
      continue;
    out.push({
      start,
      end,
      value: Math.round(Number(m[1]) * scale),
      valueMax: null,
      unit: m[2] !== undefined ? '户' : '人',
      kind: 'count',
      source: 'arabic',
    });
  }
  return out;
}

/** Counts of people held under a bound after 在 (`…患者数量控制在16万以内`), pushed to `out`. */
function heldPeople(text: string, out: Mention[]): void {
  for (let at = text.indexOf('万'); at >= 0; at = text.indexOf('万', at + 1)) {
    if (!BOUND_AFTER.test(text.slice(at + 1, at + 3))) continue;
    const digits = /(?<![\d.])\d+(?:\.\d+)?$/.exec(text.slice(Math.max(0, at - 12), at));
    if (!digits) continue;
    const start = at - digits[0].length;
    if (!PEOPLE_HELD.test(text.slice(Math.max(0, start - 20), start))) continue;
    out.push({
      start,
      end: at + 1,
      value: Math.round(Number(digits[0]) * 1e4),
      valueMax: null,
      unit: '人',
      kind: 'count',
      source: 'arabic',
    });
  }
}

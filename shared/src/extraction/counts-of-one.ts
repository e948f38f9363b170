import type { Mention } from './mentions';

// 每省至少有一个P3实验室, 在地级市分别建立一所产前诊断分中心: 一 is most often an article (建设一支
// 队伍, 形成一个体系, 一批骨干), so the scan of numbers leaves it out. It is a count where the words
// before it give one to each unit (每/各/分别/均 … a verb of building or having) or set a floor
// (至少), and what it counts is a facility each unit can have one of (中心, 实验室, 医院 …).
// (A modifier 以…为主的 may stand before the facility, with a comma a copy put inside it.)
const ONE =
  /一([个所家座间])(?=(?:以[^。;；:：\n\d]{1,30}?为(?:主|主体|核心|重点|依托)的)?[^,，。;；:：\n]{0,16}?(?:中心|院|室|机构|站|基地|门诊|病房|病区|热线|平台|据点|據點|服务点|设施))/g;
// 每县至少建有一个照护中心、一个养老服务中心: a later item of the list goes on with the first's count.
const NEXT_ITEM = /^[^。;；:：\n\d]{2,48}[,，、]\s*$/;
const GIVEN_EACH =
  /(?:(?:每|各|分别|均)[^,，。;；:：\n]{0,12}?(?:建立|建成|建设|设立|设置|新建|改扩建|配备|配置|有|开设|开通|确定|指定)|至少(?:有|建成|建设|建立|设立|设置|配备|配置|开通)?)$/;

/** Counts of one written 一个/一所 that the words around them make a count (`source` chinese). */
export function countsOfOne(text: string): Mention[] {
  const out: Mention[] = [];
  ONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ONE.exec(text)) !== null) {
    const last = out.at(-1);
    if (
      !GIVEN_EACH.test(text.slice(Math.max(0, m.index - 24), m.index)) &&
      !(last && m.index - last.end <= 48 && NEXT_ITEM.test(text.slice(last.end, m.index)))
    )
      continue;
    const end = m.index + 2;
    out.push({
      start: m.index,
      end,
      value: 1,
      valueMax: null,
      unit: m[1]!,
      kind: 'count',
      source: 'chinese',
    });
  }
  return out;
}

// 每天校内体育活动时间不少于一小时: a floor of one hour spelled 一 is a time standard (一 after a
// floor word is no article). Only after the floor words, and only hours: 一天, 一年 are spans.
// (The 一 opens the pattern and the floor is looked back for from it, so only each 一 is tried.)
const HOUR_OF_ONE = /一(?<=(?:不少于|不低于|不短于|至少|保证)\s*一)(?:个)?小时/g;

/** Whether `text` writes 一小时 or 一个小时: one search for 小时 (一 is too common to search for). */
function hoursOfOneWritten(text: string): boolean {
  for (let at = text.indexOf('小时'); at >= 0; at = text.indexOf('小时', at + 2)) {
    if (text[at - 1] === '一' || (text[at - 1] === '个' && text[at - 2] === '一')) return true;
  }
  return false;
}

/** A floor of one hour written 一小时 (`source` chinese, an amount in 小时). */
export function hoursOfOne(text: string): Mention[] {
  if (!hoursOfOneWritten(text)) return [];
  const out: Mention[] = [];
  HOUR_OF_ONE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HOUR_OF_ONE.exec(text)) !== null)
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: 1,
      valueMax: null,
      unit: '小时',
      kind: 'amount',
      source: 'chinese',
    });
  return out;
}

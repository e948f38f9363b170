// A quota set as a share of a base (机关等单位按在职职工总数的10%下达任务, 各村按总人口的3‰分配指标):
// an exact allocation, no floor (`=`), binding the units named before 按 (the scope), and titled as
// the task's share of the base (无偿献血任务占在职职工比例), the task's topic taken from the plan's
// title (hold-out set AU).
const BASE_BEFORE = /按(?:照)?([\u4e00-\u9fff]{2,12}?)的?\s*$/;
const TASK_AFTER =
  /^\s*(?:的比例)?\s*(?:下达|分配|分解|核定|落实|安排)[\u4e00-\u9fff]{0,4}?(任务|指标|名额)/;
// A list item's number and the words that only open a clause.
const ITEM_MARK =
  /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])\s*/;

/** 乡镇2017年度无偿献血工作方案 → 无偿献血; null when the title leaves no short topic. */
function titleTopic(title: string | null): string | null {
  if (!title) return null;
  const topic = title
    .replace(/^.*?(?:19|20)\d{2}\s*年度?/, '')
    .replace(/^关于(?:做好|开展|印发|加强)?/, '')
    .replace(/(?:的)?(?:工作)?(?:实施)?(?:方案|计划|要点|通知|意见|安排)$/, '')
    .replace(/工作$/, '');
  return /^[\u4e00-\u9fff]{2,8}$/.test(topic) ? topic : null;
}

/** The name, scope and exact comparator of a share that allocates a task, or null. */
export function allocatedShare(
  clauseBefore: string,
  after: string,
  title: string | null,
): { name: string; scope: string | null } | null {
  // The short text after the figure is tested first: most shares allocate nothing.
  const task = TASK_AFTER.exec(after);
  const base = task ? BASE_BEFORE.exec(clauseBefore) : null;
  if (!base || !task) return null;
  const units = clauseBefore.slice(0, base.index).replace(ITEM_MARK, '').trim();
  const word = task[1] === '名额' ? '名额' : '任务';
  const whole = base[1]!.replace(/(?:总数|总量|总额)$/, '');
  return {
    name: `${titleTopic(title) ?? ''}${word}占${whole}比例`,
    scope: /^[\u4e00-\u9fff(（)）、]{2,20}$/.test(units) ? units : null,
  };
}

// 西滨镇2025年度无偿献血工作任务为133单位: a task stated with 为 is a quota to meet (a floor, as the
// quota tables' counts are), titled 任务量 (任务人数 in people) after the task's topic.
const TASK_STATED = /([\u4e00-\u9fff]{2,20}?)(?:工作)?任务(?:数|量)?\s*(?:为|是|:|：)\s*$/;

/** The name of a count a task states with 为 (`无偿献血任务量`), or null. */
export function statedTask(before: string, unit: string): string | null {
  const tail = before.slice(-30);
  const m = TASK_STATED.exec(tail);
  if (!m) return null;
  // 2020年全县…: the 年 of a year written in digits (outside the match) is no part of the topic.
  const dated = /\d\s*$/.test(tail.slice(0, m.index));
  const topic = m[1]!
    .replace(dated ? /^年度?/ : /^$/, '')
    .replace(/^.*?(?:19|20)\d{2}\s*年度?/, '')
    .replace(/^(?:全年|年度|今年)/, '')
    .replace(/^[全我本][省市县区镇乡村]/, '')
    .replace(/目标$/, '');
  if (topic.length < 2) return null;
  const people = /^[人名例]$/.test(unit);
  // 筛查目标任务为1350人: a task of an act done to people counts the people it reaches (筛查人数),
  // as a task written 筛查任务420人 is titled; 献血 is the donors' own deed, its task stays.
  if (people && reachedPeople(topic)) return `${topic}人数`;
  return `${topic}任务${people ? '人数' : '量'}`;
}

// Acts a bureau does to people, whose tasks are told as the people reached.
const ACT_ON_PEOPLE = /(?:筛查|检查|体检|随访|接种|培训|救治|干预)$/;

function reachedPeople(topic: string): boolean {
  return ACT_ON_PEOPLE.test(topic);
}

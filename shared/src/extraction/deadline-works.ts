// 四个诊所会在2026年前竣工, 六所将在2030年前完成重建, 另有八个预计于2028年落成: units a sentence says
// will be finished (built, rebuilt, opened) by a year to come are so many to finish by then, a count
// to reach, though no verb of making stands before the figure (the verb of finishing follows it,
// after the deadline). The future word (会, 将, 预计…) before the year is needed: 已于2020年建成 tells
// works done, and a bare 2020年建成 a date in a record.
const DONE_BY_DEADLINE =
  /^[^,，。;；!?！？]{0,14}?(?:会|将|预计|可望|计划|拟)\s*(?:在|于)?\s*((?:19|20)\d{2})\s*年(?:底|年底|年内)?(?:前|之前|以前)?\s*(?:全部|陆续|逐步)?(?:完成|竣工|落成|建成|完工|投入使用|投入运作|投入服务|投用|启用|开业)/;

/** Whether the words after a count say its units will be finished by a year ahead (`会在2026年前竣工`). */
export function isDoneByDeadline(tail: string): boolean {
  // Gate: the year's 年 must stand in the tail.
  return tail.includes('年') && DONE_BY_DEADLINE.test(tail);
}

/** The year by which a count's units are to be finished, from the words after it (`会在2030年前落成`). */
export function deadlineYear(after: string): number | null {
  if (!after.includes('年')) return null;
  const m = DONE_BY_DEADLINE.exec(after);
  return m ? Number(m[1]) : null;
}

// `分两个阶段进行`, `分为三批实施`, `划分成4步推进`: work divided into stages, batches or steps tells
// how it is organised; the number of parts is nothing to reach. Not 部分, 得分, 积分, 满分 (a part,
// a score).
const DIVIDED = /(?<![部得积满百学评总])分[为成]?\s*$/;
// After 个 the parts are named; counted by their own word (三批, 两期) they need no noun after.
const PARTS_AFTER = /^\s*(?:阶段|步骤|步|批次|批|期|轮|部分|层次|环节)/;
const PART_UNIT = /^(?:批|步|期|轮|阶段)$/;

/** Whether a count is the number of parts a piece of work is divided into (`分两个阶段`). */
export function isWorkDivision(clauseBefore: string, unit: string, after: string): boolean {
  const last = clauseBefore.trimEnd();
  const end = last[last.length - 1];
  if (end !== '分' && end !== '为' && end !== '成') return false;
  if (!DIVIDED.test(last)) return false;
  return PART_UNIT.test(unit) || (unit === '个' && PARTS_AFTER.test(after));
}

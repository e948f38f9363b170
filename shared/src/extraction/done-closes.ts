// A paragraph of figures may close by saying they were all met (…筛查6181人,…服务4598人。均超额完成
// 下达任务数。): the sentence that closes it reports each figure before it as done, so none of them is
// an aim, whatever words of this year (今年新增…) they carry. Only a closing sentence whose subject
// is the figures told before (均, 全部, 都, 以上) and whose verb is 完成 of a task, target or plan.
const DONE_CLOSE =
  /^\s*(?:以上[\u4e00-\u9fff]{0,8}?)?(?:均|全部|都)(?:已经?)?(?:超额|提前|如期|圆满)?(?:完成|实现)(?:了)?[\u4e00-\u9fff]{0,8}?(?:任务|目标|计划)/;

/**
 * Whether the paragraph of `t` holding the figure that ends at `end` closes, after the figure's
 * own sentence (ending at `sEnd`), with a sentence saying every figure was met.
 */
export function closedAsDone(t: string, sEnd: number): boolean {
  const nl = t.indexOf('\n', sEnd);
  const stop = Math.min(nl < 0 ? t.length : nl, sEnd + 400);
  const rest = t.slice(sEnd, stop);
  if (!rest.includes('完成') && !rest.includes('实现')) return false;
  for (const s of rest.split(/[。！!]/)) {
    const body = s.replace(/^[;；,，\s]+/, '');
    if (DONE_CLOSE.test(body)) return true;
  }
  return false;
}

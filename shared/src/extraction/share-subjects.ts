// 中药工业总产值达到500亿元、占医药工业总产值30%以上: a share whose clause opens with 占 has no subject
// of its own; it is the share of the figure just set in the sentence. The chart is titled with
// both (中药工业总产值占医药工业总产值比重), as plans title 个人卫生支出占卫生总费用比重.
const OWNERLESS_SHARE = /^占([\u4e00-\u9fff()（）]{2,20}?)(比重|比例|的比重|的比例)?$/;

/** `占医药工业总产值` after `中药工业总产值` → `中药工业总产值占医药工业总产值比重`; else null. */
export function shareOfPrevious(name: string, previous: string): string | null {
  const m = OWNERLESS_SHARE.exec(name);
  if (!m || previous.length < 2 || previous.includes('占')) return null;
  const whole = m[1]!;
  const measure = (m[2] ?? '比重').replace(/^的/, '');
  return `${previous.replace(/(?:总?数|数量)$/, '')}占${whole}${measure}`;
}

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

// 养老床位达到17.8万张,其中护理型床位不低于60%: a share in a 其中 clause that names only a kind of the
// things just counted is that kind's share of them (护理型床位占比).
const MEASURE_WORD = /率|比|占|指数|水平|覆盖|系数/;

/** `护理型床位` in a 其中 clause after `养老床位数` → `护理型床位占比`; else null. */
export function kindShare(name: string, clauseBefore: string, previous: string): string | null {
  if (!/^\s*其中/.test(clauseBefore) || name.length < 3 || MEASURE_WORD.test(name)) return null;
  const thing = name.slice(-2);
  return previous.replace(/(?:总?数|数量)$/, '').endsWith(thing) ? `${name}占比` : null;
}

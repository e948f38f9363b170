// An institution's plan that names no place (a disease-control centre's, a hospital department's)
// may speak of where it serves as 本地区: 结合…及本地区公共卫生风险评估结果, 本地区作为交通枢纽城市.
// That is the page's own word for its ground, as 区域 is in 结合区域实际, and no nation of the
// national laws it cites. A directive that tells others to fit their work to 本地区 (各地要结合本地区
// 实际, 请…制定本地区…) is not the page's own.

const OWN_DISTRICT =
  /(?:结合|立足|针对)[^。；;,，\n]{0,24}?本地区|本地区(?:作为|是|地处|位于|属于)/g;
const OTHERS_BEFORE = /(?:各|地方|也|均|都|请)[^。！？\n]{0,12}$/;

/** `本地区` when the head takes it as the page's own ground, else null. */
export function ownDistrict(head: string): string | null {
  if (!head.includes('本地区')) return null;
  for (const m of head.matchAll(OWN_DISTRICT))
    if (!OTHERS_BEFORE.test(head.slice(Math.max(0, m.index - 12), m.index))) return '本地区';
  return null;
}

// A siting norm sets how many units a given number of people should have (每100万至200万人设置1至2个
// 综合医院, 每3万人口设1个社区卫生服务中心): a rule for drawing the map, which a plan applies
// wherever it builds, not an amount to reach by a year (as 原则上…设置1个 norms are no target).
// A density to reach names its base as a measure (每千人口床位数达到6张) and is left alone: only a
// population base right before a verb of siting is read, not one an aim word leads (达到每10万人
// 配置300台: equipment to reach). Gated by 每 in the words before.
const SITING =
  /(?<!达到?|不少于|不低于|实现)每\s*[\d.一二两三四五六七八九十百千]+\s*[万千]?\s*(?:(?:至|到|-|—|~)\s*[\d.一二两三四五六七八九十百千]+\s*[万千]?)?\s*(?:常住)?人口?\s*(?:原则上|应|须|需|可|要|左右)?\s*(?:设置|设立|设|布局|布设)\s*$/;

/** Whether a count follows a per-population siting rule (`每3万人口设置`). */
export function isSitingNorm(before: string): boolean {
  return before.includes('每') && SITING.test(before);
}

// 某镇常住人口达8.3万人, 全县户籍人口为45万人, 辖区服务人口约6万: how many people live in a place (or a
// centre serves), told with a bare 达, 为, 有 or 约 right after 人口, is the place as it stands — the
// ground a story or a plan's background gives before what it builds. A plan aims at a population with
// 达到, 控制在, 突破 or a year ahead, which the verb or the sentence shows (the caller asks the sentence).
const POPULATION_TOLD = /人口(?:总数|总量|数)?\s*(?:达|为|有|是|约|近|逾)\s*(?:约|近)?\s*$/;

/** Whether `before` (the clause up to a count of people) ends in a population told with a bare verb of being. */
export function isPlacePopulation(before: string, unit: string): boolean {
  return unit.endsWith('人') && before.includes('人口') && POPULATION_TOLD.test(before);
}

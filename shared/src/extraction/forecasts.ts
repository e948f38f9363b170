// A plan's background forecasts its population (预计到2025年,全市60岁以上老年人口将突破200万人):
// how many people there will be is what the plan answers to, not a level it aims at. A forecast
// of what a programme reaches (预计覆盖人口数达到3.2亿) is an aim; only the population itself is
// left out — a count of people whose name ends in 人口, not one of people served, covered or
// insured.
export const FORECAST_WORD = /预计|预测/;
const POPULATION_BEFORE =
  /(?<!覆盖|服务|签约|管理|参保|参合|受益|惠及|筛查|救助|帮扶)人口(?:总数|总量|数量?|规模)?\s*(?:将|会|或将|将会)?\s*(?:突破|超过|达到|达|增至|增加到|升至|增长到|增长至)?\s*$/;

/**
 * Whether the count at the end of `clauseBefore` (the clause up to the number) is a population
 * forecast in a sentence whose opening `sentenceBefore` says 预计.
 */
export function isPopulationForecast(sentenceBefore: string, clauseBefore: string): boolean {
  return FORECAST_WORD.test(sentenceBefore) && POPULATION_BEFORE.test(clauseBefore);
}

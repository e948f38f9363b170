import { ENSURE } from './aim-words';
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

// Births and natural growth are what a population does, not what a plan sets: told in a sentence
// that says 预计 or 预测 (平均每天出生3000人左右, 年均自然增长在50万人左右, 自然增长率在6‰左右) they are
// the forecast a plan answers to. A bound on them (控制在…以内) is a plan's own level and is kept.
const VITAL_BEFORE = /(?:出生|自然增长率?|净增|增人)\s*(?:在|约|达到|达|为|将达到?)?\s*约?\s*$/;

/**
 * Whether the count of people or rate at the end of `clauseBefore` is a forecast of births or
 * natural growth in a sentence whose opening `sentenceBefore` says 预计 or 预测.
 */
export function isVitalForecast(sentenceBefore: string, clauseBefore: string): boolean {
  return FORECAST_WORD.test(sentenceBefore) && VITAL_BEFORE.test(clauseBefore);
}

// 今年将有7万名婴儿降生: how many will be born, told with 将有 (there will be), is what the
// population will do, a forecast whether or not the sentence says 预计; a plan bounds its births
// with 控制在, not with 将有.
const WILL_BE = /(?:将|会|将会|预计)有\s*约?\s*$/;
const BORN_AFTER = /^[^,，。；;]{0,10}?(?:出生|降生)/;

/** Whether the count of people ending `clauseBefore` is births foretold (`将有…出生` after it). */
export function isBirthsForetold(clauseBefore: string, after: string): boolean {
  return WILL_BE.test(clauseBefore) && BORN_AFTER.test(after);
}

// An age group's size opening its clause (65岁以上长者超过58.6万人, 60岁及以上老年人口将突破4亿,
// 60岁以上老龄人口将达到80万: 老龄人口 is the same people)
// tells how many there are or will be, present or forecast: no bureau sets it. The words before
// the age must not be a service (为65岁以上老人体检, 管理65岁以上老年人…): those count people served.
const AGE_GROUP_SIZE =
  /^([^,，。；;]{0,8}?)\d{1,3}周?岁(?:及|或)?以上的?(?:老年人口|老龄人口|老年人|老人|长者|人口|居民)(?:数|总数|数量)?\s*(?:已|将|会|或将|已经)?\s*(?:超过|突破|达到|达|约|有|为|增至)?\s*约?\s*$/;
const SERVICE = /管理|服务|签约|体检|检查|筛查|接种|覆盖|救助|参保|关爱|为|对|给|向/;
// The share of the whole population such a group makes (占全市人口24%, 占比将超过30%,
// 占全省人口总数的18%).
const POPULATION_SHARE =
  /^其?[^,，。；;]{0,4}?占(?:全[国省市县区]|总)?(?:人口)?(?:总数|总量)?的?(?:比重|比例|比)?\s*(?:已|将|会|或将)?\s*(?:超过|突破|达到|达|约|为)?\s*约?\s*$/;
const AGE_GROUP = /\d{1,3}周?岁(?:及|或)?以上的?(?:老年人口|老年人|老人|长者)|老年人口/;
// An aim word in the sentence keeps the figure (力争…, 目标…).
const AIM_WORD = new RegExp(String.raw`目标|力争|${ENSURE}|争取|要求|任务`);

/**
 * Whether a count of people (`unit` 人, or none after a bare 万/亿) or a percentage is a
 * population's size or share as it stands or is forecast, given the sentence and the clause up to
 * the number.
 */
export function isPopulationFigure(
  sentenceBefore: string,
  clauseBefore: string,
  unit: string,
): boolean {
  if (AIM_WORD.test(sentenceBefore)) return false;
  if (unit === '%') {
    const lead = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
    return POPULATION_SHARE.test(clauseBefore) && AGE_GROUP.test(lead);
  }
  const size = AGE_GROUP_SIZE.exec(clauseBefore);
  return size !== null && !SERVICE.test(size[1]!);
}

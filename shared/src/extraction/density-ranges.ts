// 城乡每万名居民拥有2—3名合格的全科医生, 每千人口床位数达到4-5张: a range for a density of staff or
// beds over the population, reached with 拥有 or an aim word, is a floor with its upper end (SCHEMA:
// a range takes >= for an up measure), not a band to stay inside; a ceiling word still caps it.
const DENSITY_REACHED =
  /每[十百千万]+名?(?:常住)?(?:人口|居民|人)[^,，;；。]{0,16}?(?:拥有|有|达到|达|提高到|增加到|增至)\s*$/;

/** Whether a count's range is a density the clause says is to be had or reached. */
export function densityRangeReached(before: string): boolean {
  return DENSITY_REACHED.test(before);
}

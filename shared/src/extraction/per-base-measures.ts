// 力争达到常住人口每千人50平方米, 提高到人均2.5平方米: an area (or another measure) per head of the
// people served is aimed at by the verb before the base as much as by one touching the number;
// the base (每千人, 人均) says what the measure is per, not where the aim ends.
const BASE_TAIL =
  /(?:(?:常住|户籍|服务)?人口)?(?:每\s*(?:一?百|一?千|一?万|100|1000|10000)\s*(?:常住|户籍|服务)?(?:人口|人|户|居民)|人均)\s*$/;

/** `before` without the per-head base that ends it (`…达到常住人口每千人` → `…达到`). */
export function withoutMeasureBase(before: string): string {
  const m = BASE_TAIL.exec(before);
  return m ? before.slice(0, m.index) : before;
}

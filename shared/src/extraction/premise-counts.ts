// Counts that a clause names only as the ground of something else, not as a number to reach.

// 增设105个新站点后,服务半径缩小到…: a count whose clause closes with 后 (之后, 以后) right after the
// counted noun is a time clause — once so many are done, the aim after it follows. The number is
// the plan told again as the premise of the next aim, not an aim of its own.
const THEN_CLAUSE = /^[\u4e00-\u9fff]{0,8}?(?:之后|以后|后)\s*$/;

/** Whether the count's clause after it (`tail`, to the clause's end) closes as a time clause with 后. */
export function isPremiseCount(tail: string): boolean {
  return tail.includes('后') && THEN_CLAUSE.test(tail);
}

// 136个街道都将至少配备一辆急救车: so many units, each (都, 均) to have at least (至少, 最少) some
// number of something. The aim is the floor each unit is held to; the count only tells how many
// units that floor is for, the whole the rule covers.
const EACH_AT_LEAST = /^[\u4e00-\u9fff]{1,6}?(?:都|均)(?:将|要|应|能|可)?(?:至少|最少)/;

/** Whether the count is the number of units that each are held to a floor named after them. */
export function isEachUnitsWhole(tail: string): boolean {
  return (tail.includes('至少') || tail.includes('最少')) && EACH_AT_LEAST.test(tail);
}

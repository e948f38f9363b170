// 居民合格碘盐食用率大于90%、尿碘中位数在100微克/升以上的地区,碘盐浓度可选择…: a rate's bound
// inside a clause that ends by naming the places it picks out (…的地区, …的县) says which places a
// rule is for; it sets no aim. A share of places (力争90%以上的乡镇达到…) has no rate and bound
// before its figure, and a clause that goes on after the places (…的县达到…) is an aim about them.
const RATE_BOUND_BEFORE =
  /率(?:要|应)?(?:大于|高于|低于|小于|超过|不足|不低于|不高于|达到|达|在)\s*$/;
const PICKED_PLACES =
  /^[^,，;；。:：!?！？\n]{0,40}?的(?:地区|地方|区域|县|县区|省份|城市|乡镇)(?=[,，;；。]|$)/;

/** Whether a rate's bound (`before` the figure) ends a clause naming the places it picks out (`after`). */
export function picksPlaces(before: string, after: string): boolean {
  return RATE_BOUND_BEFORE.test(before) && PICKED_PLACES.test(after);
}

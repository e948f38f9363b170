// 社区养老服务设施不低于每千人40平方米,有条件的区力争达到每千人50平方米: a clause whose subject is only
// the places able to go further (有条件的区, 条件成熟的地区, 基础较好的县) carries on the measure just set,
// with those places as its scope; the places are no name of their own.
const ABLE_PLACES =
  /^\s*((?:有条件|条件(?:成熟|具备|较好|允许)|基础较好|经济(?:较)?发达)的(?:地区|地方|区|县|县区|县\(市、区\)|市|城市|乡镇|街道|社区|单位|医院|机构))(?:要|可|应)?(?:力争|争取|努力)?/;

/** The able places that open a clause (`有条件的区力争达到…` → `有条件的区`), else null. */
export function ablePlaces(clause: string): string | null {
  return ABLE_PLACES.exec(clause)?.[1] ?? null;
}

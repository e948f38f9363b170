// 乡镇…覆盖率将达到95%,郊区乡镇将达到80%: a clause whose subject is only a part of the
// ground (中心城区, 郊区, 农村) and units the rate just set already names (乡镇) measures that rate
// for that part. The units must stand in the rate's name, so a clause of other units (郊区医院)
// names a measure of its own.
const PART_THEN_UNITS =
  /^((?:中心|主|老|新)?城区|(?:远|近)?郊区?|农村(?:地区)?|城市|城镇|山区|牧区|边远地区)([\u4e00-\u9fff]{2,4})$/;

/** The rate carried on for a part of the ground (`郊区乡镇` after `…乡镇…覆盖率`), or null. */
export function partOfGround(
  name: string,
  previousRate: string | null,
): { name: string; scope: string } | null {
  // A name that is itself a measure (农村改厕率) is no part of the ground.
  if (!previousRate || !/(?:率|比例|比重)$/.test(previousRate) || /[率例重数]$/.test(name))
    return null;
  const m = PART_THEN_UNITS.exec(name);
  if (!m || !previousRate.includes(m[2]!)) return null;
  return { name: previousRate, scope: m[1]! };
}

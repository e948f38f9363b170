// Shares a plan writes with the people first and the measure around them: `健康教育覆盖80%以上的
// 居民` (a coverage: the measure before 覆盖, the people after), `为70%以上符合条件的患者提供随访
// 服务` (a share of people served: who, then the service). The number stands between the two
// halves of the name, so the name is built from both.

// What stands before 覆盖 and its area (当地, 全省): the measure that covers.
const COVER = /^([\u4e00-\u9fff]{2,16}?)覆盖(?:当地|本地|全省|全市|全县|全区|辖区|城乡)?$/;
// 为/向/对 + N% + who + a verb of serving + the service.
const SERVED =
  /^([\u4e00-\u9fff]{2,16}?)(?:提供|开展|给予|实施)([\u4e00-\u9fff]{2,16}?)(?:服务|工作)?(?=$|[,，;；。、])/;

/**
 * A coverage written `X覆盖N%以上的Y`: named `X覆盖率` with Y as its scope, or null. `nameBefore`
 * is the text from the clause start to the bound word, `tail` what follows the number.
 */
export function coverShare(
  nameBefore: string,
  tail: string,
): { name: string; scope: string } | null {
  const m = COVER.exec(nameBefore);
  if (!m || !tail.startsWith('的')) return null;
  const who = /^的([\u4e00-\u9fff、和及]{2,16})/.exec(tail);
  return who ? { name: `${m[1]}覆盖率`, scope: who[1]! } : null;
}

/**
 * A share of people served written `为N%以上的Y提供Z服务`: named `Y…Z比例` (who, then the
 * service), or null when the number does not stand after a bare 为/向/对.
 */
export function servedShare(nameBefore: string, tail: string): string | null {
  if (!/^(?:为|向|对)$/.test(nameBefore)) return null;
  const m = SERVED.exec(tail.replace(/^的/, ''));
  return m ? `${m[1]}${m[2]}比例` : null;
}

/**
 * Either reading, for a rate whose number stands between the halves of its name: `before` is the
 * segment up to the number, `nameBefore` the part of it before the bound word.
 */
export function servedName(
  before: string,
  nameBefore: string,
  tail: string,
): { name: string; scope: string | null } | null {
  // 覆盖 may be read as the aim word, so the coverage is looked for in the whole segment.
  const covered = coverShare(before, tail);
  if (covered) return covered;
  const served = servedShare(nameBefore, tail);
  return served ? { name: served, scope: null } : null;
}

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

// Where a listed share's shared predicate begins in the last item (…、60%以上的村卫生室能够开展…).
const PREDICATE = /能够|能|可以|均|都|达到|开展|提供|设立|设置|建成|建立|配备|具备|实现|纳入/;

/**
 * The own part of a share's tail when more shares follow it in a list (`乡镇卫生院、60%以上的
 * 村卫生室能够开展中医药服务` after `80%以上的`): the item's units with the predicate the list
 * shares (`乡镇卫生院能够开展中医药服务`), or null when no other share follows.
 */
export function listedShareTail(tail: string): string | null {
  const items = tail.replace(/^的/, '').split(/、\s*(?=\d)/);
  if (items.length < 2) return null;
  const last = items.at(-1)!.replace(/^[\d.]+\s*[%‰]\s*(?:以上|以下|左右)?的?/, '');
  const verb = PREDICATE.exec(last);
  return items[0]! + (verb ? last.slice(verb.index) : '');
}

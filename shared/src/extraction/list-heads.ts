// A 、-list before one measure whose items are only heads (areas, hospital grades) and whose last
// item is a head followed by the measure's name (`市区、农村孕检率`, `县、乡级医院报销比例`): each head is
// the scope of its value in order, the name after the last head is shared by all.

/**
 * The heads of `names` (group 1 of `item` on every name but the last, then group 1 of `last` on the
 * last) and the last name's match, when `index` is inside the list and every name is so written;
 * else null.
 */
export function listHeads(
  names: readonly string[],
  index: number,
  item: RegExp,
  last: RegExp,
): { heads: string[]; last: RegExpExecArray } | null {
  if (names.length < 2 || index >= names.length) return null;
  const tail = last.exec(names[names.length - 1]!);
  if (!tail) return null;
  const heads: string[] = [];
  for (const n of names.slice(0, -1)) {
    const head = item.exec(n);
    if (!head) return null;
    heads.push(head[1]!);
  }
  heads.push(tail[1]!);
  return { heads, last: tail };
}

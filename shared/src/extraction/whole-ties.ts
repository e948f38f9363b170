// A page may call its whole by two levels as often (a township's plan: 服务于全镇… and 全乡…, where
// 乡 and 镇 are used loosely). The level it calls itself by with 我/本 (我乡, 本乡) breaks the tie;
// without such a word, or when that level is not among the tied, the first written stays.

/**
 * The commonest `全X` of `counts`: the first written on a tie unless the page's word for itself
 * (`self()`, e.g. 我乡; read only on a tie, since it scans the page) picks another of the tied.
 */
export function commonestWhole(
  counts: Map<string, number>,
  self: () => string | null,
): string | null {
  let best: string | null = null;
  let n = 0;
  let tied = false;
  for (const [w, c] of counts) {
    if (c > n) [best, n, tied] = [w, c, false];
    else if (c === n) tied = true;
  }
  if (best === null || !tied) return best;
  const word = self();
  const own = word === null ? null : `全${word.slice(-1)}`;
  return own !== null && own !== best && counts.get(own) === n ? own : best;
}

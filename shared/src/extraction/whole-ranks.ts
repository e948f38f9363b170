// 出生率全国第一, 居全省前列: a rank within a whole measures a page against that whole; the page is
// not the whole's own (not 全国第一批, 全省第二次…: a batch or round the whole held, which may be).
const RANK = '(?:第[一二三四五六七八九十\\d](?![批届次轮个期])|前列|前茅|首位|之首)';

/** A rank at the start of the words right after a whole (`第一,…` after 全国). */
export const RANK_AFTER_WHOLE = new RegExp(`^${RANK}`);

/**
 * 全国 not followed by a rank within it, nor opening a quoted name (`“全国助残日”`, `“全国爱眼日”`,
 * `“全国文明城市”`: an occasion or a title a local page takes part in, not the page's whole).
 */
export const NATION_NOT_RANKED = new RegExp(`(?<![“"‘])全国(?!${RANK})`);

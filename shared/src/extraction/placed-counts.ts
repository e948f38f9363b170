// A planned total split between the places that receive it (计划增设250张病床,其中114张将置于甲医院,
// 乙医院亦将增71张): each share is the total's count at that place. Its clause names the place,
// not what is counted, so it takes the counted noun of the total before it in the sentence and
// the place as its scope (the noun as the page writes it, a lost glyph too: 病H).

// The share's place after it (114张将置于甲医院) or before it (乙医院亦将增71张).
const PLACED_AFTER = /^\s*将(?:置于|设于|设在|放在|落户)([\u4e00-\u9fff]{2,16})/;
const PLACE_BEFORE = /([\u4e00-\u9fff]{2,16}?)(?:亦|也|还|则)?将增\s*$/;
// Words that open a clause without naming the place (其中, 当中, 即共).
const OPENER = /^(?:其中|当中|即|共|另)+/;
// A verb of adding before the total (增设, 新增, 增加): the share is new too.
const ADDED = /(?:增设|新增|增加|新建|加设)\s*(?:约|近)?\s*$/;

/** `114张` after `…增设约250张病床,…` and before `将置于甲医院` → 新增病床数 at 甲医院; else null. */
export function placedCount(
  sentenceBefore: string,
  before: string,
  after: string,
  unit: string,
): { name: string; scope: string } | null {
  const place =
    PLACED_AFTER.exec(after)?.[1] ?? PLACE_BEFORE.exec(before)?.[1]?.replace(OPENER, '');
  if (!place || place.length < 2) return null;
  // The total: the first count in the same counting word earlier in the sentence, and its noun.
  const counter = unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const total = new RegExp(
    `\\d+(?:\\.\\d+)?\\s*${counter}([\\u4e00-\\u9fffA-Za-z]{1,8}?)(?=[,，、;；(（]|$)`,
  ).exec(sentenceBefore);
  if (!total) return null;
  const added = ADDED.test(sentenceBefore.slice(0, total.index));
  return { name: `${added ? '新增' : ''}${total[1]}数`, scope: place };
}

// The parts of a count aimed at, told right after it (增聘60名医护人员,包括20名医生和30名护士;
// 新建40个站点,其中25个在社区): the parts are to be made as the whole is, though their clause
// holds no verb of its own. Only a clause that opens with the word of parts (其中, 包括, 含), or
// goes on from such a part with a list mark, right before its number (numbers first), and only
// after a count read as a target.

// Cheap gate: a clause of parts names one of these first.
const PARTS_WORD = /^\s*(?:其中|包括|含)/;
// The words before this number in its clause: the word of parts, then earlier parts (20名医生和).
const PARTS_LEAD =
  /^\s*(?:其中|包括|含)\s*[:：]?\s*(?:\d+(?:\.\d+)?\s*[名人个家所张位支座项]?[\u4e00-\u9fff]{0,8}\s*[、和及与]\s*)*$/;

/** Whether a count opens (or goes on) a clause of parts of the count aimed at before it. */
export function isAimedPart(clauseBefore: string, prevIsCount: boolean): boolean {
  return prevIsCount && PARTS_WORD.test(clauseBefore) && PARTS_LEAD.test(clauseBefore);
}

// 新增床位200张,其中:内科80张: a mark after the word of parts (其中:, 包括,) ends a clause of its
// own, yet the clause after it still lists the parts of the count just read.
const PARTS_WORD_ALONE = /^\s*[,，;；]?\s*(?:其中|包括)\s*[:：,，]\s*$/;

/** Whether only a word of parts and its marks stand between the count before (ending at `prevEnd`) and the clause at `cStart`. */
export function followsPartsWord(t: string, prevEnd: number, cStart: number): boolean {
  return cStart - prevEnd <= 8 && PARTS_WORD_ALONE.test(t.slice(prevEnd, cStart));
}

// 购置设备306台(件),其中大型设备55台(件): a counting word glossed in brackets after the count (台(件),
// 个(家)) is still the count's; the clause after it goes on from the count as if it closed there.
const UNIT_GLOSS = /^[(（][\u4e00-\u9fff]{1,2}[)）]\s*[,，、]?\s*$/;

/** Whether only a bracketed counting word and a mark stand between the count before (ending at `prevEnd`) and the clause at `cStart`. */
export function followsUnitGloss(t: string, prevEnd: number, cStart: number): boolean {
  return cStart - prevEnd <= 6 && UNIT_GLOSS.test(t.slice(prevEnd, cStart));
}

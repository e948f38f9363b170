// A graded rating's level (电子病历应用水平分级评价4级以上) is aimed at when its clause reaches for
// it: an aim word before it, with at most the rating's name between (要达到…评价3级以上), and
// nothing named after it (3级以上医院 tells which hospitals, not a level to reach).
const REACHES = /(?:达到|达|提升到|提升至|提高到|提高至|通过)[^,，。;；:：\d]{0,16}$/;
const CJK_AFTER = /^(?:及?以上)?[\u4e00-\u9fff]/;

/** Whether a level in 级 (bounded by 以上) is one its clause aims to reach. */
export function isRatingLevelAim(clauseBefore: string, tail: string): boolean {
  return REACHES.test(clauseBefore) && !CJK_AFTER.test(tail.replace(/^\s+/, ''));
}

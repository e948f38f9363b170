// A share written as what a tally comes to (至6月初有371人成功预约,占同期新症约2.3%) is a present
// figure: 占 its whole, then 约 (about) right before the number, in a sentence with no word of an
// aim or a time to come. A share an aim states the same way (目标是…占全港诊所约17%) stays.
const ABOUT_SHARE = /占[^,，。;；]{0,14}?约\s*$/;
const AIMING =
  /目标|计划|力争|争取|确保|预计|预期|将|要|拟|达到|明年|今年底|年底前|(?:到|至)\s*(?:19|20)\d{2}\s*年/;

/** Whether a rate is the share a present tally comes to, told with 占…约. */
export function isTalliedShare(sentenceBefore: string): boolean {
  return ABOUT_SHARE.test(sentenceBefore) && !AIMING.test(sentenceBefore);
}

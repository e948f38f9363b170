// 早在 (as early as) dates what follows to a time already gone (早在2009年,卫生厅就发文要求…48家
// 医院提供…): the sentence recalls an earlier notice, so its figures are that notice's, not the
// page's aims, whatever aim words (要求, 应) the recalled notice used.
const AS_EARLY_AS = /早在[^,，。;；!！?？\n]{0,10}?(?:年|时|期间|以前|之前)/;

/** Whether the sentence up to a figure recalls an earlier time with 早在. */
export function recallsEarlier(sentenceBefore: string): boolean {
  return AS_EARLY_AS.test(sentenceBefore);
}

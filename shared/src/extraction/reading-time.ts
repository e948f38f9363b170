// A page's reading time, printed by news sites beside the word count (全文1200字,阅读约需4分钟;
// 读完约2分钟; 预计阅读时间3分钟): furniture of the page, no time standard to reach.

// Words that end right before the minutes of a reading time.
const READING_LEAD =
  /(?:读完|阅读(?:完)?|阅毕)(?:全文|本文)?(?:时间|时长)?(?:约|大约|大概|仅)?(?:需要?|用时|耗时)?(?:约|大约)?\s*[:：]?\s*$/;

/** Whether a figure in minutes is a page's reading time. `before`: the clause up to the number. */
export function isReadingTime(before: string, unit: string): boolean {
  if (unit !== '分钟' || !/[读阅]/.test(before)) return false;
  return READING_LEAD.test(before);
}

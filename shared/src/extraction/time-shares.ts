// A fraction of the time something took (只用了1/3左右的时间就超过了…, 用二分之一的时间完成) compares how
// long things took; it is no share any plan sets as a level. Only a fraction is read (a plan may
// give a per cent of working time to a duty: 50%的时间用于临床), and the next few characters are
// tested for 时/工/年 before the pattern.
const TIME_AFTER = /^\s*(?:左右|上下)?\s*的?\s*(?:时间|工夫|年头)/;

/** Whether the rate written `written` (1/3, 三分之一) is a share of the time taken: …1/3左右的时间. */
export function isTimeShare(t: string, end: number, written: string): boolean {
  if (!written.includes('/') && !(written.includes('分之') && !written.includes('百分之')))
    return false;
  const next = t.slice(end, end + 8);
  if (!next.includes('时') && !next.includes('工') && !next.includes('年')) return false;
  return TIME_AFTER.test(next);
}

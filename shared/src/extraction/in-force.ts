// 从明年1月1日起, 自2010年开始, 从4月1日起: when a changed rule takes effect. A story or a scheme that
// writes it tells what the rule will be from then (news-kind.ts), and for which year
// (paragraph-years.ts). The year is the group; 明年 and a bare month leave it to the page's date.
export const IN_FORCE =
  /[从自](?:明年|((?:19|20)\d{2})年|(?=\d{1,2}月))(?:\d{1,2}月(?:\d{1,2}日|份)?)?(?:起|开始)/;

/**
 * The year a rule written in `text` takes effect from, `pageYear` being the page's own: the year
 * written, the next for 明年, the page's for a bare date; null when `text` names no such start.
 */
export function inForceYear(text: string, pageYear: number | null): number | null {
  if (!text.includes('起') && !text.includes('开始')) return null;
  const force = IN_FORCE.exec(text);
  if (!force) return null;
  if (force[1] !== undefined) return Number(force[1]);
  if (pageYear === null) return null;
  return force[0].includes('明年') ? pageYear + 1 : pageYear;
}

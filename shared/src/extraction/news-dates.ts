// A paper's site may print a story's date day first with dots (08.04.2015  03:40) and open the
// story with its wire lead (华商报讯 (记者 某某), 本报讯): the date then dates the story, as a
// dateline with its source does (header.ts publishedYear).

// Day, month and year with dots, not a version or a decimal run (1.2.3.4).
const DAY_FIRST_DATE =
  /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d.])/;

// A paper's lead naming its own report: 本报讯, 某某报讯, 某某网讯, with or without the reporter;
// or 某某网消息: (中国日报网消息:…), as national sites open a story; or the lead with its day
// (某某在线讯5月6日,…).
const WIRE_LEAD =
  /^\s*[\u4e00-\u9fff]{1,8}(?:讯|网消息|社消息|报消息)(?:\s*[(（]|\s*$|\s*[:：]|\s*\d{1,2}月\d{1,2}日)/;
// A line of the page's buttons between a date and the story (我来说两句 打印文章 发送给好友).
const BUTTONS_LINE =
  /^(?:\s*(?:我来说两句|打印文章|打印本页|发送给好友|推荐给好友|关闭窗口|收藏本文|分享到|字号|大中小|[大中小])\s*[:：]?)+\s*$/;

/** A day-first dotted date on a line (`08.04.2015`): the match, its year in group 1. */
export function dayFirstDate(line: string): RegExpExecArray | null {
  return DAY_FIRST_DATE.exec(line);
}

/** Whether a line opens with a paper's wire lead (`华商报讯 (记者 某某)`, `某某网消息:`). */
export function opensWireLead(line: string): boolean {
  return WIRE_LEAD.test(line);
}

/** Whether `lines[i]` opens with a wire lead, or follows a line of buttons that does. */
export function wireLeadAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  return opensWireLead(line) || (BUTTONS_LINE.test(line) && opensWireLead(lines[i + 1] ?? ''));
}

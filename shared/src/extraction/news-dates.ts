// A paper's site may print a story's date day first with dots (08.04.2015  03:40) and open the
// story with its wire lead (华商报讯 (记者 某某), 本报讯): the date then dates the story, as a
// dateline with its source does (header.ts publishedYear).

// Day, month and year with dots, not a version or a decimal run (1.2.3.4).
const DAY_FIRST_DATE =
  /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\d.])/;

// A paper's lead naming its own report: 本报讯, 某某报讯, 某某网讯, with or without the reporter.
const WIRE_LEAD = /^\s*[\u4e00-\u9fff]{1,8}讯(?:\s*[(（]|\s*$|\s*[:：])/;

/** A day-first dotted date on a line (`08.04.2015`): the match, its year in group 1. */
export function dayFirstDate(line: string): RegExpExecArray | null {
  return DAY_FIRST_DATE.exec(line);
}

/** Whether a line opens with a paper's wire lead (`华商报讯 (记者 某某)`). */
export function opensWireLead(line: string): boolean {
  return WIRE_LEAD.test(line);
}

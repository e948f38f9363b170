// Who may take part, and when a service is given: figures a scheme's rules set for a person or a
// group, not aims of the plan.

// 2.体重:男≥50千克,女≥45千克; 身高:160厘米以上: a list item labelled with a person's own body or
// age (体重, 身高, 年龄) is what one must meet to take part — a donor's, a recruit's, an applicant's
// bar — not a level the plan will raise a population to (人均…, …率 name a population's). Read
// from the line's start: the label opens the line, after at most an item number.
const PERSON_LABEL =
  /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:体重|身高|年龄|年纪|血压|视力)\s*[:：]/;

/** Whether the line up to a figure (`line`) is a list item of a person's own bar (`体重:男≥`). */
export function isPersonBar(line: string): boolean {
  return (line.includes(':') || line.includes('：')) && PERSON_LABEL.test(line);
}

// 报名人数达20人,可与血站预约上门采血; 满10人的,可申请…: a number reached that lets its group ask
// for a service (可 with whom or how it is asked: 可与, 可向, 可申请, 可自行…) is the threshold
// of a rule, not an aim; a plan's aim goes on to what it brings (达到90%,可减少…) with a verb.
const GRANTED_AFTER =
  /^\s*(?:及)?(?:以上)?(?:的)?[,，]\s*(?:即|均|方)?可(?:与|向|申请|由|自行|凭|预约)/;

/** Whether the words right after a figure (`after`) grant its group a service (`,可与…预约`). */
export function isGrantThreshold(after: string): boolean {
  return after.includes('可') && GRANTED_AFTER.test(after);
}

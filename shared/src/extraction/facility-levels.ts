// 三级医院报销比例提高到45%; 省市、县、乡级定点医院住院报销比例分别提升为60%、65%、70%: an insurance
// scheme pays a share by the grade of hospital. The grade (三级医院, 县级定点医院) is where the share
// holds, its scope; the share is the name. A list of grades before one share (`分别`) gives each value
// its grade, the last item's facility word (医院, 定点医院, 卫生院) shared by all.

import { listHeads } from './list-heads';

// (地 in a list of levels, 乡、县、地、省, is the prefecture's: 地级.)
const LEVEL = String.raw`(?:省市|市县|县乡|乡镇|[省市县乡镇村]|[一二三])`;
const LISTED_LEVEL = String.raw`(?:${LEVEL}|地)`;
const FACILITY = String.raw`(?:定点)?(?:医疗机构|医院|卫生院)`;
// A payment share's name after the grade.
const PAID_SHARE = String.raw`[\u4e00-\u9fff]{0,10}?(?:报销|补偿|支付)(?:比例|比)`;

// Words before the first grade that only say who is paid (参合农民在乡级、…).
const WHO_AT = String.raw`(?:[\u4e00-\u9fff]{0,8}?在)?`;
const LEVEL_ITEM = new RegExp(String.raw`^${WHO_AT}(${LISTED_LEVEL})级?$`);
// 乡、县、地、省住院报销比例…: levels listed with no facility word are the levels of care the share is
// paid at (乡级, 县级…), each value's scope as a grade of hospital is.
const LEVEL_THEN_SHARE = new RegExp(
  String.raw`^${WHO_AT}(${LISTED_LEVEL})级?(${FACILITY})?(${PAID_SHARE})$`,
);

/** The scope a grade is written as: 县 → 县级, 三 → 三级, with the facility word if any. */
function graded(level: string, facility: string | undefined): string {
  return `${level}级${facility ?? ''}`;
}

/**
 * A list of hospital grades before one payment share (`names`, split at 、和及与): the share's name
 * and the `index`-th grade as its scope, or null when the list is not so written.
 */
export function levelListName(
  names: readonly string[],
  index: number,
): { name: string; scope: string } | null {
  const list = listHeads(names, index, LEVEL_ITEM, LEVEL_THEN_SHARE);
  return list && { name: list.last[3]!, scope: graded(list.heads[index]!, list.last[2]) };
}

const GRADE_LEAD = new RegExp(String.raw`^(${LEVEL}级${FACILITY})(?=${PAID_SHARE}$)`);

/** A hospital grade opening a payment share's name (`三级医院报销比例`) split off as its scope. */
export function gradeLead(name: string): { name: string; scope: string } | null {
  if (!name.includes('级')) return null; // cheap gate
  const m = GRADE_LEAD.exec(name);
  return m ? { name: name.slice(m[1]!.length), scope: m[1]! } : null;
}

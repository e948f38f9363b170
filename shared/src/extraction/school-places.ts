import type { Gazetteer } from '../regions/gazetteer';

// A school's own plan (某某小学…工作计划) binds the school, as a page that calls itself 我校 or 本院
// binds its institution; the city or county its name opens with (内江某某小学) only says where the
// school is. Read from the title, or the first line of a page whose title runs on into its text.
const SCHOOL_PLAN =
  /^([\u4e00-\u9fff]{2,8}?(?:小学|中学|中心校|学校))[\u4e00-\u9fff]{0,12}?(?:工作计划|计划|方案|安排|要点)/;

/** The school a school's plan names at its head (`内江某某小学…计划` → 某某小学), or null. */
export function schoolPlace(line: string, gazetteer: Gazetteer): string | null {
  const text = line.trimStart().slice(0, 60);
  // The place the name opens with is left out: the gold and the bureau write the school alone.
  const opening = gazetteer.find(text).find((h) => h.start === 0);
  const m = SCHOOL_PLAN.exec(opening ? text.slice(opening.end) : text);
  // A school named by its kind alone (学校卫生…计划, 中学生…) is no school's name.
  if (!m || /^(?:小学|中学|学校)/.test(m[1]!) || m[1]!.length < 4) return null;
  return m[1]!;
}

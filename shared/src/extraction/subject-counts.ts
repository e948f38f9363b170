import type { Mention } from './mentions';

// 等21个乡镇总任务血量为19.8万毫升, 3个试点县覆盖率达到90%: a count whose units are the subject of
// another figure later in the same clause says how many units that figure is for, not how many to
// reach. Nothing but the units' words and the aim word may stand between the two (a list of counts
// joined by 和/、 is counts each).
const SUBJECT_THEN_AIM =
  /^[\u4e00-\u9fff]{1,16}?(?:为|达到|达|不低于|不少于|不超过|控制在|提高到|降至|降到)$/;
const JOINED = /[和及与并或、]/;
// 8个项目共计新增床位3000张, 5个县合计筛查2万人: the units, then a word that sums what they give
// (共计, 合计, 总计), then the deed and its figure: the count says whose total the figure is.
const SUBJECT_THEN_SUM = /^[\u4e00-\u9fff]{1,8}?(?:共计|合计|总计)[\u4e00-\u9fff]{0,16}$/;

/** Whether the count `m` quantifies the subject of the figure `next`. */
export function quantifiesSubject(t: string, m: Mention, next: Mention | undefined): boolean {
  if (m.kind !== 'count' || !next || next.value === null) return false;
  const between = t.slice(m.end, next.start);
  return (
    (SUBJECT_THEN_AIM.test(between) ||
      (between.includes('计') && SUBJECT_THEN_SUM.test(between))) &&
    !JOINED.test(between)
  );
}

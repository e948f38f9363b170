import { ENSURE } from './aim-words';
// A share of units that are to have something (50%以上的县建成1所康复医院, 80%的乡镇配备1名全科
// 医生): the count after the share is what each of those units must hold, a standard the share
// measures, not a number of things to build across the place. The target is the share.
const SHARE_THEN_HOLDING =
  /^\s*(?:[\d.]+\s*[%％]|百分之[一二三四五六七八九十百]+)\s*(?:以上|左右)?的?[^,，;；。:：\d%％]{1,12}?(?:建成|建有|建立|设置|设立|配备|配置|拥有|有)\s*$/;

/** Whether a count's clause, up to its number, opens with a share of units that are to hold it. */
export function isHeldByShare(clauseBefore: string): boolean {
  return (
    (clauseBefore.includes('%') || clauseBefore.includes('百分之')) &&
    SHARE_THEN_HOLDING.test(clauseBefore)
  );
}

// 某区有46家社康中心接受报名, 全市有12所医院开设…: a place (or its body) that has so many units,
// with 有 right before the count and no word of the future, aim or duty anywhere before it in the
// sentence, tells what stands now (the units that take part), not a number to build or reach. A
// page that pads its figures with spaces (有 46 家) writes the same.
const HAS_NOW = /^[\u4e00-\u9fff]{1,10}?(?<![要将会需应可能还没再])有\s*$/;
const AHEAD = new RegExp(
  String.raw`将|要|拟|计划|力争|争取|${ENSURE}|目标|任务|(?:到|至)\s*(?:19|20)\d{2}|年底|年内|今年|明年|新增|新建|达到|每|各|至少|不少于|应|须`,
);

/** Whether a count's clause, up to its number, says a place has so many units now. */
export function isHeldNow(clauseBefore: string, sentenceBefore: string): boolean {
  return clauseBefore.includes('有') && HAS_NOW.test(clauseBefore) && !AHEAD.test(sentenceBefore);
}

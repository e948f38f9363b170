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

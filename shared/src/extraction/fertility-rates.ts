import type { Mention } from './mentions';
import { patternMentions } from './pattern-mentions';

// A total fertility rate is written as a bare number of children per woman (总和生育率保持在1.5左右,
// 总和生育率从1.6左右提高到1.8左右): no unit follows it, so the name gives one, the 孩/妇女 the
// development set's gold writes (GROUP_RATIO in units.ts). Only after a verb that sets a level, as
// 性别比 is read (mentions.ts): `总和生育率为1.2` in a review is a figure, and a from-to's start is
// passed over. One or two decimals of a small number, so no year or count is taken.
const FERTILITY =
  /总和生育率[^,，。；;\n\d]{0,8}?(?:[从由][^,，。；;\n]{0,16}?)?(?:保持在|稳定在|维持在|控制在|提高到|提高至|提升到|提升至|回升到|回升至|增加到|恢复到|达到|不低于|不超过)\s*([1-4](?:\.\d{1,2})?)(?![\d.%‰孩个])/g;

/** The total fertility rates a text aims at, in 孩/妇女. */
export function fertilityRates(text: string): Mention[] {
  if (!text.includes('总和生育率')) return [];
  return patternMentions(text, FERTILITY, '孩/妇女', 'rate', (m) => {
    const end = m.index + m[0].length;
    return [end - m[1]!.length, end];
  });
}

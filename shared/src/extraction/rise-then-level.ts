// 在2017年的基础上增加40元,达到每人每年不低于490元: a rise told with 增加/增长 and no aim word of its
// own is still prescribed when its next clause names the level it brings things to (达到…, 提高到…).
// A statistic tells a growth and stops, or goes on to something else (住院人次比上年增长8%,其中…);
// only a plan spells out the level the rise must reach.
const LEVEL_NEXT =
  /^[^,，;；。！？!?]{0,4}[,，]\s*(?:并|使|使其|即)?\s*(?:达到|提高到|提高至|提升到|提升至|增加到|增至)/;

/** Whether the text right after a rise's figure goes on to the level that rise brings things to. */
export function levelFollows(afterFigure: string): boolean {
  return LEVEL_NEXT.test(afterFigure);
}

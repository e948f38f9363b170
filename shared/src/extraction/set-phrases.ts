// A political watchword counts its parts (两个文明, 三个代表, 四个全面, 四个意识, 两个维护, 五个一工程,
// 三个有利于): its number names the phrase, and a verb of making around it (为创建…和三个文明建设作出
// 贡献) makes it no count to build. What follows 个 is an abstract quality or a second numeral, never a
// thing that can be built or counted.
const WATCHWORD =
  /^(?:文明|全面|自信|意识|维护|确保|务必|面向|有利于|坚持|一(?:工程|活动|建设)|代表(?![处队团]))/;

/** Whether the text after a count's 个 makes it a numbered watchword (`三个|文明建设`). */
export function isWatchword(after: string): boolean {
  return WATCHWORD.test(after);
}

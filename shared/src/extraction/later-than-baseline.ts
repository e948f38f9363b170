// 在2005年基础上,2010年增加0.5岁 / 以2015年为基数,2020年减少10%: a change told from a baseline year
// and dated to a later year is what the plan sets for that later year, though no aim word (要, 力争,
// 到…年) stands by it. A review reports such a change against its own year (2010年比2005年增加…),
// so the baseline clause opening the sentence, then a later year, is a plan's form; a year no later
// than the baseline's (or none) proves nothing.
const BASELINE_THEN_YEAR =
  /((?:19|20)\d{2})年(?:底|末)?的?(?:水平)?(?:基础上|为基[础数准线])\s*[,，]?\s*((?:19|20)\d{2})年/;

/** Whether `sentenceBefore` sets a baseline year and then a later year the change is dated to. */
export function laterThanBaseline(sentenceBefore: string): boolean {
  if (!sentenceBefore.includes('基')) return false;
  const m = BASELINE_THEN_YEAR.exec(sentenceBefore);
  return m !== null && Number(m[2]) > Number(m[1]);
}

// 提升40元,达到每人每年220元: after an aim word, the words that say a sum is per head and year
// (每人每年, 人均) name no measure; the clause goes on with the measure its sentence has just named.
const PER_HEAD_ONLY =
  /^\s*(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至)?\s*(?:每人每年|每人每月|每人|人均|每年)\s*$/;

/** Whether a name read for an amount is only an aim word and per-head words (`达到每人每年`). */
export function perHeadOnly(named: string): boolean {
  return PER_HEAD_ONLY.test(named);
}

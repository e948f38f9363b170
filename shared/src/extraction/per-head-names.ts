// 提升40元,达到每人每年220元: after an aim word, the words that say a sum is per head and year
// (每人每年, 人均) name no measure; the clause goes on with the measure its sentence has just named.
const PER_HEAD_ONLY =
  /^\s*(?:达到|达|提高到|提高至|提升到|提升至|增加到|增至)?\s*(?:每人每年|每人每月|每人|人均|每年)\s*$/;

/** Whether a name read for an amount is only an aim word and per-head words (`达到每人每年`). */
export function perHeadOnly(named: string): boolean {
  return PER_HEAD_ONLY.test(named);
}

// 财政全额补助每人购买60元的大病补充保险, 每人购买100元商业保险: a sum per head that buys a thing named
// after it is the thing's per-head sum: its 人均财政补助 when public money pays it (财政…补助 before),
// else its 人均购买额 (round DH). The thing runs to the clause's end.
const BUYS_PER_HEAD = /(?:每人(?:每年)?|人均)购买\s*$/;
const THING_BOUGHT =
  /^\s*的?([\u4e00-\u9fff]{2,14}?(?:保险|险|服务|药品|用品))(?=[,，。;；、\s]|$)/;

/** The name of a sum per head that buys what the words after it name, or null. */
export function boughtPerHead(before: string, tail: string): string | null {
  if (!before.includes('购买') || !BUYS_PER_HEAD.test(before)) return null;
  const thing = THING_BOUGHT.exec(tail);
  if (!thing) return null;
  const publicMoney = /财政[\u4e00-\u9fff]{0,4}补助/.test(before);
  return `${thing[1]}${publicMoney ? '人均财政补助' : '人均购买额'}`;
}

// 报销后还可获得最高一万元的民政大病救助: a cap whose benefit is named after it (的…救助) is that
// benefit's 最高额; the words before the cap say when it is paid, not what (round DH).
const CAP_END = /最高(?:可)?(?:获得|享受|给予)?\s*$/;
const BENEFIT_AFTER =
  /^\s*的([\u4e00-\u9fff]{2,12}?(?:救助|补助|补贴|补偿|资助|奖励))(?=[,，。;；、\s]|$)/;

/** The name of a cap told before the benefit it caps (`民政大病救助最高额`), or null. */
export function cappedBenefit(before: string, tail: string): string | null {
  if (!before.includes('最高') || !CAP_END.test(before)) return null;
  const benefit = BENEFIT_AFTER.exec(tail);
  return benefit ? `${benefit[1]}最高额` : null;
}

import { LOOKS_FORWARD } from './report-boundary';
import { ENSURE } from './aim-words';

// 全省现有卫生院120家,村卫生室900个,社区中心40个: the counts after a present tally's first item go
// on with it (the first is read as reached by 现有, present-state rules); each later clause is only
// a noun and its number, with no verb of its own to make it an aim.
// 添 (多添, 增添) adds as 增 does.
// 拥有 after a density's base or 人均 (每千人口拥有注册护士3.9人, 人均拥有…) is how the measure is
// worded, an aim list's item like any other, not a tally of what there is.
const TALLY_OPEN =
  /(?:现有|共有|已有|目前有|现共有|(?<!每[十百千万]+(?:常住)?人口?|人均)拥有)[^,，。；;]{1,20}?\d/;
const NOUN_ONLY = /^[\u4e00-\u9fff]{2,16}$/;
const OWN_VERB = new RegExp(
  String.raw`建|增|添|达|提高|提升|完成|实现|力争|${ENSURE}|将|要|超过|突破|争取|发展|培育|打造`,
);

/** Whether a count's clause (`clauseBefore`, a bare noun) goes on with a tally its sentence opened. */
export function continuesTally(clauseBefore: string, sentenceBefore: string): boolean {
  // (Every tally's opening word holds 有: a sentence without one opens none.)
  if (!sentenceBefore.includes('有')) return false;
  const clause = clauseBefore.trim();
  if (!NOUN_ONLY.test(clause) || OWN_VERB.test(clause)) return false;
  // 现有床位9000张,局方打算在未来三年添置1500张: a later clause that looks ahead (目标, 计划, 未来,
  // 今后, 将) tells an aim of its own after the present's holding, not the tally's next item.
  if (LOOKS_FORWARD.test(clause) || clause.includes('未来')) return false;
  const lead = sentenceBefore.slice(0, sentenceBefore.length - clauseBefore.length);
  return TALLY_OPEN.test(lead);
}

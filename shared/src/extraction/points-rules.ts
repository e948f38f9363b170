// An assessment sheet or a responsibility letter scores each aim by a rule: 合格率达90%(10分),每降低
// 1个百分点扣0.5分; 每漏报1例,扣责任医生绩效; 误差超过0.2个百分点扣1分; 每多1家加1分. The figure of
// such a rule is the step the points move by, or the threshold past which they are lost, not an
// aim: the aim is the figure the rule hangs on (90%), read as usual. A figure is a step when a
// change or 每 stands right before it and the points (or pay) move right after it.

// Right before the figure: 每 and what is counted (每少查, 每降低, 每漏报, 每发生), or the change
// alone (下降, 上升, 超过…: 下降1个百分点扣1分), a tolerance either way (超出正负10%) or a
// value the result must equal (≠100%则不得分: an aim is never bounded by ≠).
const STEP_BEFORE =
  /(?:(?:每[\u4e00-\u9fff]{0,4}|下降|上升|降低|提高|增加|减少|超过|超出|低于|高于|少于|多于|不足|发生|出现)(?:正负|±)?|≠)\s*$/;
// What the rule does right after the step: deducts (扣1分, 扣村工作经费; not 扣除, which takes a
// share out of a sum), takes or adds points, fines, or withholds the item's points (不得分) or
// vetoes the whole (一票否决).
const CONSEQUENCE =
  /^(?:的)?(?:则|即)?(?:扣(?!除)|罚|[减加奖]\s*[\d.一二三四五六七八九十两半]+\s*分|不得分|不[记计]分|此项不[得记计]分|(?:实行)?一票否决)/;
// 每少查1人,扣…: a rule counted with 每 may put its consequence after a comma.
const CONSEQUENCE_AFTER_COMMA = new RegExp(`^(?:的)?[,，]${CONSEQUENCE.source.slice(1)}`);
// The cheap test: every consequence writes one of these within the few characters after the figure.
const CONSEQUENCE_CHAR = /[扣罚分否]/;

// A ladder of bands turns a result into points (≥70%得3分,≥60%得1分,<60%不得分): each band's
// figure is a threshold of the rule, not an aim; the sheet states the aim elsewhere (its 标准值
// column). A band is a figure a sign bounds with points right after it, and a ladder has a band
// next to it: another sign right after its points, or points right before its sign.
const BAND_SIGN = /[≥≤<>]\s*$/;
const BAND_POINTS = /^则?(?:得\s*[\d.]+\s*分|不得分|扣\s*[\d.]+\s*分)/;
const NEXT_BAND = new RegExp(`${BAND_POINTS.source}\\s*[,，;；、]?\\s*[≥≤<>]`);
const BAND_BEFORE = /分\s*[,，;；、]?\s*[≥≤<>]\s*$/;

function isLadderBand(lead: string, near: string): boolean {
  return (
    BAND_SIGN.test(lead) &&
    BAND_POINTS.test(near) &&
    (NEXT_BAND.test(near) || BAND_BEFORE.test(lead))
  );
}

/**
 * Whether the figure between `before` (its clause up to it) and `after` (the text right after its
 * unit) is the step or threshold of a scoring rule; `lead`, the few characters before the figure
 * across clause marks, shows the band before it in a ladder (defaults to `before`).
 */
export function isScoringStep(before: string, after: string, lead = before): boolean {
  const near = after.slice(0, 10);
  if (!CONSEQUENCE_CHAR.test(near)) return false;
  if (isLadderBand(lead, near)) return true;
  const step = STEP_BEFORE.exec(before.slice(-6));
  if (!step) return false;
  return CONSEQUENCE.test(near) || (step[0].startsWith('每') && CONSEQUENCE_AFTER_COMMA.test(near));
}

// A rule that pays per item done (每救治1例患者,财政补助800元; 每培养一名全科医生,奖励2万元): its
// one item is what the sum is paid per, not a count to reach. The figure is one, right after 每
// and a verb of doing (not after a pace, 每年开展1次, nor a unit, 每村建成1个, which set an aim for
// each), and the sentence goes on to pay for it.
const PER_ITEM_BEFORE =
  /每(?![年月日天周季半期个村乡镇县区市省所家户人名位座间张])[\u4e00-\u9fff]{1,3}\s*$/;
const PAID_AFTER = /补助|补贴|奖励|奖补|资助|给予|支付|拨付|报销/;

/**
 * Whether a figure of value `value` between `before` (up to it) and `sentenceAfter` (the rest of
 * its sentence) is the one item a per-item payment counts by.
 */
export function isPerItemBase(
  before: string,
  value: number | null,
  sentenceAfter: string,
): boolean {
  return (
    value === 1 &&
    before.includes('每') &&
    PER_ITEM_BEFORE.test(before) &&
    PAID_AFTER.test(sentenceAfter)
  );
}

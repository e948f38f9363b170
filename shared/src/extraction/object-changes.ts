// A sum raised by a figure written after its object (提高居民医保个人缴费标准40元, 上调补助标准20元) or
// with a verb of adding after it (补助标准新增30元, 标准上调20元): the raise of that sum, as
// `补助标准提高30元` is (hold-out set AU). Only standards and ceilings of money are read so; a verb
// and object before a count (新增床位100张) or a share stay as they were.

// The object ends in the word of a standard; the figure follows it directly.
const VERB_OBJECT = /(提高|提升|增加|上调|新增)(了)?([\u4e00-\u9fff]{2,16}?(?:标准|限额|额度))\s*$/;
// 降低慢性病死亡率1/3, 提高目录内药品补偿比例10%: a rate raised or lowered by a share written after
// it is that rate's change, as 慢性病死亡率下降1/3 is (a level after a rate needs 到/至 or a bound).
const RATE_OBJECT = /(提高|提升|降低|下降|减少)(了)?([\u4e00-\u9fff\d]{2,16}?(?:率|比例))\s*$/;
// 补助标准在2019年的基础上新增30元, 缴费标准同步新增30元: a baseline or an adverb of pace may stand
// between the standard and its verb.
const STANDARD_ADDED =
  /(?:标准|限额|额度)(?:在[^,，;；。]{0,20}?基础上)?\s*(?:同步|相应|同时|再)?(新增|上调)(了)?\s*$/;

/** The verb's offset in `before`, its word, whether told with 了, and the object named, if any. */
export function objectChange(
  before: string,
  rateShare = false,
): { at: number; verb: string; past: boolean; object: string | null } | null {
  const tail = before.slice(-40);
  const from = before.length - tail.length;
  const added = STANDARD_ADDED.exec(tail);
  if (added)
    return {
      at: from + added.index + added[0].indexOf(added[1]!),
      verb: '提高',
      past: !!added[2],
      object: null,
    };
  const m = VERB_OBJECT.exec(tail);
  if (m) return { at: from + m.index, verb: '提高', past: !!m[2], object: m[3]! };
  const r =
    rateShare && (tail.includes('率') || tail.includes('比例')) ? RATE_OBJECT.exec(tail) : null;
  return r ? { at: from + r.index, verb: r[1]!, past: !!r[2], object: r[3]! } : null;
}

// A scheme sets its payment shares and deductibles by hospital level (县级住院补偿由70%提高到75%;
// 设立三档起付线,一级、二级医院分别为200元、500元): the level is the target's scope, and the measure
// is what the plan names — the share after the level, or the measure the sentence named before a
// list of levels alone. Read only for a name that ends in a level or holds 报销/补偿.

// A hospital level or kind of facility: 乡级, 县外, 市级及市级以外, 二级定点医疗机构, 非定点医疗机构, 乡镇卫生院.
const LEVEL =
  /^(?:如|其中)?(乡镇卫生院|(?:乡镇|县外|县内|市外|省外|[一二三]级|基层|[乡镇县市省区])(?:级及[\u4e00-\u9fff]{1,6}以[外上]|级)?(?:非?定点)?(?:医疗机构|医院|卫生院)?|非?定点(?:医疗机构|医院))/;
// A share written with its level before it: 县级住院补偿比例 → 住院补偿比例, scope 县级.
const LEVEL_SHARE = /^(?:住院|门诊)?(?:费用)?(?:报销|补偿)比例$/;
// The measure a sentence names before its list of levels (设立四级起付线, 只设立一个补偿比例,
// 提高了乡镇级补偿起付线), up to the mark that ends its clause; a count of levels (四级, 一个) is no part of it.
const MEASURE =
  /(?:设立|设置|设定|确定|实行|提高了?|降低了?|调整了?)(?:[一二三四五六七八九十两\d]+[级档个类])?([\u4e00-\u9fff]{0,10}?(?:起付线|封顶线|比例|限额|标准))[,，;；:：。]/g;

/** The scope a level opening `name` gives and the name left, or null when `name` opens with none. */
function splitLevel(name: string): { level: string; rest: string } | null {
  const m = LEVEL.exec(name);
  if (!m || m[1]!.length < 2) return null;
  return { level: m[1]!, rest: name.slice(m[0].length) };
}

// Levels alone: 乡镇级, 县市省三级, 定点医疗机构乡镇级, 医疗机构 — no word of a measure among them.
const LEVELS_ONLY = /^[\u4e00-\u9fff]{2,10}$/;
const MEASURE_WORD = /[率比线额费数量]|标准|水平/;

function levelRise(before: string, level: string): { name: string; scope: string } | null {
  if (!LEVELS_ONLY.test(level) || MEASURE_WORD.test(level)) return null;
  if (!level.endsWith('级') && !level.endsWith('医疗机构')) return null;
  let measure: string | null = null;
  for (const m of before.matchAll(MEASURE)) measure = m[1]!;
  return measure === null ? null : { name: `${measure}提高幅度`, scope: level };
}

/**
 * `name` read as a level's share or a level alone: the measure and the level as scope; `before` is
 * the sentence up to the figure. Null when `name` is neither, or a level alone has no measure
 * named before it.
 */
export function levelScoped(
  before: string,
  name: string,
  scope: string | null,
): { name: string; scope: string } | null {
  if (scope !== null || name.length > 20) return null;
  // 提高了补偿比例。其中,乡镇级提高10%: the levels a change of a measure is broken down by.
  if (name.endsWith('提高幅度')) return levelRise(before, name.slice(0, -4));
  const split = splitLevel(name);
  if (!split) return null;
  // A level titled by a bare 比例 (非定点医院比例, as rate naming titles a share of units) is a level alone.
  if (split.rest !== '' && split.rest !== '比例') {
    return LEVEL_SHARE.test(split.rest) ? { name: split.rest, scope: split.level } : null;
  }
  let measure: string | null = null;
  for (const m of before.matchAll(MEASURE)) measure = m[1]!;
  return measure === null ? null : { name: measure, scope: split.level };
}

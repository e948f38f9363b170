import type { Comparator, Direction } from '../targets/vocabulary';
import { ENSURE } from './aim-words';

/** What the words around a number say about the bound, before the indicator's direction is known. */
export interface BoundWords {
  /** An explicit bound (`以上`, `不低于`, `低于`, `左右`…); null when only an aim verb or nothing. */
  explicit: Comparator | null;
  /** The aim verb points down (`降到`, `控制在`): lower is better. */
  ceiling: boolean;
  /** The verb states a change (`提高5个百分点`), not a level. */
  delta: boolean;
  /** Any aim word at all (`达到`, `提高到`, `力争`…) or explicit bound. */
  aimed: boolean;
  /** A range written `2-3个`, `3至5所`, `7%—9%之间`. */
  range: boolean;
  /** `为N` with no aim word: an exact quantity. */
  exact: boolean;
  /** Where the comparator word starts in the segment before the number, or -1. */
  at: number;
}

// Inclusive and exclusive bounds follow the statutory reading (民法典 art. 1259):
// 以上/以下/以内/不低于/不超过 include the number; 超过/低于/不满/少于 exclude it.
const PREFIX: [RegExp, Comparator | 'aim' | 'ceiling' | 'delta' | 'exact'][] = [];
const add = (words: string, kind: Comparator | 'aim' | 'ceiling' | 'delta' | 'exact') =>
  PREFIX.push([new RegExp(`(?:${words})`, 'g'), kind]);
// 大于等于 and 大于或等于 spell ≥ out in words (standards and tables do); 大于 alone excludes.
add('大于或?等于|不低于|不少于|不小于|不得低于|不得少于|至少|最少|最低达到|≥|>=|≧', '>=');
add('小于或?等于|不超过|不高于|不大于|不多于|不得超过|不得高于|至多|最多|≤|<=|≦', '<=');
// 将超60%: a bare 超 touching the number is 超过 (超标, 超重 are words of their own). 逾 is the
// written form of 超过 (达标率逾90%); 逾期 is overdue, not a bound.
add('超过|高于|多于|大于|突破|逾(?!期)|>(?!=)|＞|超(?=\\s*$)', '>');
add('低于|少于|小于|不到|不足|不满|<(?!=)|＜|(?<![降减])低(?=\\s*$)', '<');
// 约 as about, not inside a word (预约, 签约, 节约, 制约, 公约, 合约, 条约, 契约).
add('约为|(?<![预签节制公合条契])约|大约|接近', '~');
add(
  '降到|降至|降低到|降低至|下降到|下降至|减少到|减少至|减至|控制在|控制到|压缩到|压缩至|缩短到|缩短至|缩至|缩小到|缩小至|压减到|降为',
  'ceiling',
);
// 巩固在 (hold firm at) is 保持在 of a level already reached (县域就诊率巩固在90%以上).
// 抵达 (arrive at) stands for 达到 in reworded copies of a plan (直报率抵达100%). 完成率, 实现率
// and 覆盖率 are names whose verb is no bound word (实现完成率100%: the bound is 实现).
add(
  '达到|抵达|达(?![标成])|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|增至|上升到|上升至|升至|扩大到|扩大至|保持在|稳定在|维持在|巩固在|保持|完成(?!率)|实现(?!率)|覆盖(?![面率])|' +
    ENSURE +
    '|力争|争取',
  'aim',
);
add('提高|提升|增加|增长|上升|下降|降低|减少|缩短', 'delta');
add('为', 'exact');

// A list item's marker alone before a word: (3), 3., 三是.
const LIST_MARKER = /^\s*(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}是)\s*$/;

const SUFFIX =
  /^\s*(及以上|或以上|以上|及以下|或以下|以下|以内|之内|内(?![容部涵科地窥])|左右|上下|之间)/;

/**
 * Whether the words between a bound and its number hold another figure with words of its own after
 * it (超过50万的县…, 超过50亿元的3家). A year or an age (达到2025年…, 达到60岁以上…) is no such figure, and one a
 * list joins to the number (不超过3%和2%) shares the bound.
 */
function boundsOtherFigure(between: string): boolean {
  const rest = between.replace(YEAR_WORD, '');
  const last = rest.search(/\d[^\d]*$/);
  // 产值超过50亿元的3家: a figure and its unit closed by 的 qualify the units this number counts.
  return last >= 0 && (rest.length - last - 1 > 4 || /\d[^\d]{1,3}的\s*$/.test(rest));
}
const YEAR_WORD = /(?:19|20)\d{2}\s*年|\d+\s*周?岁/g;

/** Reads the bound words in `before` (segment text up to the number) and `after` (text after the unit). */
export function readBound(before: string, after: string, range: boolean): BoundWords {
  let best = -1;
  let bestEnd = -1;
  let kind: Comparator | 'aim' | 'ceiling' | 'delta' | 'exact' | null = null;
  for (const [re, k] of PREFIX) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(before)) !== null) {
      const end = m.index + m[0].length;
      // The word closest to the number wins; on a tie the longer, earlier-listed word.
      if (end > bestEnd || (end === bestEnd && m.index < best)) {
        best = m.index;
        bestEnd = end;
        kind = k;
      }
    }
  }
  // 人口超过50万的县设立1家: a bound with another figure after it, before this number, bounds that
  // figure (a threshold picking the places), not this one.
  if (best >= 0 && boundsOtherFigure(before.slice(bestEnd))) [kind, best] = [null, -1];
  // A delta verb only counts as a delta when it touches the number (提高5个百分点).
  // A change word inside the name (自然增长率在6‰) is part of the name, so no bound starts there.
  // So is one whose last character closes a name (增长率5‰, 增幅: 率, 幅 after the verb).
  if (
    kind === 'delta' &&
    (bestEnd < before.length - 1 || /^[率幅量额]/.test(before.slice(bestEnd)))
  )
    [kind, best] = [null, -1];
  // 为N is an exact quantity only after a subject (床位数为N), not as the preposition 为…提供.
  // A list marker is no subject either: `(3)为35万例患者免费开展…` is done for them.
  if (
    kind === 'exact' &&
    (bestEnd !== before.length ||
      best === 0 ||
      /[作成认称]$/.test(before.slice(0, best)) ||
      LIST_MARKER.test(before.slice(0, best)))
  )
    // …计算公式为…*35%)规范管理率60%: a 为 away from the number bounds nothing, nor ends a name.
    [kind, best] = [null, -1];
  // 实现为83岁: 为 after an aim verb is that aim, not an exact quantity. 规范管理率为95%: a rate
  // named right before its 为 is a plan's level to reach too (a rate is not counted out exactly);
  // 三项指标均为100% keeps its 均为 exact.
  // 医师数从1.84人调整为1.88人: a planned level set anew is an aim as well, and so is one raised to
  // (报销比例上升为45%).
  if (
    kind === 'exact' &&
    /(?:实现|达到|提高|提升|上升|增加|保持|稳定|调整|率)$/.test(before.slice(0, best))
  )
    kind = 'aim';
  const suffix = SUFFIX.exec(after);
  let explicit: Comparator | null = null;
  if (suffix) {
    const w = suffix[1]!;
    if (w.endsWith('以上')) explicit = '>=';
    else if (w === '左右' || w === '上下') explicit = '~';
    else if (w === '之间') explicit = null;
    else explicit = '<=';
  }
  if (
    !explicit &&
    kind &&
    kind !== 'aim' &&
    kind !== 'ceiling' &&
    kind !== 'delta' &&
    kind !== 'exact'
  ) {
    explicit = kind;
  }
  return {
    explicit,
    ceiling: kind === 'ceiling',
    delta: kind === 'delta',
    aimed: kind !== null || explicit !== null,
    range: range || suffix?.[1] === '之间',
    exact: kind === 'exact' && !explicit,
    at: best,
  };
}

/** Length of the bound word right after a number (`以上`, `左右`…), 0 when none. */
export function suffixLength(after: string): number {
  const m = SUFFIX.exec(after);
  return m ? m[0].length : 0;
}

/** The comparator a target takes once its direction is known: bare aims are floors or ceilings. */
export function resolveComparator(b: BoundWords, direction: Direction): Comparator {
  if (b.explicit) return b.explicit;
  if (b.range) return direction === 'band' ? '=' : direction === 'down' ? '<=' : '>=';
  if (b.exact) return '=';
  if (b.ceiling || direction === 'down') return '<=';
  if (direction === 'band') return '=';
  return '>=';
}

// 今年将为5万名居民免费筛查…, 为1000名孕妇提供…: a 为 whose count is followed by the people it
// serves and a deed done for them is the preposition "for"; 免费检查指标为1.4万名, 招募名额为200人:
// a quota allotted (指标, 名额) stated with 为 is a floor to meet, as a task is. Neither is an exact
// quantity.
// The people may open with their age (为2万名65岁以上老年人提供…), or be left out (为500人体检).
const DEED_FOR =
  /^(?:\d+(?:[-—~～至]\d+)?岁(?:及?以上|及?以下)?)?[\u4e00-\u9fff]{0,8}?(?:免费|提供|开展|进行|实施|筛查|检查|接种|体检|发放|办理|建立|签约|治疗|救治|培训)/;
// 献血任务血量为40万毫升, 筛查任务数为3000人: a task's figure stated with 为 is a quota too, of
// any kind; the task word sits in the name right before the 为, not in a heading far before it.
const QUOTA_IS = /(?:指标|名额|任务[\u4e00-\u9fff]{0,2}?)(?:数|量)?\s*为\s*$/;

/** Whether `before` ends with a quota or task stated with 为 (名额为, 任务量为): a floor, not exact. */
export function quotaIs(before: string): boolean {
  return QUOTA_IS.test(before);
}

// 计划为550名符合条件的残疾人、精神病患者,有针对性地提供…: the people served may run on into a list
// and an adverb before the deed; the people are named right after the count (no comma between),
// the deed later in the sentence.
const PEOPLE_THEN_DEED =
  /^[^。;；\n,，]{0,12}?(?:人|患者|儿童|妇女|老人|居民|学生|群众|家庭|孕妇|孕产妇|农民|职工|对象)[^。;；\n]{0,30}?(?:提供|开展|实施|发放|办理|给予|进行)/;

/** Whether a count's `为` (ending `before`) is no exact quantity: a deed for people, or a quota. */
export function forNotExact(before: string, afterUnit: string): boolean {
  // 免费为2000名儿童…: a 为 right after 免费 is always the preposition, whatever deed follows.
  return (
    quotaIs(before) ||
    /免费\s*为\s*$/.test(before) ||
    (/为\s*$/.test(before) && (DEED_FOR.test(afterUnit) || PEOPLE_THEN_DEED.test(afterUnit)))
  );
}

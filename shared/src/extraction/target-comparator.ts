import { forNotExact, quotaIs, resolveComparator } from './comparators';
import { directionOf } from './direction';
import { type Mention } from './mentions';
import { densityRangeReached } from './density-ranges';
import { namedAim } from './reported';
import type { MentionClause } from './mention-clause';
import type { Change } from './change';
import type { Comparator, Direction } from '../targets/vocabulary';

// The step of reading a mention that settles which way is better and how the figure bounds the
// target (readMention, extract-targets.ts), once its name is known.

// 将建4至5所, 建立4~5所: a range of things to build is a floor to reach, not a band.
// 扩展至…及额外3至4个专科: units a service is extended to, or added (额外), are made too.
// 设置病床60-100张, 选择1-2所医院进行改扩建: beds set up, and units picked to take a project or a
// pilot on, are a floor of what is to be had too. So are people to train (培养5至7万人次): they
// are made ready as units are built. So are units to be named models each year (每年评选出2-3个先进
// 社区): an award is a number to reach, as a pick is.
const CREATE_BEFORE =
  /新建|新增|新创|创建|建设|建成|建立|(?<=[将拟再要])建|打造|组建|设立|设置|增设|调整|培育|培养|培训|引进|扩展|拓展|额外|选择|遴选|选取|评选|评出/;

// 新增2至3名教授、3至4名讲师: a later item of a list has the first item's verb in its name, not
// in the words just before its number.
const CREATED_NAME = /^(?:新建|新增|新创|新设|增设|新培育|新招)/;

// 医院数达到8至10家, 争取有2至3个专科进入…: a range reached with an aim word is a floor with its upper
// end (SCHEMA: a range takes >= for an up measure); a bare range (对1-2个市州进行检查), one stated with
// 为 or one held under a ceiling stays a band.
const aimedRange = (b: MentionClause['bound']) => b.aimed && !b.exact && !b.ceiling;

// 新增医生90至120人、护士150至180人, 提升至每千人口3.5至4名医生,以及5.5至6名护士: a later range of a
// list, with only its noun and a joining word before it, is read as the range before it was
// (省级重点专科(学科)12至15个 after 建成国家重点专科(学科)2至3个: a noun of a level and a kind).
const LIST_ITEM_GAP =
  /^(?:以及|及|和|与)?\s*[\u4e00-\u9fff]{0,12}(?:[(（][\u4e00-\u9fff]{1,4}[)）])?\s*$/;

function listedAfterFloorRange(w: MentionClause): boolean {
  const prev = w.samePrev?.target;
  return (
    prev !== undefined &&
    prev.kind === 'count' &&
    prev.valueMax !== null &&
    prev.direction === 'up' &&
    LIST_ITEM_GAP.test(w.before)
  );
}

/**
 * Which way is better for mention `m` named `name`: a change's, the bound's, the catalogue's or the
 * name's; a band for a range or an about.
 */
export function targetDirection(
  m: Mention,
  w: MentionClause,
  change: Change | null,
  share: boolean,
  catalogueDirection: Direction | null,
  name: string,
): Direction {
  const { before, bound } = w;
  // A change is aimed at as an amount of change: higher is better whichever way it points.
  let direction: Direction = change
    ? 'up'
    : bound.ceiling
      ? 'down'
      : (catalogueDirection ?? directionOf(name, false));
  // An aim of none (畸残比为0, 县数为0) can only be neared from above, whatever the name says.
  if (m.value === 0 && !change) direction = 'down';
  if (bound.explicit === '~' && (m.kind === 'count' || share) && direction !== 'down')
    direction = 'band';
  if (
    bound.range &&
    m.kind === 'count' &&
    !CREATE_BEFORE.test(before) &&
    !CREATED_NAME.test(name) &&
    !densityRangeReached(before) &&
    !aimedRange(bound) &&
    !listedAfterFloorRange(w)
  )
    direction = 'band';
  return direction;
}

/**
 * The comparator of mention `m`: exact for an allocated share (`quota`), a floor for a stated task,
 * else the bound's read with `direction`.
 */
export function targetComparator(
  t: string,
  m: Mention,
  w: MentionClause,
  change: Change | null,
  quota: boolean,
  task: boolean,
  direction: Direction,
): Comparator {
  const { sStart, sEnd, bound, before } = w;
  // 控制目标为…男性为40%: a 为 in a sentence that states an aim is that aim, not an exact figure.
  // 超过了60%的年度目标: the words before an aim named after the figure compare the result with
  // it; the aim itself is a plain level (达到 60%).
  const aimBound = namedAim(t.slice(m.end, sEnd))
    ? { ...bound, explicit: null, exact: false }
    : bound.exact &&
        (/目标/.test(t.slice(sStart, m.start)) ||
          quotaIs(before) ||
          (m.kind === 'count' && forNotExact(before, t.slice(m.end, Math.min(sEnd, m.end + 48)))))
      ? { ...bound, exact: false }
      : bound;
  return quota
    ? '='
    : task
      ? '>='
      : change
        ? (bound.explicit ?? '>=')
        : resolveComparator(aimBound, direction);
}

import { firstUnit, lastUnitBefore, unitTable } from './unit-tables';
import { ENSURE } from './aim-words';
// A report gives a rate beside the count it was computed from (住院分娩6173人,住院分娩率96.29%;
// 管理人数为318人,管理率为79.9%): the count of those served, then their share. A plan sets the
// share alone or asks for the count with a verb of doing (完成…5000人), so a rate right after the
// bare count of its own event is a statistic, not an aim.

// The count clause: the event's words, then 人数/数 and 为 at most, then the number and a counting
// word — nothing else, so no verb of aim can sit in it.
const COUNT_CLAUSE =
  /^([\u4e00-\u9fff]{2,14}?)(?:人数|例数|数)?(?:为|共)?\d+(?:\.\d+)?(?:人次|人|例|名|户|份)$/;
// The marks the clauses are split at, and the last units of COUNT_CLAUSE's counting words.
const COUNT_MARK = unitTable(',，;；');
const COUNT_WORD_END = unitTable('次人例名户份');
// Words that make the count something to do (目标管理5000人), though none has a number of its own.
const AIM = new RegExp(
  String.raw`目标|力争|争取|${ENSURE}|完成|达到|计划|任务|要求|新增|新建|培训`,
);

/**
 * Whether the rate ending `sentenceBefore` follows, in the clause before it, the bare count of
 * its own event (`产后访视5669人,产后访视率`): the pair a report computes.
 */
export function isComputedRate(sentenceBefore: string): boolean {
  // The count clause ends in its counting word right before the last mark: most sentences are
  // passed over on that one unit.
  let mark = -1;
  for (let i = sentenceBefore.length - 1; i >= 0 && mark < 0; i--)
    if (COUNT_MARK[sentenceBefore.charCodeAt(i)] === 1) mark = i;
  if (mark < 0 || COUNT_WORD_END[lastUnitBefore(sentenceBefore, mark)] !== 1) return false;
  const clauses = sentenceBefore.split(/[,，;；]/);
  if (clauses.length < 2) return false;
  const rateClause = clauses.at(-1)!;
  const count = COUNT_CLAUSE.exec(clauses.at(-2)!.trim());
  if (!count || AIM.test(count[1]!)) return false;
  // The event's last two characters (管理, 分娩, 体检) end the rate's name: 系统管理率, 体检率.
  return rateClause.includes(`${count[1]!.slice(-2)}率`);
}

/**
 * Whether the count ending `sentenceThrough` is the one the next clause computes its rate from
 * (`健康体检1830人,体检率为76.4%`): a report's count, not work to do.
 */
export function isCountOfItsRate(sentenceThrough: string, sentenceAfter: string): boolean {
  // (The next clause must open right after the count.)
  if (COUNT_MARK[firstUnit(sentenceAfter)] !== 1) return false;
  const [rest, next] = sentenceAfter.split(/[,，;；]/);
  if (next === undefined || rest!.trim() !== '') return false;
  const rate = /^[^\d]*?率(?=[^\d]{0,3}\d)/.exec(next);
  return rate !== null && isComputedRate(`${sentenceThrough},${rate[0]}`);
}

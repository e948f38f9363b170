import { LOOKS_FORWARD } from './report-boundary';
import { lineStartOf } from './list-leads';
// Sentences that tell progress already made or quote statistics: the figures after such a lead
// report where things stand, not where a plan wants them. Each check reads only the sentence
// before the number and runs only where its key word stands.

// LOOKS_FORWARD (report-boundary.ts): the words that turn a sentence towards the plan.

// 妇女儿童健康水平稳步提高, 健康状况不断改善, 母婴安全形势总体平稳: a state said to have improved.
const PROGRESS =
  /(?:状况|水平|形势|状态)(?:总体)?(?:持续|不断|稳步|逐步|进一步|明显|显著|总体)?(?:改善|提高|提升|好转|向好|平稳)$/;

// 数据显示, 统计显示, 据统计 (or 根据统计, 依据统计), 调查表明: the sentence quotes a statistic.
// …水平调查初步统计: a survey's first count.
const DATA_LEAD =
  /^(?:[\u4e00-\u9fff]{0,8}?(?:数据|统计|调查|监测|报告|公报)(?:结果)?(?:显示|表明)|[根依]?据(?:统计|测算|调查)|[\u4e00-\u9fff]{0,16}?初步统计)$/;

/**
 * Whether an earlier clause of the sentence says a state has improved (`…健康水平稳步提高,孕产妇
 * 死亡率下降到19.6/10万`) or quotes statistics (`数据显示,…占比超过80%`), with nothing in the
 * sentence looking ahead: the figure reports progress made.
 */
export function progressLead(sentenceBefore: string): boolean {
  const progress = /状况|水平|形势|状态/.test(sentenceBefore);
  const data = /显示|表明|据统计|据测算|据调查|初步统计/.test(sentenceBefore);
  if (!progress && !data) return false;
  const clauses = sentenceBefore.split(/[,，;；:：]/);
  for (let i = 0; i < clauses.length - 1; i++) {
    const c = clauses[i]!.replace(/\s+/g, '');
    if (progress && PROGRESS.test(c)) return !LOOKS_FORWARD.test(sentenceBefore);
    // After a statistic, 将 tells what the count will come to (初步统计,…将超过26%): an estimate.
    if (data && DATA_LEAD.test(c))
      return !LOOKS_FORWARD.test(sentenceBefore.replace(/将(?!近)/g, ''));
  }
  return false;
}

// 行动目标是,到2022年,…。…水平稳步提高,发病率降至…: a paragraph whose opening sets its aims (目标, a
// horizon 到2022年, after an item number) goes on setting them; the state a later sentence of it
// says improves is aimed at, not reported.
const AIM_OPENING =
  /^[\s(（]*(?:[一二三四五六七八九十\d]{1,2}[、.．)）]\s*)?[\u4e00-\u9fff]{0,8}?(?:目标|到(?:19|20)\d{2}年)/;

/**
 * Whether the paragraph holding the sentence at `sStart` opens with an aim (its line starts within
 * 300 characters before the sentence and its first words name 目标 or a horizon 到YYYY年).
 */
export function inAimParagraph(t: string, sStart: number): boolean {
  const from = lineStartOf(t, sStart);
  if (from > 0 && t[from - 1] !== '\n') return false; // no line start within reach
  return AIM_OPENING.test(t.slice(from, sStart));
}

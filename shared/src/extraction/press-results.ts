import { looksAhead, opensWithPastSpan } from './report-boundary';

// A press conference held to tell how a programme has gone (…新闻办召开发布会,介绍…情况。近年来,…):
// its speakers give the levels reached, and tell them with the verbs a plan uses (提升至33%,
// 达到80%, 较上年提高3个百分点), so the verbs cannot part them from aims. What parts them is the
// page: a conference whose opening looks back (a sentence opening with 近年来, 五年来, 党的…以来)
// and whose text looks ahead nowhere (no 今年, 明年, 将, 力争, 到2025年, 目标 not yet met) reports
// results only. A conference that relays a plan names its horizon or a word ahead somewhere, and
// stays a news story (news-kind.ts), whose sentences that relay aims keep their figures.

const PRESS = /发布会|新闻办|新闻发布/;
const OPENING = 300;
// How far the page is read for a word ahead (as review.ts reads a report page).
const READ = 3000;
// An aim told already met (已有17项指标达到国家2030年目标值) looks back, though it says 目标.
const MET_AIM = /已[^,，。;；]{0,30}?目标值?/g;

/** Whether `text[0, end)` is a press conference's news that only reports results. */
export function isResultsBriefing(text: string, end: number): boolean {
  const opening = text.slice(0, Math.min(end, OPENING));
  if (!PRESS.test(opening)) return false;
  if (!opening.split('。').some((s) => opensWithPastSpan(s))) return false;
  const page = text.slice(0, Math.min(end, READ));
  return !looksAhead(page.includes('已') ? page.replace(MET_AIM, '') : page);
}

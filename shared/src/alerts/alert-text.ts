import { STATUS_LEGEND } from '../targets/status-legend';
import type { TargetStatus } from '../targets/status';

/** A cell whose status changed, named for people. */
export interface StatusChangeItem {
  regionName: string;
  indicatorName: string;
  quarter: string;
  from: TargetStatus;
  to: TargetStatus;
}

export type AlertEvent =
  | { kind: 'status'; items: readonly StatusChangeItem[] }
  | { kind: 'overdue'; regionName: string; quarter: string; dueAt: string }
  | { kind: 'returned'; regionName: string; quarter: string; reason: string; by: string };

/** An alert in words, Chinese first: a title and plain lines (one per cell in a digest). */
export interface AlertText {
  titleZh: string;
  titleEn: string;
  linesZh: string[];
  linesEn: string[];
}

/** A digest lists at most this many cells in a message; the rest are counted. */
export const DIGEST_LIST_LIMIT = 20;

const zh = (s: TargetStatus) => STATUS_LEGEND[s].zh;
const en = (s: TargetStatus) => STATUS_LEGEND[s].en;

/**
 * Words an alert. One status change reads as one sentence; several (one import, one save)
 * become a digest that names the worst first and lists up to {@link DIGEST_LIST_LIMIT}.
 */
export function alertText(event: AlertEvent): AlertText {
  if (event.kind === 'overdue')
    return {
      titleZh: `【逾期】${event.regionName} ${event.quarter} 数据已逾期未报送`,
      titleEn: `[Overdue] ${event.regionName} ${event.quarter} figures are overdue`,
      linesZh: [`报送期限：${event.dueAt.slice(0, 10)}，请尽快填报并提交。`],
      linesEn: [`Due ${event.dueAt.slice(0, 10)}; please enter and submit the figures.`],
    };
  if (event.kind === 'returned')
    return {
      titleZh: `【退回】${event.regionName} ${event.quarter} 报送被退回`,
      titleEn: `[Returned] ${event.regionName} ${event.quarter} submission was returned`,
      linesZh: [`退回人：${event.by}；原因：${event.reason}`],
      linesEn: [`Returned by ${event.by}. Reason: ${event.reason}`],
    };
  const items = [...event.items].sort(
    (a, b) => STATUS_LEGEND[a.to].rank - STATUS_LEGEND[b.to].rank,
  );
  const [first] = items;
  if (!first) throw new RangeError('a status alert needs at least one cell');
  const lineZh = (i: StatusChangeItem) =>
    `${i.regionName} ${i.indicatorName} ${i.quarter}：${zh(i.from)} → ${zh(i.to)}`;
  const lineEn = (i: StatusChangeItem) =>
    `${i.regionName} ${i.indicatorName} ${i.quarter}: ${en(i.from)} → ${en(i.to)}`;
  if (items.length === 1)
    return {
      titleZh: `【${zh(first.to)}】${first.regionName} ${first.indicatorName} ${first.quarter}`,
      titleEn: `[${en(first.to)}] ${first.regionName} ${first.indicatorName} ${first.quarter}`,
      linesZh: [lineZh(first)],
      linesEn: [lineEn(first)],
    };
  const missed = items.filter((i) => i.to === 'missed').length;
  const atRisk = items.length - missed;
  const shown = items.slice(0, DIGEST_LIST_LIMIT);
  const more = items.length - shown.length;
  return {
    titleZh: `【指标预警汇总】${items.length} 项指标状态变化（未达标 ${missed}，预警 ${atRisk}）`,
    titleEn: `[Alert digest] ${items.length} cells changed (missed ${missed}, at risk ${atRisk})`,
    linesZh: [...shown.map(lineZh), ...(more > 0 ? [`……另有 ${more} 项`] : [])],
    linesEn: [...shown.map(lineEn), ...(more > 0 ? [`… and ${more} more`] : [])],
  };
}

/** Whether a change from `from` to `to` is worth telling: a cell newly red or newly amber. */
export function isAlarming(from: TargetStatus, to: TargetStatus): boolean {
  return from !== to && (to === 'missed' || to === 'at_risk');
}

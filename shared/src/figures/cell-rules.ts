import type { SubmissionState } from '../api/submissions.schema';

/**
 * A region's quarter takes no figures once approved: only returning or reopening it (an
 * approver's act) unlocks it. Every other state (none yet, draft, submitted, returned)
 * takes figures.
 */
export const isLocked = (state: SubmissionState): boolean => state === 'approved';

/** One cell (region, indicator, quarter) may appear once in a save or an import. */
export const DUPLICATE_ROW = 'duplicate_row';

/** Why a row repeating the cell of row `firstRow` (numbered as the user sees rows) is refused. */
export const duplicateRowMessage = (firstRow: number): string =>
  `与第 ${firstRow} 行重复（同一地区、指标、季度只能出现一次）`;

/** Why a figure for a locked quarter is refused; `where` names the region when several may. */
export const lockedMessage = (quarter: string, where?: string): string =>
  `${where ? `${where} ` : ''}${quarter} 已审核通过并锁定；如需修改，请审核人退回或重新打开`;

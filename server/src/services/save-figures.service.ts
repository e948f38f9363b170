import { listIndicators } from '@targetboard/db/repositories/applicable-targets.repository';
import {
  cellKey,
  listObservations,
  saveObservations,
  StaleObservationError,
} from '@targetboard/db/repositories/observations.repository';
import { ensureDraft, findSubmission } from '@targetboard/db/repositories/submissions.repository';
import type { Db } from '@targetboard/db/database';
import type {
  Observation,
  ObservationConflict,
  RowIssue,
  SaveRow,
} from '@targetboard/shared/api/observations.schema';
import type { Submission } from '@targetboard/shared/api/submissions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import {
  DUPLICATE_ROW,
  duplicateRowMessage,
  isLocked,
  lockedMessage,
} from '@targetboard/shared/figures/cell-rules';
import { checkFigure } from '@targetboard/shared/figures/check-figure';
import { noteOf } from '@targetboard/shared/figures/same-figure';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { AppError } from '../http/errors';
import { loadHistory } from './reporting.service';
import { watchStatuses } from './status-alerts';
import { refreshCellStatuses } from './cell-statuses.service';

export interface SaveFiguresInput {
  quarter: Quarter;
  channel: 'form' | 'api';
  /** One or more regions (the grid saves its sub-regions together); each region once. */
  regions: readonly { regionId: number; rows: readonly SaveRow[] }[];
}

export interface SavedRegion {
  regionId: number;
  observations: Observation[];
  unchanged: number;
  submission: Submission;
}

/**
 * Saves figures of one quarter for one or more regions, all or nothing: every row of every
 * region is validated first (422 `validation_failed`, then `plausibility_note_required`,
 * issues naming their region and row), then one transaction checks that no region's quarter
 * is approved (409 `locked`) and writes every cell with its version check — one stale cell
 * anywhere (409 `conflict`, each conflict naming its region) writes nothing. Scope is the
 * caller's to check.
 */
export async function saveFigures(
  db: Db,
  user: User,
  input: SaveFiguresInput,
): Promise<SavedRegion[]> {
  const q = input.quarter;
  const regionIds = input.regions.map((r) => r.regionId);
  const indicators = new Map((await listIndicators(db)).map((i) => [i.id, i]));

  if (new Set(regionIds).size !== regionIds.length)
    throw new Error('saveFigures: a region appears twice'); // the route's schema refuses that

  const issues: RowIssue[] = [];
  for (const { regionId, rows } of input.regions) {
    const seen = new Map<number, number>();
    rows.forEach((r, i) => {
      const issue = (code: string, message: string) =>
        issues.push({
          row: i,
          regionId,
          indicatorId: r.indicatorId,
          column: 'indicatorId',
          code,
          message,
        });
      const first = seen.get(r.indicatorId);
      if (!indicators.has(r.indicatorId)) issue('unknown_indicator', `未知的指标 ${r.indicatorId}`);
      else if (first !== undefined) issue(DUPLICATE_ROW, duplicateRowMessage(first + 1));
      else seen.set(r.indicatorId, i);
    });
  }
  if (issues.length > 0) throw rowsFailed(issues);

  const current = new Map((await listObservations(db, regionIds, [q])).map((o) => [cellKey(o), o]));
  const history = await loadHistory(db, regionIds, [q]);
  const warnings: RowIssue[] = [];
  const writes = input.regions.flatMap(({ regionId, rows }) =>
    rows.map((r, i) => {
      const note = noteOf(r.note);
      const stored = current.get(cellKey({ regionId, indicatorId: r.indicatorId, quarter: q }));
      const checked = checkFigure(
        indicators.get(r.indicatorId)!,
        { value: r.value, numerator: r.numerator, denominator: r.denominator, note },
        { stored: stored ?? null, history: history(regionId, r.indicatorId, q) },
      );
      const where = { row: i, regionId, indicatorId: r.indicatorId };
      for (const f of checked.issues)
        issues.push({ ...where, column: f.field, code: f.code, message: f.message });
      for (const w of checked.warnings)
        warnings.push({ ...where, column: w.field, code: w.code, message: w.message });
      return {
        regionId,
        indicatorId: r.indicatorId,
        quarter: q,
        value: checked.value,
        numerator: r.numerator,
        denominator: r.denominator,
        note,
        expectedVersion: r.version,
      };
    }),
  );
  if (issues.length > 0) throw rowsFailed(issues);
  if (warnings.length > 0)
    throw new AppError(
      422,
      'plausibility_note_required',
      `${warnings.length} 项数据与历史相比变化异常，请填写备注说明原因后再保存`,
      { rows: warnings },
    );

  try {
    const saved = await db.transaction().execute(async (trx) => {
      for (const regionId of regionIds) {
        const submission = await findSubmission(trx, regionId, q, { forUpdate: true });
        if (isLocked(submission.state))
          throw new AppError(409, 'locked', lockedMessage(q), { submission });
      }
      const alerts = await watchStatuses(trx, user, writes);
      const result = await saveObservations(trx, writes, {
        user: user.username,
        channel: input.channel,
      });
      for (const regionId of regionIds) await ensureDraft(trx, regionId, q, user.username);
      await alerts.queueChanges(await refreshCellStatuses(trx));
      return result;
    });
    const replies: SavedRegion[] = [];
    for (const { regionId, rows } of input.regions) {
      const observations = saved.saved.filter((o) => o.regionId === regionId);
      replies.push({
        regionId,
        observations,
        unchanged: rows.length - observations.length,
        submission: await findSubmission(db, regionId, q),
      });
    }
    return replies;
  } catch (error) {
    if (error instanceof StaleObservationError)
      throw new AppError(
        409,
        'conflict',
        '部分数据已被他人修改，未保存任何数据；请选择保留对方或您的数值',
        {
          conflicts: error.conflicts.map(({ current, expectedVersion }): ObservationConflict => ({
            regionId: current.regionId,
            indicatorId: current.indicatorId,
            value: current.value,
            numerator: current.numerator,
            denominator: current.denominator,
            note: current.note,
            version: current.version,
            updatedBy: current.updatedBy,
            updatedAt: current.updatedAt,
            yourVersion: expectedVersion,
          })),
        },
      );
    throw error;
  }
}

function rowsFailed(rows: RowIssue[]) {
  const [first] = rows;
  return new AppError(
    422,
    'validation_failed',
    first ? `第 ${first.row + 1} 行 ${first.column}：${first.message}` : 'invalid rows',
    { rows },
  );
}

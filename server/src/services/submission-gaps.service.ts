import { findApplicableTargets } from '@targetboard/db/repositories/applicable-targets.repository';
import { listObservations } from '@targetboard/db/repositories/observations.repository';
import type { DbOrTrx } from '@targetboard/db/database';
import {
  type GapAnswer,
  missingFigures,
  resolveGaps,
  type SubmissionGap,
} from '@targetboard/shared/reporting/submission-gaps';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { AppError } from '../http/errors';

/**
 * The gaps a submission of this region and quarter records: every applicable indicator still
 * without a figure, each with the reporter's reason or covered by `notApplicable`. Any
 * missing figure left unanswered → 422 `figures_missing`, `details.missing` listing them all
 * (with `unanswered` marking those still needing a reason), and nothing submitted.
 */
export async function submissionGaps(
  trx: DbOrTrx,
  regionId: number,
  quarter: Quarter,
  answers: readonly GapAnswer[],
  notApplicable: boolean,
): Promise<SubmissionGap[]> {
  const [applicable, observations] = await Promise.all([
    findApplicableTargets(trx, regionId, Number(quarter.slice(0, 4))),
    listObservations(trx, [regionId], [quarter]),
  ]);
  const values = new Map(observations.map((o) => [o.indicatorId, o.value]));
  const missing = missingFigures(
    applicable.map(({ indicator }) => ({
      indicatorId: indicator.id,
      name: indicator.name,
      value: values.get(indicator.id) ?? null,
    })),
  );
  const { gaps, unanswered } = resolveGaps(missing, answers, notApplicable);
  if (unanswered.length > 0) {
    const open = new Set(unanswered.map((r) => r.indicatorId));
    throw new AppError(
      422,
      'figures_missing',
      `${missing.length} 项指标尚无数据，请逐项说明原因，或确认其余指标本季度不适用`,
      {
        missing: missing.map((r) => ({
          indicatorId: r.indicatorId,
          name: r.name,
          unanswered: open.has(r.indicatorId),
        })),
      },
    );
  }
  return gaps;
}

import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { useState } from 'react';
import { useMessages } from '../../../lib/i18n';
import { useBulkConfirm } from '../api/review-targets';
import { documentMessages } from '../messages';
import { awaitsIndicatorChoice } from '../lib/name-check';

const THRESHOLDS = [0.95, 0.9, 0.8, 0.7, 0.5];

/**
 * Confirms every draft at or above the chosen confidence that has a value, a region and no
 * catalogue indicator to choose; the server leaves drafts of regions outside the user's scope
 * and says how many.
 */
export function BulkConfirm({
  documentId,
  targets,
}: {
  documentId: number;
  targets: StoredTarget[];
}) {
  const t = useMessages(documentMessages);
  const [threshold, setThreshold] = useState(0.8);
  const bulk = useBulkConfirm(documentId);
  const eligible = targets.filter(
    (x) =>
      x.state === 'draft' &&
      (x.confidence ?? 0) >= threshold &&
      x.value !== null &&
      x.regionId !== null &&
      !awaitsIndicatorChoice(x),
  ).length;
  return (
    <div className="bulk">
      <label>
        {t('bulk.label')}{' '}
        <select
          value={threshold}
          data-testid="bulk-threshold"
          onChange={(e) => setThreshold(Number(e.target.value))}
        >
          {THRESHOLDS.map((n) => (
            <option key={n} value={n}>
              {Math.round(n * 100)}%
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button button--primary"
        data-testid="bulk-confirm"
        disabled={eligible === 0 || bulk.isPending}
        title={eligible === 0 ? t('bulk.none') : undefined}
        onClick={() => bulk.mutate(threshold)}
      >
        {t('bulk.button', { n: eligible })}
      </button>
      {bulk.data && (
        <span className="muted small" role="status">
          {t('bulk.done', { confirmed: bulk.data.confirmed, skipped: bulk.data.skipped })}
          {bulk.data.outOfScope.length > 0 &&
            ` ${t('bulk.outOfScope', { n: bulk.data.outOfScope.length })}`}
        </span>
      )}
      {bulk.error && (
        <span className="form-error small">{t('error.save', { message: bulk.error.message })}</span>
      )}
    </div>
  );
}

import { useState } from 'react';
import type {
  GapAnswer,
  GapRow,
  SubmissionGap,
} from '@targetboard/shared/reporting/submission-gaps';
import { resolveGaps } from '@targetboard/shared/reporting/submission-gaps';
import { useMessages } from '../../../lib/i18n';
import { entryMessages } from '../messages';

/**
 * Asked before a quarter is submitted with figures missing: a reason per missing indicator,
 * or a confirmation that those left without one do not apply this quarter.
 */
export function MissingFiguresForm({
  missing,
  pending,
  onSubmit,
  onCancel,
}: {
  missing: GapRow[];
  pending: boolean;
  onSubmit(answer: { gaps: GapAnswer[]; notApplicable: boolean }): void;
  onCancel(): void;
}) {
  const m = useMessages(entryMessages);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [notApplicable, setNotApplicable] = useState(false);
  const gaps = missing.map((r) => ({
    indicatorId: r.indicatorId,
    reason: reasons[r.indicatorId] ?? '',
  }));
  const { unanswered } = resolveGaps(missing, gaps, notApplicable);
  return (
    <form
      className="missing-figures"
      data-testid="missing-figures"
      onSubmit={(e) => {
        e.preventDefault();
        if (unanswered.length === 0) onSubmit({ gaps, notApplicable });
      }}
    >
      <p className="entry-msg entry-msg--warn" role="alert">
        {m('missingTitle', { n: missing.length })}
      </p>
      <ul>
        {missing.map((r, i) => (
          <li key={r.indicatorId}>
            <label>
              <span>{r.name}</span>
              <input
                className="entry-input"
                aria-label={m('missingReasonFor', { name: r.name })}
                placeholder={notApplicable ? m('notApplicableShort') : m('missingReason')}
                value={reasons[r.indicatorId] ?? ''}
                // Asked after pressing submit: the answer is typed next, so focus goes there.
                autoFocus={i === 0}
                onChange={(e) => setReasons((x) => ({ ...x, [r.indicatorId]: e.target.value }))}
              />
            </label>
          </li>
        ))}
      </ul>
      <label className="missing-figures__confirm">
        <input
          type="checkbox"
          checked={notApplicable}
          onChange={(e) => setNotApplicable(e.target.checked)}
        />
        {m('notApplicableConfirm')}
      </label>
      <div className="missing-figures__actions">
        {unanswered.length > 0 && (
          <span className="muted">{m('missingUnanswered', { n: unanswered.length })}</span>
        )}
        <button
          type="submit"
          className="button button--primary"
          disabled={pending || unanswered.length > 0}
        >
          {m('submitWithGaps')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}

/** The gaps recorded with a submission, for whoever reads or approves it. */
export function RecordedGaps({ gaps }: { gaps: SubmissionGap[] }) {
  const m = useMessages(entryMessages);
  if (gaps.length === 0) return null;
  return (
    <details className="missing-figures__recorded" data-testid="recorded-gaps">
      <summary>{m('gapsRecorded', { n: gaps.length })}</summary>
      <ul>
        {gaps.map((g) => (
          <li key={g.indicatorId}>
            {g.name}：{g.reason ?? m('notApplicableShort')}
          </li>
        ))}
      </ul>
    </details>
  );
}

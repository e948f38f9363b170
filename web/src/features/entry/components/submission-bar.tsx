import { useState } from 'react';
import type { EntryReply } from '@targetboard/shared/api/observations.schema';
import type { SubmissionAction } from '@targetboard/shared/api/submissions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useSubmissionAction } from '../api/submission-action';
import { formatTime } from '../format';
import { entryMessages } from '../messages';

/** The quarter's submission state and the actions the user's role may take on it now. */
export function SubmissionBar({
  entry,
  user,
  dirty,
}: {
  entry: EntryReply;
  user: User;
  dirty: number;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const action = useSubmissionAction();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const s = entry.submission;
  const reporter = user.role === 'reporter' || user.role === 'admin';
  const approver = user.role === 'approver' || user.role === 'admin';
  const run = (a: SubmissionAction, extra: { reason?: string } = {}) =>
    action.mutate(
      {
        action: a,
        regionId: entry.region.id,
        quarter: entry.quarter,
        version: s.version,
        ...extra,
      },
      { onSuccess: () => setReturning(false) },
    );
  const canSubmit = reporter && ['not_started', 'draft', 'returned'].includes(s.state);

  return (
    <div className="submission-bar">
      <span className="muted">{m('submissionState')}</span>
      <span className={`entry-state entry-state--${s.state}`} data-testid="submission-state">
        {m(`state_${s.state}`)}
      </span>
      {s.submittedBy && s.state !== 'draft' && (
        <small className="muted">
          {m('submittedBy', { user: s.submittedBy, at: formatTime(s.submittedAt, lang, timeZone) })}
        </small>
      )}
      {s.state === 'approved' && s.approvedBy && (
        <small className="muted">
          {m('approvedBy', { user: s.approvedBy, at: formatTime(s.approvedAt, lang, timeZone) })}
        </small>
      )}
      {s.state === 'returned' && s.reason && (
        <span className="entry-msg entry-msg--error">
          {m('returnedBecause', { reason: s.reason })}
        </span>
      )}
      <span className="entry__spacer" />
      {action.isError && (
        <span className="entry__notice entry__notice--error" role="alert">
          {action.error.message}
        </span>
      )}
      {canSubmit && (
        <button
          type="button"
          className="button button--primary"
          disabled={dirty > 0 || action.isPending || entry.rows.length === 0}
          title={dirty > 0 ? m('saveBeforeSubmit') : undefined}
          onClick={() => run('submit')}
        >
          {m('submit')}
        </button>
      )}
      {approver && s.state === 'submitted' && (
        <button
          type="button"
          className="button"
          disabled={action.isPending}
          onClick={() => run('approve')}
        >
          {m('approve')}
        </button>
      )}
      {approver && (s.state === 'submitted' || s.state === 'approved') && !returning && (
        <button type="button" className="button" onClick={() => setReturning(true)}>
          {m('return')}
        </button>
      )}
      {approver && s.state === 'approved' && (
        <button
          type="button"
          className="button"
          disabled={action.isPending}
          onClick={() => run('reopen')}
        >
          {m('reopen')}
        </button>
      )}
      {returning && (
        <form
          className="submission-bar__return"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) run('return', { reason: reason.trim() });
          }}
        >
          <input
            aria-label={m('returnReason')}
            placeholder={m('returnReason')}
            value={reason}
            autoFocus
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setReturning(false)}
          />
          <button type="submit" className="button" disabled={!reason.trim() || action.isPending}>
            {m('confirmReturn')}
          </button>
          <button type="button" className="button" onClick={() => setReturning(false)}>
            {m('cancel')}
          </button>
        </form>
      )}
    </div>
  );
}

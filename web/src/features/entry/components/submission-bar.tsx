import { type RefObject, useRef, useState } from 'react';
import type { EntryReply } from '@targetboard/shared/api/observations.schema';
import type { SubmissionAction } from '@targetboard/shared/api/submissions.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { useI18n, useMessages } from '../../../lib/i18n';
import {
  type GapAnswer,
  type GapRow,
  missingFigures,
} from '@targetboard/shared/reporting/submission-gaps';
import { announce } from '../../../lib/announce';
import { ApiError } from '../../../lib/api-client';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useSubmissionAction } from '../api/submission-action';
import { formatTime } from '../format';
import { entryMessages } from '../messages';
import { MissingFiguresForm, RecordedGaps } from './missing-figures';
import { useErrorText } from '../../../components/ui/error-message';

const DONE = {
  submit: 'submitted',
  return: 'returnedDone',
  approve: 'approvedDone',
  reopen: 'reopenedDone',
} as const satisfies Record<SubmissionAction, string>;

/** The quarter's submission state and the actions the user's role may take on it now. */
export function SubmissionBar({
  entry,
  user,
  dirty,
  submitButton,
}: {
  entry: EntryReply;
  user: User;
  dirty: number;
  /** The submit button, for the form to move focus to once everything is saved. */
  submitButton?: RefObject<HTMLButtonElement | null>;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const errText = useErrorText();
  const timeZone = useBureauTimeZone();
  const action = useSubmissionAction();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState<GapRow[] | null>(null);
  const stateRef = useRef<HTMLSpanElement>(null);
  const s = entry.submission;
  const reporter = user.role === 'reporter' || user.role === 'admin';
  const approver = user.role === 'approver' || user.role === 'admin';
  const run = (
    a: SubmissionAction,
    extra: { reason?: string; gaps?: GapAnswer[]; notApplicable?: boolean } = {},
  ) =>
    action.mutate(
      {
        action: a,
        regionId: entry.region.id,
        quarter: entry.quarter,
        version: s.version,
        ...extra,
      },
      {
        onSuccess: () => {
          setReturning(false);
          setAsking(null);
          announce(m(DONE[a], { quarter: entry.quarter }));
          // The button or form that was used is gone now: the work continues at the new state.
          requestAnimationFrame(() => stateRef.current?.focus());
        },
        onError: (error) => {
          // Someone cleared a figure meanwhile: ask again with the server's list.
          if (error instanceof ApiError && error.code === 'figures_missing')
            setAsking((error.details as { missing: GapRow[] }).missing);
        },
      },
    );
  const submit = () => {
    const missing = missingFigures(
      entry.rows.map((r) => ({
        indicatorId: r.indicator.id,
        name: r.indicator.name,
        value: r.observation?.value ?? null,
      })),
    );
    if (missing.length > 0) setAsking(missing);
    else run('submit');
  };
  const canSubmit = reporter && ['not_started', 'draft', 'returned'].includes(s.state);
  // Why submitting is not possible now, said as text next to the button (not a tooltip).
  const why =
    dirty > 0
      ? m('saveBeforeSubmit')
      : entry.rows.length === 0
        ? m('nothingToSubmit')
        : action.isPending
          ? m('submitBusy')
          : null;

  return (
    <div className="submission-bar">
      <span className="muted">{m('submissionState')}</span>
      <span
        className={`entry-state entry-state--${s.state}`}
        data-testid="submission-state"
        ref={stateRef}
        tabIndex={-1}
      >
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
      {action.isError &&
        !(action.error instanceof ApiError && action.error.code === 'figures_missing') && (
          <span className="entry__notice entry__notice--error" role="alert">
            {errText(action.error)}
          </span>
        )}
      {canSubmit && why && (
        <span className="submission-bar__why" id="submit-why" data-testid="submit-why">
          {why}
        </span>
      )}
      {canSubmit && (
        <button
          type="button"
          className="button button--primary"
          ref={submitButton}
          disabled={why !== null}
          aria-describedby={why ? 'submit-why' : undefined}
          onClick={submit}
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
      {asking && canSubmit && (
        <MissingFiguresForm
          missing={asking}
          pending={action.isPending}
          onSubmit={(answer) => run('submit', answer)}
          onCancel={() => setAsking(null)}
        />
      )}
      {s.gaps && s.state !== 'draft' && <RecordedGaps gaps={s.gaps} />}
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

import { useState } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { Link } from '../../../app/router';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useSubmissions } from '../api/get-submissions';
import { useSubmissionAction } from '../api/submission-action';
import { formatTime } from '../format';
import { entryMessages } from '../messages';
import { useErrorText } from '../../../components/ui/error-message';

/** A parent bureau's view of its sub-regions' states this quarter, with approve for approvers. */
export function SubmissionsOverview({
  user,
  parentId,
  quarter,
}: {
  user: User;
  parentId: number;
  quarter: string;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const errText = useErrorText();
  const timeZone = useBureauTimeZone();
  const [open, setOpen] = useState(false);
  const overview = useSubmissions(parentId, quarter, open);
  const action = useSubmissionAction();
  const approver = user.role === 'approver' || user.role === 'admin';
  return (
    <details className="entry-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{m('overviewTitle')}</summary>
      <div className="entry-panel__body">
        {overview.isPending && open && <p className="muted">{m('loading')}</p>}
        {overview.isError && <p className="form-error">{errText(overview.error)}</p>}
        {action.isError && (
          <p className="form-error" role="alert">
            {errText(action.error)}
          </p>
        )}
        {overview.data && overview.data.regions.length === 0 && (
          <p className="muted">{m('overviewEmpty')}</p>
        )}
        {overview.data && overview.data.regions.length > 0 && (
          <table className="mini-table">
            <caption className="muted">
              {m('dueAt', { date: formatTime(overview.data.dueAt, lang, timeZone) })}
            </caption>
            <thead>
              <tr>
                <th>{m('colRegion')}</th>
                <th>{m('submissionState')}</th>
                <th />
                <th />
              </tr>
            </thead>
            <tbody>
              {overview.data.regions.map(
                ({ region, submission, overdue, changedSinceApproval }) => (
                  <tr key={region.id}>
                    <td>
                      {region.name} <small className="muted">{region.code}</small>
                    </td>
                    <td>
                      <span className={`entry-state entry-state--${submission.state}`}>
                        {m(`state_${submission.state}`)}
                      </span>{' '}
                      {overdue && (
                        <span className="entry-badge entry-badge--missed">{m('overdue')}</span>
                      )}
                      {changedSinceApproval > 0 && (
                        <span className="entry-badge entry-badge--risk">
                          {m('changedCount', { n: changedSinceApproval })}
                        </span>
                      )}
                    </td>
                    <td>
                      <Link href={`/entry?regionId=${region.id}&quarter=${quarter}`}>
                        {m('open')}
                      </Link>
                    </td>
                    <td>
                      {approver && submission.state === 'submitted' && (
                        <button
                          type="button"
                          className="button"
                          disabled={action.isPending}
                          onClick={() =>
                            action.mutate({
                              action: 'approve',
                              regionId: region.id,
                              quarter,
                              version: submission.version,
                            })
                          }
                        >
                          {m('approve')}
                        </button>
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}

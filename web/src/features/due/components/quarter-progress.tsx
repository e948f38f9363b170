import { Link } from '../../../app/router';
import { ErrorMessage, useErrorText } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useDueOverview } from '../api/get-overview';
import { useRemind } from '../api/remind';
import { dueMessages } from '../messages';

/** One quarter of an approver's sub-regions: who submitted, who is late, who was returned. */
export function QuarterProgress({
  parentId,
  parentName,
  quarter,
  canRemind,
}: {
  parentId: number;
  parentName: string;
  quarter: string;
  /** Approvers and admins send reminders; others only read the progress. */
  canRemind: boolean;
}) {
  const m = useMessages(dueMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const errText = useErrorText();
  const overview = useDueOverview(parentId, quarter);
  const remind = useRemind();
  const headingId = `due-${quarter}`;
  const rows = overview.data?.regions ?? [];
  const count = (state: string) => rows.filter((r) => r.submission.state === state).length;
  return (
    <section className="due__quarter" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {m('quarterTitle', { quarter })}{' '}
        {overview.data && (
          <small className="muted">
            {m('dueAt', { date: formatBureauTime(overview.data.dueAt, lang, timeZone) })}
          </small>
        )}
      </h2>
      {overview.isPending && <p className="muted">{m('loading')}</p>}
      {overview.isError && (
        <ErrorMessage error={overview.error} onRetry={() => overview.refetch()} />
      )}
      {remind.isError && (
        <p className="form-error" role="alert">
          {errText(remind.error)}
        </p>
      )}
      {overview.data && rows.length === 0 && (
        <p className="muted">{m('noChildren', { region: parentName })}</p>
      )}
      {rows.length > 0 && (
        <>
          <p className="due__summary">
            {m('summary', {
              submitted: count('submitted'),
              approved: count('approved'),
              returned: count('returned'),
              late: rows.filter((r) => r.overdue).length,
            })}
          </p>
          <table className="due__table">
            <thead>
              <tr>
                <th scope="col">{m('colRegion')}</th>
                <th scope="col">{m('colState')}</th>
                <th scope="col">{m('colLate')}</th>
                <th scope="col">{m('colReminder')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {rows.map(({ region, submission, overdue, daysOverdue, lastReminderAt }) => (
                <tr key={region.id} className={overdue ? 'due__row--late' : undefined}>
                  <th scope="row">
                    <Link href={`/entry?regionId=${region.id}&quarter=${quarter}`}>
                      {region.name}
                    </Link>
                  </th>
                  <td>
                    <span className={`due-state due-state--${submission.state}`}>
                      {m(`state_${submission.state}`)}
                    </span>
                    {submission.state === 'returned' && submission.reason && (
                      <small className="muted"> {submission.reason}</small>
                    )}
                  </td>
                  <td>{overdue ? m('daysLate', { n: daysOverdue }) : m('notLate')}</td>
                  <td>
                    {lastReminderAt ? (
                      formatBureauTime(lastReminderAt, lang, timeZone)
                    ) : (
                      <span className="muted">{m('never')}</span>
                    )}
                  </td>
                  <td>
                    {canRemind &&
                      submission.state !== 'submitted' &&
                      submission.state !== 'approved' && (
                        <button
                          type="button"
                          className="button"
                          aria-label={m('remindLabel', { region: region.name, quarter })}
                          disabled={remind.isPending}
                          onClick={() =>
                            remind.mutate(
                              { regionId: region.id, quarter },
                              { onSuccess: () => announce(m('reminded', { region: region.name })) },
                            )
                          }
                        >
                          {m('remind')}
                        </button>
                      )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

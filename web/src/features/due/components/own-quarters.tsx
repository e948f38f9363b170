import type { RegionDetail } from '@targetboard/shared/api/regions.schema';
import type { Quarter } from '@targetboard/shared/quarters/quarter';
import { daysOverdue, graceDaysFor, quarterDueAt } from '@targetboard/shared/reporting/deadline';
import { Link } from '../../../app/router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useDeadlines, useOwnSubmissions } from '../api/get-own-quarters';
import { dueMessages } from '../messages';

/** A reporter's own region: each recent quarter's state, its due date and days overdue. */
export function OwnQuarters({ region, quarters }: { region: RegionDetail; quarters: Quarter[] }) {
  const m = useMessages(dueMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const deadlines = useDeadlines();
  const entries = useOwnSubmissions(region.id, quarters);
  const grace = graceDaysFor(
    region.level,
    new Map((deadlines.data ?? []).map((d) => [d.level, d.graceDays])),
  );
  const now = new Date();
  return (
    <section className="due__quarter" aria-labelledby="due-own">
      <h2 id="due-own">
        {m('ownTitle')} <small className="muted">{region.name}</small>
      </h2>
      {deadlines.isError && <ErrorMessage error={deadlines.error} />}
      <table className="due__table">
        <thead>
          <tr>
            <th scope="col">{m('quarterTitle', { quarter: '' }).trim()}</th>
            <th scope="col">{m('colState')}</th>
            <th scope="col">{m('dueAt', { date: '' }).trim()}</th>
            <th scope="col">{m('colLate')}</th>
          </tr>
        </thead>
        <tbody>
          {quarters.map((quarter, i) => {
            const entry = entries[i];
            const state = entry?.data?.submission.state;
            const late = state && deadlines.data ? daysOverdue(quarter, state, now, grace) : 0;
            return (
              <tr key={quarter} className={late > 0 ? 'due__row--late' : undefined}>
                <th scope="row">
                  <Link href={`/entry?regionId=${region.id}&quarter=${quarter}`}>{quarter}</Link>
                </th>
                <td>
                  {entry?.isError ? (
                    <ErrorMessage error={entry.error} />
                  ) : state ? (
                    <span className={`due-state due-state--${state}`}>{m(`state_${state}`)}</span>
                  ) : (
                    <span className="muted">{m('loading')}</span>
                  )}
                </td>
                <td>
                  {deadlines.data
                    ? formatBureauTime(quarterDueAt(quarter, grace).toISOString(), lang, timeZone)
                    : ''}
                </td>
                <td>{late > 0 ? m('daysLate', { n: late }) : m('notLate')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

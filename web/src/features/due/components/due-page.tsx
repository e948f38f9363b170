import type { PageProps } from '../../../app/pages';
import { Link } from '../../../app/router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { useRegion } from '../../../lib/region-queries';
import { useMessages } from '../../../lib/i18n';
import { addQuarters, lastEndedQuarter } from '@targetboard/shared/quarters/quarter';
import { dueMessages } from '../messages';
import { DeadlineSettings } from './deadline-settings';
import { OwnQuarters } from './own-quarters';
import { QuarterProgress } from './quarter-progress';
import '../due.css';

/** How many ended quarters the start page follows: the one being reported and the one before. */
const QUARTERS_SHOWN = 2;

/**
 * The start page of approvers and reporters: what is due and what is late. An approver sees,
 * per quarter, each of their sub-regions' state, days overdue and last reminder, and can send
 * one; a reporter sees their own region's quarters and when each is due.
 */
export function DuePage({ user }: PageProps) {
  const m = useMessages(dueMessages);
  const region = useRegion(user.regionId ?? undefined);
  const last = lastEndedQuarter(new Date());
  const quarters = Array.from({ length: QUARTERS_SHOWN }, (_, i) => addQuarters(last, -i));
  if (user.regionId === null)
    return (
      <section className="due">
        <h1>{m('title')}</h1>
        {user.role === 'admin' ? <DeadlineSettings /> : <p className="muted">{m('noRegion')}</p>}
      </section>
    );
  return (
    <section className="due">
      <h1>{m('title')}</h1>
      {region.isError && <ErrorMessage error={region.error} />}
      {user.role === 'reporter' && region.data && (
        <OwnQuarters region={region.data} quarters={quarters} />
      )}
      {user.role !== 'reporter' &&
        quarters.map((quarter) => (
          <QuarterProgress
            key={quarter}
            parentId={user.regionId!}
            parentName={region.data?.name ?? ''}
            quarter={quarter}
            canRemind={user.role === 'approver' || user.role === 'admin'}
          />
        ))}
      {user.role === 'admin' && <DeadlineSettings />}
      <p>
        <Link href={`/entry?regionId=${user.regionId}&quarter=${last}`}>{m('open')}</Link>
      </p>
    </section>
  );
}

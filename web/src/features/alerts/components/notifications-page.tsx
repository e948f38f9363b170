import type { Notification } from '@targetboard/shared/api/alerts.schema';
import type { PageProps } from '../../../app/pages';
import { Link } from '../../../app/router';
import { ErrorMessage } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { formatBureauTime, useBureauTimeZone } from '../../../lib/bureau-time';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications';
import { alertMessages } from '../messages';
import { NotificationSettingsForm } from './notification-settings-form';
import { WebhookSettings } from './webhook-settings';
import '../alerts.css';

/**
 * Where an alert leads: a cell or a digest to the dashboard of its region and quarter, an
 * overdue or returned quarter to the entry form.
 */
function hrefOf(n: Notification): string {
  const [year, q] = n.quarter.split('Q');
  if (n.kind === 'status')
    return `/dashboard?${new URLSearchParams({ region: n.regionCode, year: year!, quarter: q! })}`;
  return `/entry?${new URLSearchParams({ regionId: String(n.regionId), quarter: n.quarter })}`;
}

export function NotificationsPage({ user }: PageProps) {
  const m = useMessages(alertMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = list.data?.notifications ?? [];
  return (
    <section className="alerts" aria-labelledby="alerts-title">
      <h1 id="alerts-title">{m('title')}</h1>
      {list.isPending && <p className="muted">{m('loading')}</p>}
      {list.error && <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && items.length === 0 && <p className="muted">{m('empty')}</p>}
      {(list.data?.unread ?? 0) > 0 && (
        <button
          type="button"
          className="button"
          data-testid="mark-all-read"
          disabled={markAll.isPending}
          onClick={() => markAll.mutate(undefined, { onSuccess: () => announce(m('markAllRead')) })}
        >
          {m('markAllRead')}
        </button>
      )}
      <ul className="alerts__list">
        {items.map((n) => (
          <li
            key={n.id}
            className={n.read ? 'alerts__item' : 'alerts__item alerts__item--unread'}
            data-testid="notification"
            data-kind={n.kind}
            data-read={n.read}
          >
            <p className="alerts__title">
              {!n.read && <span className="alerts__unread">{m('unread')}</span>}
              {lang === 'zh' ? n.titleZh : n.titleEn}
            </p>
            <p className="alerts__body">{lang === 'zh' ? n.bodyZh : n.bodyEn}</p>
            <p className="alerts__meta">
              <time dateTime={n.createdAt}>{formatBureauTime(n.createdAt, lang, timeZone)}</time>
              {n.itemCount > 1 && <span> · {m('digest', { n: n.itemCount })}</span>}
              {' · '}
              <Link href={hrefOf(n)} onClick={() => !n.read && markRead.mutate(n.id)}>
                {n.kind === 'status' ? m('openCell') : m('openForm')}
              </Link>
              {!n.read && (
                <button
                  type="button"
                  className="button button--small"
                  disabled={markRead.isPending}
                  onClick={() => markRead.mutate(n.id)}
                >
                  {m('markRead')}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      <NotificationSettingsForm />
      {(user.role === 'approver' || user.role === 'admin') && <WebhookSettings user={user} />}
    </section>
  );
}

import { Link } from '../../../app/router';
import { useMessages } from '../../../lib/i18n';
import { useNotifications } from '../api/notifications';
import { alertMessages } from '../messages';

/** The header's way to the notifications, with the unread count as a badge. */
export function NotificationBell() {
  const m = useMessages(alertMessages);
  const unread = useNotifications().data?.unread ?? 0;
  return (
    // The name is the visible text plus words only a screen reader needs ("通知 3 条未读"), so
    // what is seen is what is said (WCAG 2.5.3, label in name).
    <Link
      href="/notifications"
      className="button notification-bell"
      data-testid="notification-bell"
    >
      {m('bell')}
      {unread > 0 && (
        <>
          {' '}
          <span className="notification-bell__count" data-testid="unread-count">
            {unread > 99 ? '99+' : unread}
          </span>
          <span className="visually-hidden"> {m('bellUnreadSuffix')}</span>
        </>
      )}
    </Link>
  );
}

import { Link } from '../../../app/router';
import { useMessages } from '../../../lib/i18n';
import { useNotifications } from '../api/notifications';
import { alertMessages } from '../messages';

/** The header's way to the notifications, with the unread count in words and as a badge. */
export function NotificationBell() {
  const m = useMessages(alertMessages);
  const unread = useNotifications().data?.unread ?? 0;
  return (
    <Link
      href="/notifications"
      className="button notification-bell"
      data-testid="notification-bell"
      aria-label={unread > 0 ? m('bellUnread', { n: unread }) : m('bell')}
    >
      {m('bell')}
      {unread > 0 && (
        <span className="notification-bell__count" data-testid="unread-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}

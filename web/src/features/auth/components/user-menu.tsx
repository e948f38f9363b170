import type { User } from '@targetboard/shared/api/users.schema';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { Link } from '../../../app/router';
import { useLogout } from '../api/session';
import { passwordMessages } from '../messages';
import { useMessages } from '../../../lib/i18n';

export function UserMenu({ user }: { user: User }) {
  const { t } = useI18n();
  const m = useMessages(passwordMessages);
  const logout = useLogout();
  return (
    <div className="user-menu">
      <span className="user-menu__name" data-testid="current-user">
        {user.displayName || user.username}
        <small>
          {t(`role.${user.role}` as MessageKey)}
          {user.regionName ? ` · ${user.regionName}` : ''}
        </small>
      </span>
      <Link href="/password" className="button" data-testid="change-password">
        {m('open')}
      </Link>
      <button
        type="button"
        className="button"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        {t('logout')}
      </button>
    </div>
  );
}

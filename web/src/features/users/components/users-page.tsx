import { useState } from 'react';
import type { PageProps } from '../../../app/pages';
import { useI18n, useMessages } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { useUsers } from '../api/users';
import { userMessages } from '../messages';
import { UserForm } from './user-form';
import '../users.css';
import { useErrorText } from '../../../components/ui/error-message';

/** `/users` (admins): every account with its role and region; create and edit in place. */
export function UsersPage(_props: PageProps) {
  const m = useMessages(userMessages);
  const errText = useErrorText();
  const { t } = useI18n();
  const users = useUsers();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
  };

  return (
    <section className="page users">
      <header className="users__header">
        <h1>{m('title')}</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            setEditing('new');
            setNotice(null);
          }}
          disabled={editing === 'new'}
        >
          {m('create')}
        </button>
        {notice && (
          <span className="users__notice" role="status">
            {notice}
          </span>
        )}
      </header>
      {editing === 'new' && (
        <div className="users__panel">
          <UserForm onDone={done} onCancel={() => setEditing(null)} />
        </div>
      )}
      {users.isPending && <p className="muted">{m('loading')}</p>}
      {users.isError && (
        <p className="form-error" role="alert">
          {m('loadFailed', { message: errText(users.error) })}
        </p>
      )}
      {users.data && (
        <table className="users-table">
          <thead>
            <tr>
              <th>{m('username')}</th>
              <th>{m('displayName')}</th>
              <th>{m('role')}</th>
              <th>{m('region')}</th>
              <th>{m('status')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) =>
              editing === u.id ? (
                <tr key={u.id}>
                  <td colSpan={6} className="users__panel">
                    <UserForm user={u} onDone={done} onCancel={() => setEditing(null)} />
                  </td>
                </tr>
              ) : (
                <tr key={u.id} className={u.disabled ? 'users-table__disabled' : undefined}>
                  <td className="users-table__username">{u.username}</td>
                  <td>{u.displayName}</td>
                  <td>{t(`role.${u.role}` as MessageKey)}</td>
                  <td>
                    {u.regionName ?? (
                      <span className="muted">
                        {/* Admins see everything whatever their region. */}
                        {m(u.role === 'admin' ? 'allRegions' : 'noRegion')}
                      </span>
                    )}
                  </td>
                  <td>
                    <span
                      className={u.disabled ? 'users__badge users__badge--off' : 'users__badge'}
                    >
                      {u.disabled ? m('disabled') : m('active')}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button users__edit"
                      aria-label={`${m('edit')} ${u.username}`}
                      onClick={() => {
                        setEditing(u.id);
                        setNotice(null);
                      }}
                    >
                      {m('edit')}
                    </button>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {users.data?.length === 1 && <p className="muted">{m('empty')}</p>}
    </section>
  );
}

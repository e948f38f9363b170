import { type FormEvent, useState } from 'react';
import { ROLES, type Role, type User } from '@targetboard/shared/api/users.schema';
import { passwordFormProblem } from '@targetboard/shared/users/password';
import { isSafeUsername, normaliseUsername } from '@targetboard/shared/users/username';
import { RegionPicker } from '../../../components/ui/region-picker';
import { ApiError } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { useCreateUser, useUpdateUser } from '../api/users';
import { userMessages } from '../messages';

/** Creates a user (no `user`) or edits one at the version read; a 409 reloads their version. */
export function UserForm({
  user,
  onDone,
  onCancel,
}: {
  user?: User;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const m = useMessages(userMessages);
  const { t } = useI18n();
  const create = useCreateUser();
  const update = useUpdateUser();
  const [base, setBase] = useState(user);
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'reporter');
  const [regionId, setRegionId] = useState<number | null>(user?.regionId ?? null);
  const [disabled, setDisabled] = useState(user?.disabled ?? false);
  const [error, setError] = useState<string | null>(null);
  const pending = create.isPending || update.isPending;

  const fail = (e: unknown) => {
    if (
      e instanceof ApiError &&
      (e.details as { reason?: string } | undefined)?.reason === 'last_admin'
    )
      return setError(m('lastAdmin'));
    if (e instanceof ApiError && e.status === 409 && base) {
      const current = (e.details as { current?: User } | undefined)?.current;
      if (current) {
        setBase(current);
        setDisplayName(current.displayName);
        setRole(current.role);
        setRegionId(current.regionId);
        setDisabled(current.disabled);
      }
      return setError(m('conflict'));
    }
    if (e instanceof ApiError && e.status === 409) return setError(m('taken', { username }));
    setError(m('failed', { message: (e as Error).message }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!base && !isSafeUsername(normaliseUsername(username))) return setError(m('usernameRule'));
    if ((!base || password) && password.length < 10) return setError(m('tooShort'));
    // Blank or control characters; whether it is too common only the server can tell.
    const passwordProblem = password ? passwordFormProblem(password) : null;
    if (passwordProblem) return setError(passwordProblem);
    if (!base) {
      create.mutate(
        { username: normaliseUsername(username), displayName, password, role, regionId },
        { onSuccess: (u) => onDone(m('created', { username: u.username })), onError: fail },
      );
      return;
    }
    const changes = {
      ...(displayName !== base.displayName && { displayName }),
      ...(role !== base.role && { role }),
      ...(regionId !== base.regionId && { regionId }),
      ...(disabled !== base.disabled && { disabled }),
      ...(password && { password }),
    };
    if (Object.keys(changes).length === 0) return setError(m('nothingChanged'));
    update.mutate(
      { id: base.id, version: base.version, ...changes },
      { onSuccess: (u) => onDone(m('updated', { username: u.username })), onError: fail },
    );
  };

  return (
    <form
      className="user-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      aria-label={base ? `${m('edit')} ${base.username}` : m('create')}
    >
      <label>
        <span>{m('username')}</span>
        <input
          name="username"
          value={username}
          readOnly={!!base}
          autoFocus={!base}
          required
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label>
        <span>{m('displayName')}</span>
        <input
          name="displayName"
          value={displayName}
          maxLength={100}
          autoFocus={!!base}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </label>
      <label>
        <span>{base ? m('newPassword') : m('password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          value={password}
          placeholder={m('passwordRule')}
          required={!base}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <label>
        <span>{m('role')}</span>
        <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <div className="user-form__region">
        <span>{m('region')}</span>
        <RegionPicker
          label={m('region')}
          value={regionId}
          allowClear
          onChange={(r) => setRegionId(r?.id ?? null)}
        />
      </div>
      {base && (
        <label className="user-form__check">
          <input
            type="checkbox"
            checked={disabled}
            onChange={(e) => setDisabled(e.target.checked)}
          />
          {m('disable')}
        </label>
      )}
      {role !== 'admin' && regionId === null && (
        <p className="muted user-form__wide">{m('regionNeeded')}</p>
      )}
      {error && (
        <p className="form-error user-form__wide" role="alert">
          {error}
        </p>
      )}
      <div className="user-form__actions user-form__wide">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? m('saving') : m('save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m('cancel')}
        </button>
      </div>
    </form>
  );
}

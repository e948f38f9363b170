import { type FormEvent, useState } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { passwordFormProblem } from '@targetboard/shared/users/password';
import { useMessages } from '../../../lib/i18n';
import { useChangePassword } from '../api/session';
import { passwordMessages } from '../messages';

/**
 * Sets a new password. Shown instead of the app while `user.mustChangePassword` (the API
 * refuses everything else then), and from the user menu at any time (`onClose` given).
 */
export function ChangePasswordPage({ user, onClose }: { user: User; onClose?: () => void }) {
  const m = useMessages(passwordMessages);
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problem = passwordFormProblem(next);
    if (problem) return setError(problem);
    if (next !== repeat) return setError(m('mismatch'));
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => setDone(true),
        onError: (e) => setError(m('failed', { message: e.message })),
      },
    );
  };

  if (done && onClose)
    return (
      <section className="login">
        <div className="login__card" role="status">
          <p>{m('done')}</p>
          <button type="button" className="button" onClick={onClose}>
            {m('back')}
          </button>
        </div>
      </section>
    );

  return (
    <section className="login">
      <form className="login__card" onSubmit={submit} aria-labelledby="password-title">
        <h1 id="password-title">{m('title')}</h1>
        {user.mustChangePassword && <p data-testid="password-required">{m('required')}</p>}
        <input type="hidden" name="username" autoComplete="username" value={user.username} />
        <label>
          {m('current')}
          <input
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
          />
        </label>
        <label>
          {m('next')}
          <input
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            value={next}
            onChange={(e) => setNext(e.target.value)}
          />
        </label>
        <label>
          {m('repeat')}
          <input
            name="repeatPassword"
            type="password"
            autoComplete="new-password"
            required
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
        </label>
        <small className="muted">{m('rule')}</small>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? m('saving') : m('submit')}
        </button>
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {m('back')}
          </button>
        )}
      </form>
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { announce } from '../../../lib/announce';
import { focusMainHeading } from '../../../lib/focus';
import { useI18n } from '../../../lib/i18n';
import { SESSION_ENDED } from '../../../lib/session-expiry';
import { useLogin } from '../api/session';

export function LoginPage() {
  const { t } = useI18n();
  const login = useLogin();
  const sessionEnded = useQueryClient().getQueryData<boolean>(SESSION_ENDED) === true;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate(
      { username, password },
      {
        // The form goes away: the keyboard carries on at the page the user came for.
        onSuccess: (user) => {
          announce(t('login.welcome', { name: user.displayName || user.username }));
          focusMainHeading(document.getElementById('login-title'));
        },
      },
    );
  };

  const error = login.error;
  const message =
    error instanceof ApiError
      ? error.code === 'rate_limited'
        ? t('login.rateLimited')
        : error.code === 'unauthenticated'
          ? t('login.wrong')
          : error.message
      : error
        ? t('login.failed')
        : null;

  return (
    <section className="login">
      <form className="login__card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('login.title')}</h1>
        {sessionEnded && !login.error && (
          <p role="status" className="login__notice">
            {t('login.sessionEnded')}
          </p>
        )}
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            autoFocus
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {message && (
          <p className="form-error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={login.isPending}>
          {login.isPending ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}

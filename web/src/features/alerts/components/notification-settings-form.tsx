import { type FormEvent, useId, useState } from 'react';
import type { NotificationSettings } from '@targetboard/shared/api/alerts.schema';
import { ErrorMessage } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { useMessages } from '../../../lib/i18n';
import { useNotificationSettings, useSetNotificationSettings } from '../api/settings';
import { alertMessages } from '../messages';

/** The user's opt-in to e-mail; offered only where the server has SMTP. */
export function NotificationSettingsForm() {
  const settings = useNotificationSettings();
  if (!settings.data) return null;
  // Keyed by what was loaded, so the form starts from the stored settings.
  return <SettingsForm key={JSON.stringify(settings.data)} stored={settings.data} />;
}

function SettingsForm({ stored }: { stored: NotificationSettings }) {
  const m = useMessages(alertMessages);
  const id = useId();
  const save = useSetNotificationSettings();
  const [email, setEmail] = useState(stored.email ?? '');
  const [enabled, setEnabled] = useState(stored.emailEnabled);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { email: email.trim() || null, emailEnabled: enabled },
      { onSuccess: () => announce(m('saved')) },
    );
  };
  return (
    <form className="alerts__form" onSubmit={submit} aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{m('settingsTitle')}</h2>
      {!stored.emailAvailable ? (
        <p className="muted">{m('emailUnavailable')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-email`}>{m('email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <label className="alerts__check">
            <input
              type="checkbox"
              checked={enabled}
              onChange={(e) => setEnabled(e.target.checked)}
              data-testid="email-enabled"
            />
            {m('emailEnabled')}
          </label>
          <button type="submit" className="button" disabled={save.isPending}>
            {m('save')}
          </button>
          {save.error && <ErrorMessage error={save.error} />}
        </>
      )}
    </form>
  );
}

import { type FormEvent, useId, useState } from 'react';
import type { User } from '@targetboard/shared/api/users.schema';
import { ErrorMessage } from '../../../components/ui/error-message';
import { type PickedRegion, RegionPicker } from '../../../components/ui/region-picker';
import { announce } from '../../../lib/announce';
import { useMessages } from '../../../lib/i18n';
import { useCreateWebhook, useDeleteWebhook, useWebhooks } from '../api/webhooks';
import { alertMessages } from '../messages';

/** The group robots of the regions in an approver's (or admin's) scope: list, add, remove. */
export function WebhookSettings({ user }: { user: User }) {
  const m = useMessages(alertMessages);
  const id = useId();
  const webhooks = useWebhooks(true);
  const create = useCreateWebhook();
  const remove = useDeleteWebhook();
  const [region, setRegion] = useState<PickedRegion | null>(null);
  const [platform, setPlatform] = useState<'wecom' | 'dingtalk'>('wecom');
  const [url, setUrl] = useState('');
  const [secret, setSecret] = useState('');
  const regionId = region?.id ?? user.regionId;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (regionId === null) return;
    create.mutate(
      {
        regionId,
        platform,
        url: url.trim(),
        secret: platform === 'dingtalk' && secret.trim() ? secret.trim() : null,
      },
      {
        onSuccess: () => {
          setUrl('');
          setSecret('');
          announce(m('added'));
        },
      },
    );
  };
  return (
    <section className="alerts__form" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{m('webhooksTitle')}</h2>
      <p className="muted">{m('webhooksHint')}</p>
      {webhooks.data?.length === 0 && <p className="muted">{m('noWebhooks')}</p>}
      <ul className="alerts__webhooks">
        {webhooks.data?.map((w) => (
          <li key={w.id} data-testid="webhook">
            <strong>{m(w.platform)}</strong> <code>{w.urlHint}</code>
            {w.hasSecret && <span> · {m('signed')}</span>}{' '}
            <button
              type="button"
              className="button button--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(w.id, { onSuccess: () => announce(m('removed')) })}
            >
              {m('remove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <RegionPicker
          label={m('region')}
          value={regionId}
          onChange={setRegion}
          id={`${id}-region`}
        />
        <label htmlFor={`${id}-platform`}>{m('platform')}</label>
        <select
          id={`${id}-platform`}
          value={platform}
          onChange={(e) => setPlatform(e.target.value as 'wecom' | 'dingtalk')}
        >
          <option value="wecom">{m('wecom')}</option>
          <option value="dingtalk">{m('dingtalk')}</option>
        </select>
        <label htmlFor={`${id}-url`}>{m('url')}</label>
        <input
          id={`${id}-url`}
          type="url"
          required
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        {platform === 'dingtalk' && (
          <>
            <label htmlFor={`${id}-secret`}>{m('secret')}</label>
            <input
              id={`${id}-secret`}
              type="password"
              autoComplete="off"
              value={secret}
              onChange={(e) => setSecret(e.target.value)}
            />
          </>
        )}
        <button type="submit" className="button" disabled={create.isPending || regionId === null}>
          {m('add')}
        </button>
        {create.error && <ErrorMessage error={create.error} />}
      </form>
    </section>
  );
}

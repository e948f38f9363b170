import { type FormEvent, useState } from 'react';
import { MAX_GRACE_DAYS } from '@targetboard/shared/reporting/deadline';
import { ErrorMessage, useErrorText } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { useMessages } from '../../../lib/i18n';
import { useDeadlines } from '../api/get-own-quarters';
import { useSetDeadline } from '../api/set-deadline';
import { dueMessages } from '../messages';

const LEVEL_KEYS = {
  1: 'level_1',
  2: 'level_2',
  3: 'level_3',
  4: 'level_4',
} as const;

/** Admins: how many days after a quarter ends each level has to report. */
export function DeadlineSettings() {
  const m = useMessages(dueMessages);
  const errText = useErrorText();
  const deadlines = useDeadlines();
  const save = useSetDeadline();
  const [typed, setTyped] = useState<Record<number, string>>({});
  const onSubmit = (level: number) => (event: FormEvent) => {
    event.preventDefault();
    const graceDays = Number(typed[level]);
    save.mutate(
      { level, graceDays },
      { onSuccess: () => announce(m('deadlineSaved', { days: graceDays })) },
    );
  };
  return (
    <section className="due__quarter" aria-labelledby="due-deadlines">
      <h2 id="due-deadlines">{m('deadlinesTitle')}</h2>
      <p className="muted">{m('deadlinesHint')}</p>
      {deadlines.isError && <ErrorMessage error={deadlines.error} />}
      {save.isError && (
        <p className="form-error" role="alert">
          {errText(save.error)}
        </p>
      )}
      {deadlines.data?.map((d) => {
        const levelName = m(LEVEL_KEYS[d.level as keyof typeof LEVEL_KEYS] ?? 'level_4');
        const value = typed[d.level] ?? String(d.graceDays);
        return (
          <form key={d.level} className="due__deadline" onSubmit={onSubmit(d.level)}>
            <label>
              {m('deadlineLabel', { level: levelName })}{' '}
              <input
                type="number"
                min={0}
                max={MAX_GRACE_DAYS}
                step={1}
                required
                value={value}
                onChange={(e) => setTyped((t) => ({ ...t, [d.level]: e.target.value }))}
              />{' '}
              {m('days')}
            </label>{' '}
            {d.isDefault && <small className="muted">{m('deadlineDefault')}</small>}{' '}
            <button
              type="submit"
              className="button"
              disabled={save.isPending || value === String(d.graceDays)}
            >
              {m('save')}
            </button>
          </form>
        );
      })}
    </section>
  );
}

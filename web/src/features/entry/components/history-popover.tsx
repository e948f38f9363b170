import { useEffect, useRef, useState } from 'react';
import type { ChangeLogEntry } from '@targetboard/shared/api/change-log.schema';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useCellHistory } from '../api/get-change-log';
import { formatFigure, formatTime } from '../format';
import { entryMessages } from '../messages';
import { useErrorText } from '../../../components/ui/error-message';

/** The logged figure of an entry side: an observation figure object, or nothing. */
function valueOf(side: unknown): number | null | undefined {
  if (side === null || side === undefined) return undefined;
  if (typeof side === 'object' && 'value' in side) return (side as { value: number | null }).value;
  return undefined;
}

/** A clock button opening who changed this cell when, from which channel, old → new, and why. */
export function HistoryPopover(props: {
  regionId: number;
  indicatorId: number;
  quarter: string;
  name: string;
  unit: string;
}) {
  const m = useMessages(entryMessages);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div
      className="history"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setOpen(false);
          ref.current?.querySelector('button')?.focus();
        }
      }}
    >
      <button
        type="button"
        className="history__button"
        aria-label={`${props.name} ${m('history')}`}
        title={m('history')}
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open && <HistoryList {...props} onClose={() => setOpen(false)} />}
    </div>
  );
}

function HistoryList({
  regionId,
  indicatorId,
  quarter,
  name,
  unit,
  onClose,
}: {
  regionId: number;
  indicatorId: number;
  quarter: string;
  name: string;
  unit: string;
  onClose(): void;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const errText = useErrorText();
  const timeZone = useBureauTimeZone();
  const history = useCellHistory(regionId, indicatorId, quarter);
  const show = (side: unknown) => {
    const v = valueOf(side);
    return v === undefined ? m('empty') : formatFigure(v, unit, lang);
  };
  const entries: ChangeLogEntry[] = [...(history.data ?? [])].reverse();
  return (
    <div className="history__panel" role="dialog" aria-label={`${name} ${m('history')}`}>
      <header>
        <strong>
          {name} · {quarter}
        </strong>
        <button type="button" className="history__close" onClick={onClose} autoFocus>
          {m('close')}
        </button>
      </header>
      {history.isPending && <p className="muted">{m('loading')}</p>}
      {history.isError && <p className="form-error">{errText(history.error)}</p>}
      {history.isSuccess && entries.length === 0 && <p className="muted">{m('historyEmpty')}</p>}
      {entries.length > 0 && (
        <ol>
          {entries.map((e) => (
            <li key={e.id}>
              <div className="history__change">
                <span>{show(e.oldValue)}</span> → <strong>{show(e.newValue)}</strong>
              </div>
              <small className="muted">
                {formatTime(e.at, lang, timeZone)} · {e.user ?? '—'} · {m(`channel_${e.channel}`)}
              </small>
              {e.note && <div className="history__note">{e.note}</div>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type {
  EntryReply,
  ObservationConflict,
  RowIssue,
} from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { useLeaveGuard } from '../../../app/router';
import { useErrorText } from '../../../components/ui/error-message';
import { announce } from '../../../lib/announce';
import { ApiError } from '../../../lib/api-client';
import { useMessages } from '../../../lib/i18n';
import { useSaveObservations } from '../api/save-observations';
import {
  browserStorage,
  draftKey,
  type Drafts,
  readDrafts,
  restoreDrafts,
  writeDrafts,
} from '../drafts';
import { entryMessages } from '../messages';
import {
  checkRow,
  type DraftField,
  figureOf,
  isDirty,
  parsePastedGrid,
  rowDraftOf,
  saveRowOf,
} from '../row-state';
import { useSaveShortcut } from '../save-shortcut';
import { EntryRowView } from './entry-row';
import { SubmissionBar } from './submission-bar';

type Notice = { kind: 'ok' | 'error' | 'warn'; text: string } | null;

/** The table of one region's quarter: drafts, client checks, save with versions, conflicts. */
export function EntryForm({
  entry,
  user,
  canEdit,
}: {
  entry: EntryReply;
  user: User;
  canEdit: boolean;
}) {
  const m = useMessages(entryMessages);
  const save = useSaveObservations();
  const errText = useErrorText();
  const tableRef = useRef<HTMLTableElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const justSaved = useRef(false);
  const [seen, setSeen] = useState<EntryReply | null>(null);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [serverIssues, setServerIssues] = useState<Record<number, RowIssue[]>>({});
  const [conflicts, setConflicts] = useState<Record<number, ObservationConflict>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [showRatio, setShowRatio] = useState(() =>
    entry.rows.some((r) => r.observation?.numerator != null),
  );
  const readOnly = !canEdit || entry.locked;
  const key = draftKey(user.id, entry.region.id, entry.quarter);
  const [retry, setRetry] = useState(false);
  // Adopt each new server reply during render (React's "adjust state on prop change"): rows
  // refreshed, except those being edited — the first reply gets the drafts this browser kept.
  // A draft typed against an older version than the reply's becomes a conflict to decide.
  let current = drafts;
  if (seen !== entry) {
    const first = seen === null;
    const restored = restoreDrafts(
      entry,
      first ? (readOnly ? {} : readDrafts(browserStorage(), key)) : drafts,
    );
    current = restored.drafts;
    const met = Object.keys(restored.conflicts).length;
    if (met > 0) setConflicts((c) => ({ ...c, ...restored.conflicts }));
    if (first && restored.restored > 0)
      setNotice({
        kind: 'warn',
        text:
          met > 0
            ? m('draftRestoredConflict', { n: restored.restored })
            : m('draftRestored', { n: restored.restored }),
      });
    setSeen(entry);
    setDrafts(current);
  }
  useEffect(() => {
    if (!readOnly && seen !== null) writeDrafts(browserStorage(), key, drafts);
  }, [drafts, key, readOnly, seen]);

  const fields: DraftField[] = showRatio
    ? ['value', 'numerator', 'denominator', 'note']
    : ['value', 'note'];
  const dirtyIds = entry.rows
    .map((r) => r.indicator.id)
    .filter((id) => current[id] && isDirty(current[id]));
  useLeaveGuard(dirtyIds.length > 0 ? m('leaveUnsaved', { n: dirtyIds.length }) : null);

  const setField = (indicatorId: number, field: DraftField, value: string) => {
    setDrafts((d) => ({
      ...d,
      [indicatorId]: { ...d[indicatorId]!, draft: { ...d[indicatorId]!.draft, [field]: value } },
    }));
    setServerIssues((s) => (s[indicatorId] ? { ...s, [indicatorId]: [] } : s));
  };

  const focusCell = (row: number, field: DraftField) =>
    tableRef.current?.querySelector<HTMLInputElement>(`[data-cell="${row}:${field}"]`)?.focus();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, field: DraftField) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    focusCell(event.shiftKey ? row - 1 : row + 1, field);
  };

  // A column copied from a spreadsheet fills this row and the ones below (and columns to the right).
  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, field: DraftField) => {
    const grid = parsePastedGrid(event.clipboardData.getData('text/plain'));
    if (grid.length === 1 && grid[0]!.length === 1) return;
    event.preventDefault();
    const start = fields.indexOf(field);
    const updates: [number, DraftField, string][] = [];
    grid.forEach((cells, r) => {
      const target = entry.rows[row + r];
      if (!target) return;
      cells.forEach((cell, c) => {
        const f = fields[start + c];
        if (f) updates.push([target.indicator.id, f, cell.trim()]);
      });
    });
    setDrafts((d) => {
      const next = { ...d };
      for (const [id, f, v] of updates)
        next[id] = { ...next[id]!, draft: { ...next[id]!.draft, [f]: v } };
      return next;
    });
    focusCell(Math.min(row + grid.length - 1, entry.rows.length - 1), field);
  };

  const doSave = (all: Drafts) => {
    if (save.isPending) return;
    const ids = entry.rows.map((r) => r.indicator.id).filter((id) => isDirty(all[id]!));
    if (ids.length === 0) {
      announce(m('nothingToSave'));
      return setNotice({ kind: 'ok', text: m('nothingToSave') });
    }
    const rows = entry.rows.filter((r) => ids.includes(r.indicator.id));
    const checks = rows.map((r) => checkRow(r, all[r.indicator.id]!));
    const bad = checks.filter((c) => c.issues.length > 0).length;
    const warned = checks.filter((c) => c.warnings.length > 0).length;
    if (bad > 0) return setNotice({ kind: 'error', text: m('fixFirst', { n: bad }) });
    if (warned > 0) {
      const first = rows.findIndex((_, i) => checks[i]!.warnings.length > 0);
      focusCell(entry.rows.indexOf(rows[first]!), 'note');
      return setNotice({ kind: 'warn', text: m('needNote', { n: warned }) });
    }
    setNotice(null);
    const kept = () => {
      setRetry(true);
      setNotice({ kind: 'warn', text: m('offlineKept', { n: ids.length }) });
    };
    if (!navigator.onLine) return kept();
    save.mutate(
      {
        regionId: entry.region.id,
        quarter: entry.quarter,
        rows: rows.map((r) => saveRowOf(r.indicator, all[r.indicator.id]!)),
      },
      {
        onSuccess: (reply) => {
          const saved = new Map(reply.observations.map((o) => [o.indicatorId, o]));
          setDrafts((d) => {
            const next = { ...d };
            for (const id of ids) {
              const o = saved.get(id);
              const figure = o ? figureOf(o) : next[id]!.draft;
              next[id] = { base: figure, draft: figure, version: o?.version ?? next[id]!.version };
            }
            return next;
          });
          setServerIssues({});
          setConflicts({});
          setNotice({ kind: 'ok', text: m('saved', { n: ids.length }) });
          announce(m('saved', { n: ids.length }));
          justSaved.current = true;
        },
        onError: (error) => {
          // No answer at all: the connection dropped. The rows stay kept; retried when back.
          if (!(error instanceof ApiError)) return kept();
          const details = error.details as
            { conflicts?: ObservationConflict[]; rows?: RowIssue[] } | undefined;
          if (error.status === 409 && details?.conflicts) {
            setConflicts(Object.fromEntries(details.conflicts.map((c) => [c.indicatorId, c])));
            return setNotice({ kind: 'error', text: m('conflict') });
          }
          if (error.status === 422 && details?.rows) {
            const byRow: Record<number, RowIssue[]> = {};
            for (const issue of details.rows) {
              const id = issue.indicatorId ?? ids[issue.row];
              if (id !== undefined) (byRow[id] ??= []).push(issue);
            }
            setServerIssues(byRow);
          }
          // The rows carry the server's own Chinese messages; the notice is the UI's words.
          setNotice({ kind: 'error', text: errText(error) });
        },
      },
    );
  };

  // Back online with a save that could not be sent: send it now (its versions still apply,
  // so a cell changed meanwhile comes back as a conflict).
  useEffect(() => {
    if (!retry) return;
    const onOnline = () => {
      setRetry(false);
      doSave(current);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  });

  // After a save the work continues at submitting when every figure is in; otherwise where
  // the reporter was typing (or at save, should the focus have been lost).
  useEffect(() => {
    if (!justSaved.current) return;
    justSaved.current = false;
    const complete = entry.rows.every((r) => current[r.indicator.id]?.draft.value.trim());
    const submit = submitRef.current;
    if (complete && submit && !submit.disabled) submit.focus();
    else if (document.activeElement === document.body) saveRef.current?.focus();
  });
  useSaveShortcut(readOnly ? null : () => doSave(current));

  const keepTheirs = (c: ObservationConflict) => {
    const figure = figureOf(c);
    setDrafts((d) => ({
      ...d,
      [c.indicatorId]: { base: figure, draft: figure, version: c.version },
    }));
    setConflicts(({ [c.indicatorId]: _, ...rest }) => rest);
  };
  const keepMine = (c: ObservationConflict) => {
    const next = {
      ...current,
      [c.indicatorId]: { ...current[c.indicatorId]!, version: c.version },
    };
    const { [c.indicatorId]: _, ...rest } = conflicts;
    setDrafts(next);
    setConflicts(rest);
    // Once every conflict is decided, send again with the versions now read.
    if (Object.keys(rest).length === 0) doSave(next);
  };

  return (
    <div className="entry__form">
      {entry.locked && (
        <p className="entry__lock" role="note">
          🔒 {m('locked', { quarter: entry.quarter })}
        </p>
      )}
      {!canEdit && !entry.locked && <p className="entry__lock">{m('readOnly')}</p>}
      {entry.rows.length === 0 ? (
        <div className="empty-state">
          {m('noRows', { region: entry.region.name, quarter: entry.quarter })}
        </div>
      ) : (
        <>
          <div className="entry__table-wrap">
            <table className="entry-table" ref={tableRef}>
              <thead>
                <tr>
                  <th className="entry-table__idx">#</th>
                  <th>{m('colIndicator')}</th>
                  <th className="num">{m('colTarget')}</th>
                  <th className="num">{m('colLastQuarter')}</th>
                  <th className="num">{m('colLastYear')}</th>
                  <th className="num entry-table__input-col">{m('colValue')}</th>
                  {showRatio && <th className="num">{m('colNumerator')}</th>}
                  {showRatio && <th className="num">{m('colDenominator')}</th>}
                  <th className="entry-table__note-col">{m('colNote')}</th>
                  <th aria-label={m('history')} />
                </tr>
              </thead>
              <tbody>
                {entry.rows.map((row, i) => {
                  const r = current[row.indicator.id] ?? rowDraftOf(row);
                  return (
                    <EntryRowView
                      key={row.indicator.id}
                      index={i}
                      row={row}
                      regionId={entry.region.id}
                      quarter={entry.quarter}
                      draft={r}
                      check={checkRow(row, r)}
                      serverIssues={serverIssues[row.indicator.id] ?? []}
                      conflict={conflicts[row.indicator.id]}
                      readOnly={readOnly}
                      showRatio={showRatio}
                      onChange={(f, v) => setField(row.indicator.id, f, v)}
                      onKeyDown={onKeyDown}
                      onPaste={onPaste}
                      onKeepTheirs={keepTheirs}
                      onKeepMine={keepMine}
                    />
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {/* Save and submit stay in view at the bottom while the rows scroll, one Tab after the
          last row and Ctrl+S from any row. */}
      <div className="entry__actionbar" role="region" aria-label={m('actionBar')}>
        {!readOnly && entry.rows.length > 0 && (
          <footer className="entry__actions">
            <button
              type="button"
              className="button button--primary"
              ref={saveRef}
              aria-disabled={save.isPending}
              onClick={() => doSave(current)}
            >
              {save.isPending ? m('saving') : m('save')}
            </button>
            <span className={dirtyIds.length ? 'entry__dirty' : 'muted'}>
              {dirtyIds.length ? m('unsaved', { n: dirtyIds.length }) : m('allSaved')}
            </span>
            {notice && (
              <span
                className={`entry__notice entry__notice--${notice.kind}`}
                // A result is said once, through the app's live region (announce).
                role={notice.kind === 'ok' ? undefined : 'alert'}
              >
                {notice.text}
              </span>
            )}
            <span className="entry__spacer" />
            <label className="entry__toggle">
              <input
                type="checkbox"
                checked={showRatio}
                onChange={(e) => setShowRatio(e.target.checked)}
              />
              {m('showRatio')}
            </label>
            <span className="muted entry__hint">
              {m('keyboardHint')} · {m('saveShortcut')}
            </span>
          </footer>
        )}
        <SubmissionBar entry={entry} user={user} dirty={dirtyIds.length} submitButton={submitRef} />
      </div>
    </div>
  );
}

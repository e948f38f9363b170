import { useEffect, useRef, useState } from 'react';
import type { EntryReply } from '@targetboard/shared/api/observations.schema';
import type { User } from '@targetboard/shared/api/users.schema';
import { useMessages } from '../../../lib/i18n';
import { useSaveObservations } from '../api/save-observations';
import { cellKey, type Layout } from '../draft-table';
import { entryMessages } from '../messages';
import { checkRow, type DraftField, rowDraftOf } from '../row-state';
import { type SendRows, useDraftTable } from '../use-draft-table';
import { EntryRowView } from './entry-row';
import { SaveBar } from './save-bar';
import { SubmissionBar } from './submission-bar';

/** The table of one region's quarter: one row per indicator, its fields as columns. */
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
  const saveRef = useRef<HTMLButtonElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const justSaved = useRef(false);
  const [showRatio, setShowRatio] = useState(() =>
    entry.rows.some((r) => r.observation?.numerator != null),
  );
  const readOnly = !canEdit || entry.locked;
  const fields: DraftField[] = showRatio
    ? ['value', 'numerator', 'denominator', 'note']
    : ['value', 'note'];
  const keyOf = (indicatorId: number) => cellKey(entry.region.id, indicatorId);
  const layout: Layout = entry.rows.map((r) =>
    fields.map((field) => ({ key: keyOf(r.indicator.id), field })),
  );
  const send: SendRows = async ([region]) => {
    const reply = await save.mutateAsync({
      regionId: entry.region.id,
      quarter: entry.quarter,
      rows: region!.rows,
    });
    return [{ regionId: entry.region.id, observations: reply.observations }];
  };
  const box = useRef<HTMLDivElement>(null);
  const table = useDraftTable({
    box,
    entries: [entry],
    userId: user.id,
    canEdit,
    layout,
    send,
    sending: save.isPending,
    onSaved: () => {
      justSaved.current = true;
    },
  });

  // After a save the work continues at submitting when every figure is in; otherwise where
  // the reporter was typing (or at save, should the focus have been lost).
  useEffect(() => {
    if (!justSaved.current) return;
    justSaved.current = false;
    const complete = entry.rows.every((r) =>
      table.drafts[keyOf(r.indicator.id)]?.draft.value.trim(),
    );
    const submit = submitRef.current;
    if (complete && submit && !submit.disabled) submit.focus();
    else if (document.activeElement === document.body) saveRef.current?.focus();
  });

  return (
    <div className="entry__form" ref={box}>
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
            <table className="entry-table">
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
                  const k = keyOf(row.indicator.id);
                  const r = table.drafts[k] ?? rowDraftOf(row);
                  const conflict = table.conflicts[k];
                  return (
                    <EntryRowView
                      key={row.indicator.id}
                      index={i}
                      row={row}
                      regionId={entry.region.id}
                      quarter={entry.quarter}
                      draft={r}
                      check={checkRow(row, r)}
                      serverIssues={table.issues[k] ?? []}
                      conflict={conflict}
                      readOnly={readOnly}
                      showRatio={showRatio}
                      inputProps={(field) => table.inputProps(i, fields.indexOf(field))}
                      onKeepTheirs={() => table.keepTheirs(k)}
                      onKeepMine={() => table.keepMine(k)}
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
          <SaveBar
            sending={save.isPending}
            dirty={table.dirty}
            notice={table.notice}
            onSave={table.save}
            saveRef={saveRef}
          >
            <label className="entry__toggle">
              <input
                type="checkbox"
                checked={showRatio}
                onChange={(e) => setShowRatio(e.target.checked)}
              />
              {m('showRatio')}
            </label>
          </SaveBar>
        )}
        <SubmissionBar entry={entry} user={user} dirty={table.dirty} submitButton={submitRef} />
      </div>
    </div>
  );
}

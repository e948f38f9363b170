import { useRef } from 'react';
import type { EntryReply, EntryRow } from '@targetboard/shared/api/observations.schema';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { useErrorText } from '../../../components/ui/error-message';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useChildRegions, useGridEntries } from '../api/get-grid';
import { useSaveGrid } from '../api/save-grid';
import { cellKey, type Layout } from '../draft-table';
import { formatFigure } from '../format';
import { entryMessages } from '../messages';
import { checkRow, isDirty } from '../row-state';
import { type SendRows, useDraftTable } from '../use-draft-table';
import { ConflictChoice } from './conflict-choice';
import { SaveBar } from './save-bar';

/**
 * Grid mode: one row per sub-region, one column per indicator, values only; a flagged cell
 * (a unit error, a jump needing a note, a conflict) is listed below the grid with its note.
 */
export function EntryGrid({
  parentId,
  quarter,
  userId,
}: {
  parentId: number;
  quarter: string;
  userId: number;
}) {
  const m = useMessages(entryMessages);
  const errText = useErrorText();
  const children = useChildRegions(parentId);
  const ids = (children.data ?? []).map((r) => r.id);
  const entries = useGridEntries(ids, quarter);
  if (children.isPending) return <p className="muted">{m('loading')}</p>;
  if (children.isError) return <p className="form-error">{errText(children.error)}</p>;
  if (ids.length === 0) return <div className="empty-state">{m('overviewEmpty')}</div>;
  if (entries.some((e) => e.isPending)) return <p className="muted">{m('loading')}</p>;
  // Sub-regions outside the user's scope or without targets are simply not rows.
  const loaded = entries.flatMap((e) => (e.data && e.data.rows.length > 0 ? [e.data] : []));
  if (loaded.length === 0) return <div className="empty-state">{m('gridEmpty')}</div>;
  return (
    <GridTable key={loaded.map((e) => e.region.id).join(',')} entries={loaded} userId={userId} />
  );
}

/** Sub-regions as rows, indicators as columns: the value of each cell, the drafts of all. */
function GridTable({ entries, userId }: { entries: EntryReply[]; userId: number }) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const save = useSaveGrid();
  const indicators = new Map<number, EntryRow>();
  for (const e of entries)
    for (const r of e.rows) if (!indicators.has(r.indicator.id)) indicators.set(r.indicator.id, r);
  const columns = [...indicators.values()];
  const rowOf = (e: EntryReply, indicatorId: number) =>
    e.rows.find((r) => r.indicator.id === indicatorId);
  const layout: Layout = entries.map((e) =>
    columns.map((c) =>
      rowOf(e, c.indicator.id)
        ? { key: cellKey(e.region.id, c.indicator.id), field: 'value' as const }
        : null,
    ),
  );
  // One request for the whole grid: it is saved entirely or not at all.
  const send: SendRows = async (regions) =>
    (await save.mutateAsync({ quarter: entries[0]!.quarter, regions })).regions;
  const box = useRef<HTMLDivElement>(null);
  const table = useDraftTable({
    box,
    entries,
    userId,
    canEdit: true,
    layout,
    send,
    sending: save.isPending,
    refusedPrefix: m('gridNotSaved'),
  });

  // A flagged cell (a unit error, a jump needing a note, a refusal, a conflict) is listed
  // below the grid with its note.
  const flagged = entries.flatMap((e) =>
    e.rows.flatMap((r) => {
      const k = cellKey(e.region.id, r.indicator.id);
      const d = table.drafts[k];
      if (!d) return [];
      const check = checkRow(r, d);
      const texts = [
        ...new Set([
          ...check.issues.map((i) => i.message),
          ...check.warnings,
          ...(table.issues[k] ?? []).map((i) => i.message),
        ]),
      ];
      return texts.length || table.conflicts[k]
        ? [{ e, r, k, d, texts, warn: check.warnings.length > 0 }]
        : [];
    }),
  );

  return (
    <div className="entry__form" ref={box}>
      <div className="entry__table-wrap">
        <table className="entry-table entry-grid">
          <thead>
            <tr>
              <th>{m('colRegion')}</th>
              {columns.map((c) => (
                <th key={c.indicator.id} className="num" title={formatTarget(c.target, lang)}>
                  {c.indicator.name}
                  <small className="entry-inherited">{c.indicator.unit}</small>
                </th>
              ))}
              <th>{m('submissionState')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, row) => (
              <tr key={e.region.id} className="entry-table__row">
                <th scope="row" className="entry-table__name">
                  {e.region.name} <small className="muted">{e.region.code}</small>
                </th>
                {columns.map((c, col) => {
                  const r = rowOf(e, c.indicator.id);
                  const k = cellKey(e.region.id, c.indicator.id);
                  const d = table.drafts[k];
                  if (!r || !d)
                    return (
                      <td key={c.indicator.id} className="num muted">
                        ·
                      </td>
                    );
                  const bad = flagged.some((f) => f.k === k);
                  return (
                    <td key={c.indicator.id} className="num">
                      <input
                        className={`entry-input num${bad ? ' entry-input--error' : ''}${isDirty(d) ? ' entry-input--dirty' : ''}`}
                        aria-label={`${e.region.name} ${c.indicator.name}`}
                        inputMode="decimal"
                        autoComplete="off"
                        title={
                          r.lastQuarter === null
                            ? undefined
                            : `${m('colLastQuarter')} ${formatFigure(r.lastQuarter, c.indicator.unit, lang)}`
                        }
                        readOnly={e.locked}
                        {...table.inputProps(row, col)}
                      />
                    </td>
                  );
                })}
                <td>
                  <span className={`entry-state entry-state--${e.submission.state}`}>
                    {m(`state_${e.submission.state}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {flagged.length > 0 && (
        <ul className="entry-grid__issues">
          {flagged.map(({ e, r, k, d, texts, warn }) => (
            <li key={k}>
              <strong>
                {e.region.name} · {r.indicator.name}
              </strong>
              {texts.map((t) => (
                <span
                  key={t}
                  className={warn ? 'entry-msg entry-msg--warn' : 'entry-msg entry-msg--error'}
                >
                  {t}
                </span>
              ))}
              {(warn || d.draft.note) && (
                <input
                  className="entry-input entry-input--note"
                  aria-label={`${e.region.name} ${r.indicator.name} ${m('colNote')}`}
                  placeholder={m('notePlaceholder')}
                  readOnly={e.locked}
                  {...table.fieldProps(k, 'note')}
                />
              )}
              {table.conflicts[k] && (
                <ConflictChoice
                  conflict={table.conflicts[k]}
                  mine={d.draft.value}
                  unit={r.indicator.unit}
                  testId={`conflict-${e.region.id}-${r.indicator.id}`}
                  onKeepTheirs={() => table.keepTheirs(k)}
                  onKeepMine={() => table.keepMine(k)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Save stays in view at the bottom while the rows scroll; Ctrl+S from any cell. */}
      <div className="entry__actionbar" role="region" aria-label={m('actionBar')}>
        <SaveBar
          sending={save.isPending}
          dirty={table.dirty}
          notice={table.notice}
          onSave={table.save}
        />
      </div>
    </div>
  );
}

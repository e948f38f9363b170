import { type ClipboardEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type {
  EntryReply,
  EntryRow,
  ObservationConflict,
  RowIssue,
} from '@targetboard/shared/api/observations.schema';
import { useLeaveGuard } from '../../../app/router';
import { announce } from '../../../lib/announce';
import { ApiError } from '../../../lib/api-client';
import { useI18n, useMessages } from '../../../lib/i18n';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useChildRegions, useGridEntries } from '../api/get-grid';
import { useSaveGrid } from '../api/save-grid';
import { formatTarget } from '@targetboard/shared/targets/format-target';
import { formatFigure, formatTime } from '../format';
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
  figureOf,
  isDirty,
  parsePastedGrid,
  type RowDraft,
  saveRowOf,
} from '../row-state';
import { useErrorText } from '../../../components/ui/error-message';
import { useSaveShortcut } from '../save-shortcut';

type Key = `${number}:${number}`;
const keyOf = (regionId: number, indicatorId: number): Key => `${regionId}:${indicatorId}`;

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

/**
 * The grid's rows with the drafts this browser kept for each sub-region (the same ones the
 * form mode keeps), and the conflicts of drafts that met a figure saved since.
 */
function restoreGrid(entries: EntryReply[], userId: number) {
  const drafts: Record<Key, RowDraft> = {};
  const conflicts: Record<Key, ObservationConflict> = {};
  for (const e of entries) {
    const kept = readDrafts(browserStorage(), draftKey(userId, e.region.id, e.quarter));
    const restored = restoreDrafts(e, kept);
    for (const [id, d] of Object.entries(restored.drafts))
      drafts[keyOf(e.region.id, Number(id))] = d;
    for (const [id, c] of Object.entries(restored.conflicts))
      conflicts[keyOf(e.region.id, Number(id))] = c;
  }
  return { drafts, conflicts };
}

function GridTable({ entries, userId }: { entries: EntryReply[]; userId: number }) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const save = useSaveGrid();
  const gridErrText = useErrorText();
  const timeZone = useBureauTimeZone();
  const ref = useRef<HTMLTableElement>(null);
  const indicators = new Map<number, EntryRow>();
  for (const e of entries)
    for (const r of e.rows) if (!indicators.has(r.indicator.id)) indicators.set(r.indicator.id, r);
  const columns = [...indicators.values()];
  const rowOf = (e: EntryReply, indicatorId: number) =>
    e.rows.find((r) => r.indicator.id === indicatorId);
  const [initial] = useState(() => restoreGrid(entries, userId));
  const [drafts, setDrafts] = useState<Record<Key, RowDraft>>(initial.drafts);
  const [conflicts, setConflicts] = useState<Record<Key, ObservationConflict>>(initial.conflicts);
  useEffect(() => {
    for (const e of entries) {
      const mine: Drafts = {};
      for (const r of e.rows) {
        const d = drafts[keyOf(e.region.id, r.indicator.id)];
        if (d) mine[r.indicator.id] = d;
      }
      writeDrafts(browserStorage(), draftKey(userId, e.region.id, e.quarter), mine);
    }
  }, [drafts, entries, userId]);
  const [serverIssues, setServerIssues] = useState<Record<Key, string[]>>({});
  const [notice, setNotice] = useState<{ text: string; ok: boolean } | null>(null);

  const set = (k: Key, field: 'value' | 'note', v: string) => {
    setDrafts((d) => ({ ...d, [k]: { ...d[k]!, draft: { ...d[k]!.draft, [field]: v } } }));
    setServerIssues(({ [k]: _, ...rest }) => rest);
  };
  const focus = (row: number, col: number) =>
    ref.current?.querySelector<HTMLInputElement>(`[data-grid="${row}:${col}"]`)?.focus();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    focus(e.shiftKey ? row - 1 : row + 1, col);
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    const grid = parsePastedGrid(e.clipboardData.getData('text/plain'));
    if (grid.length === 1 && grid[0]!.length === 1) return;
    e.preventDefault();
    setDrafts((d) => {
      const next = { ...d };
      grid.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const region = entries[row + r]?.region.id;
          const indicator = columns[col + c]?.indicator.id;
          const k = region && indicator ? keyOf(region, indicator) : null;
          if (k && next[k])
            next[k] = { ...next[k], draft: { ...next[k].draft, value: cell.trim() } };
        }),
      );
      return next;
    });
  };

  const flagged = entries.flatMap((e) =>
    e.rows.flatMap((r) => {
      const k = keyOf(e.region.id, r.indicator.id);
      const check = checkRow(r, drafts[k]!);
      const texts = [
        ...check.issues.map((i) => i.message),
        ...check.warnings,
        ...(serverIssues[k] ?? []),
      ];
      return texts.length || conflicts[k]
        ? [{ e, r, k, texts, warn: check.warnings.length > 0 }]
        : [];
    }),
  );
  const dirty = Object.entries(drafts).filter(([, d]) => isDirty(d)).length;
  useLeaveGuard(dirty > 0 ? m('leaveUnsaved', { n: dirty }) : null);

  const saveAll = async (all: Record<Key, RowDraft>) => {
    if (save.isPending) return;
    setNotice(null);
    const blocking = flagged.filter((f) => f.texts.length > 0 && !conflicts[f.k]).length;
    if (blocking > 0) return setNotice({ text: m('fixFirst', { n: blocking }), ok: false });
    const nextConflicts: Record<Key, ObservationConflict> = {};
    const nextIssues: Record<Key, string[]> = {};
    const changed = entries.flatMap((e) => {
      const rows = e.rows.filter((r) => isDirty(all[keyOf(e.region.id, r.indicator.id)]!));
      return rows.length > 0 ? [{ e, rows }] : [];
    });
    if (changed.length === 0) {
      announce(m('nothingToSave'));
      return setNotice({ text: m('nothingToSave'), ok: true });
    }
    // One request for the whole grid: it is saved entirely or not at all.
    try {
      const reply = await save.mutateAsync({
        quarter: changed[0]!.e.quarter,
        regions: changed.map(({ e, rows }) => ({
          regionId: e.region.id,
          rows: rows.map((r) => saveRowOf(r.indicator, all[keyOf(e.region.id, r.indicator.id)]!)),
        })),
      });
      const stored = new Map(
        reply.regions.flatMap((r) =>
          r.observations.map((o) => [keyOf(r.regionId, o.indicatorId), o] as const),
        ),
      );
      setDrafts((d) => {
        const next = { ...d };
        for (const { e, rows } of changed)
          for (const r of rows) {
            const k = keyOf(e.region.id, r.indicator.id);
            const o = stored.get(k);
            const f = o ? figureOf(o) : next[k]!.draft;
            next[k] = { base: f, draft: f, version: o?.version ?? next[k]!.version };
          }
        return next;
      });
      setConflicts({});
      setServerIssues({});
      const said = m('saved', { n: changed.reduce((n, c) => n + c.rows.length, 0) });
      setNotice({ text: said, ok: true });
      announce(said);
    } catch (error) {
      const details =
        error instanceof ApiError
          ? (error.details as { conflicts?: ObservationConflict[]; rows?: RowIssue[] } | undefined)
          : undefined;
      for (const c of details?.conflicts ?? []) nextConflicts[keyOf(c.regionId, c.indicatorId)] = c;
      for (const i of details?.rows ?? [])
        if (i.regionId && i.indicatorId)
          (nextIssues[keyOf(i.regionId, i.indicatorId)] ??= []).push(i.message);
      setConflicts(nextConflicts);
      setServerIssues(nextIssues);
      setNotice({
        ok: false,
        text:
          Object.keys(nextConflicts).length > 0
            ? m('conflict')
            : Object.keys(nextIssues).length > 0
              ? m('gridNotSaved')
              : `${m('gridNotSaved')} ${gridErrText(error)}`,
      });
    }
  };
  useSaveShortcut(() => void saveAll(drafts));

  const keepTheirs = (k: Key, c: ObservationConflict) => {
    const f = figureOf(c);
    setDrafts((d) => ({ ...d, [k]: { base: f, draft: f, version: c.version } }));
    setConflicts(({ [k]: _, ...rest }) => rest);
  };
  const keepMine = (k: Key, c: ObservationConflict) => {
    setDrafts((d) => ({ ...d, [k]: { ...d[k]!, version: c.version } }));
    setConflicts(({ [k]: _, ...rest }) => rest);
  };

  return (
    <div className="entry__form">
      <div className="entry__table-wrap">
        <table className="entry-table entry-grid" ref={ref}>
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
                  const k = keyOf(e.region.id, c.indicator.id);
                  const d = drafts[k];
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
                        data-grid={`${row}:${col}`}
                        aria-label={`${e.region.name} ${c.indicator.name}`}
                        inputMode="decimal"
                        autoComplete="off"
                        title={
                          r.lastQuarter === null
                            ? undefined
                            : `${m('colLastQuarter')} ${formatFigure(r.lastQuarter, c.indicator.unit, lang)}`
                        }
                        value={d.draft.value}
                        readOnly={e.locked}
                        onChange={(ev) => set(k, 'value', ev.target.value)}
                        onKeyDown={(ev) => onKeyDown(ev, row, col)}
                        onPaste={(ev) => onPaste(ev, row, col)}
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
          {flagged.map(({ e, r, k, texts, warn }) => (
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
              {(warn || drafts[k]!.draft.note) && (
                <input
                  className="entry-input entry-input--note"
                  aria-label={`${e.region.name} ${r.indicator.name} ${m('colNote')}`}
                  placeholder={m('notePlaceholder')}
                  value={drafts[k]!.draft.note}
                  onChange={(ev) => set(k, 'note', ev.target.value)}
                />
              )}
              {conflicts[k] && (
                <span className="entry-conflict">
                  {m('theirs', {
                    value: formatFigure(conflicts[k].value, r.indicator.unit, lang),
                    user: conflicts[k].updatedBy ?? '—',
                    at: formatTime(conflicts[k].updatedAt, lang, timeZone),
                  })}
                  <button
                    type="button"
                    className="button"
                    onClick={() => keepTheirs(k, conflicts[k]!)}
                  >
                    {m('keepTheirs')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => keepMine(k, conflicts[k]!)}
                  >
                    {m('keepMine')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Save stays in view at the bottom while the rows scroll; Ctrl+S from any cell. */}
      <div className="entry__actionbar" role="region" aria-label={m('actionBar')}>
        <footer className="entry__actions">
          <button
            type="button"
            className="button button--primary"
            aria-disabled={save.isPending}
            onClick={() => void saveAll(drafts)}
          >
            {save.isPending ? m('saving') : m('save')}
          </button>
          <span className={dirty ? 'entry__dirty' : 'muted'}>
            {dirty ? m('unsaved', { n: dirty }) : m('allSaved')}
          </span>
          {notice && (
            // A result is said once, through the app's live region (announce); a refusal is an alert.
            <span
              className={`entry__notice${notice.ok ? '' : ' entry__notice--error'}`}
              role={notice.ok ? undefined : 'alert'}
            >
              {notice.text}
            </span>
          )}
          <span className="entry__spacer" />
          <span className="muted entry__hint">
            {m('keyboardHint')} · {m('saveShortcut')}
          </span>
        </footer>
      </div>
    </div>
  );
}

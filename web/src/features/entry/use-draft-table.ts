import {
  type ClipboardEvent,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useState,
} from 'react';
import type {
  EntryReply,
  Observation,
  ObservationConflict,
  RowIssue,
  SaveRow,
} from '@targetboard/shared/api/observations.schema';
import { useLeaveGuard } from '../../app/router';
import { useErrorText } from '../../components/ui/error-message';
import { announce } from '../../lib/announce';
import { ApiError } from '../../lib/api-client';
import { useMessages } from '../../lib/i18n';
import {
  applySaved,
  type CellKey,
  keepMine as keepMineIn,
  keepTheirs as keepTheirsIn,
  type Layout,
  moveInColumn,
  pasteBlock,
  planSave,
  readRefusal,
  regionDrafts,
  restoreTable,
  setField,
  type TableConflicts,
  type TableDrafts,
  type TableIssues,
} from './draft-table';
import { browserStorage, draftKey, readDrafts, writeDrafts } from './drafts';
import { entryMessages } from './messages';
import { type DraftField, isDirty, parsePastedGrid } from './row-state';
import { useSaveShortcut } from './save-shortcut';

export type Notice = { kind: 'ok' | 'error' | 'warn'; text: string } | null;

/** Sends every region's changed rows; answers each region's stored observations. */
export type SendRows = (
  regions: { regionId: number; rows: SaveRow[] }[],
) => Promise<{ regionId: number; observations: Observation[] }[]>;

interface Options {
  /** The box holding the table's inputs (and its notes), where focus moves are looked up. */
  box: RefObject<HTMLElement | null>;
  entries: EntryReply[];
  userId: number;
  canEdit: boolean;
  /** The inputs on screen, by row then column: where Enter and paste go. */
  layout: Layout;
  send: SendRows;
  sending: boolean;
  /** Said before the error when a refused save wrote nothing (the grid's all-or-nothing). */
  refusedPrefix?: string;
  onSaved?: () => void;
}

/**
 * The drafts of the entry form and the grid: kept in the browser, typed, pasted, moved
 * through with Enter, checked, saved with versions, conflicts decided (keep mine sends again
 * once none is left), and an offline save sent again when the connection returns.
 */
export function useDraftTable({
  box,
  entries,
  userId,
  canEdit,
  layout,
  send,
  sending,
  refusedPrefix,
  onSaved,
}: Options) {
  const m = useMessages(entryMessages);
  const errText = useErrorText();
  const writable = (e: EntryReply) => canEdit && !e.locked;
  const lockedRegions = new Set(entries.filter((e) => !writable(e)).map((e) => e.region.id));
  const writableKey = (key: CellKey) => !lockedRegions.has(Number(key.split(':')[0]));

  const [seen, setSeen] = useState<EntryReply[] | null>(null);
  const [drafts, setDrafts] = useState<TableDrafts>({});
  const [conflicts, setConflicts] = useState<TableConflicts>({});
  const [issues, setIssues] = useState<TableIssues>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [retry, setRetry] = useState(false);

  // Adopt each new server reply during render (React's "adjust state on prop change"): cells
  // refreshed except those being edited; the first reply gets the drafts this browser kept.
  // A draft typed against an older version than the reply's becomes a conflict to decide.
  let current = drafts;
  const fresh =
    seen === null || seen.length !== entries.length || seen.some((e, i) => e !== entries[i]);
  if (fresh) {
    const first = seen === null;
    const restored = restoreTable(entries, (e) =>
      !first
        ? regionDrafts(drafts, e)
        : writable(e)
          ? readDrafts(browserStorage(), draftKey(userId, e.region.id, e.quarter))
          : {},
    );
    current = restored.drafts;
    const met = Object.keys(restored.conflicts).length;
    if (met > 0) setConflicts((c) => ({ ...c, ...restored.conflicts }));
    if (first && restored.restored > 0)
      setNotice({
        kind: 'warn',
        text: m(met > 0 ? 'draftRestoredConflict' : 'draftRestored', { n: restored.restored }),
      });
    setSeen(entries);
    setDrafts(current);
  }
  useEffect(() => {
    if (seen === null) return;
    for (const e of seen)
      if (canEdit && !e.locked)
        writeDrafts(
          browserStorage(),
          draftKey(userId, e.region.id, e.quarter),
          regionDrafts(drafts, e),
        );
  }, [drafts, seen, userId, canEdit]);

  const dirty = Object.values(current).filter(isDirty).length;
  useLeaveGuard(dirty > 0 ? m('leaveUnsaved', { n: dirty }) : null);

  const focus = (key: CellKey, field: DraftField) =>
    box.current?.querySelector<HTMLInputElement>(`[data-draft="${key}:${field}"]`)?.focus();
  const focusAt = (row: number, col: number) => {
    const slot = layout[row]?.[col];
    if (slot) focus(slot.key, slot.field);
  };

  const change = (key: CellKey, field: DraftField, value: string) => {
    setDrafts((d) => setField(d, key, field, value));
    setIssues((s) => (s[key] ? { ...s, [key]: [] } : s));
  };

  const save = (all: TableDrafts) => {
    if (sending) return;
    const plan = planSave(entries, all, writable);
    if (plan.kind === 'nothing') {
      announce(m('nothingToSave'));
      return setNotice({ kind: 'ok', text: m('nothingToSave') });
    }
    if (plan.kind === 'fix')
      return setNotice({ kind: 'error', text: m('fixFirst', { n: plan.n }) });
    if (plan.kind === 'note') {
      focus(plan.first, 'note');
      return setNotice({ kind: 'warn', text: m('needNote', { n: plan.n }) });
    }
    setNotice(null);
    const kept = () => {
      setRetry(true);
      setNotice({ kind: 'warn', text: m('offlineKept', { n: plan.n }) });
    };
    if (!navigator.onLine) return kept();
    send(plan.regions.map(({ regionId, rows }) => ({ regionId, rows }))).then(
      (stored) => {
        setDrafts((d) => applySaved(d, plan.regions, stored));
        setIssues({});
        setConflicts({});
        setNotice({ kind: 'ok', text: m('saved', { n: plan.n }) });
        announce(m('saved', { n: plan.n }));
        onSaved?.();
      },
      (error: unknown) => {
        // No answer at all: the connection dropped. The cells stay kept; sent when back.
        if (!(error instanceof ApiError)) return kept();
        const refused = readRefusal(
          error.details as { conflicts?: ObservationConflict[]; rows?: RowIssue[] } | undefined,
          plan.regions,
        );
        setConflicts(refused.conflicts);
        setIssues(refused.issues);
        if (error.status === 409 && Object.keys(refused.conflicts).length > 0)
          return setNotice({ kind: 'error', text: m('conflict') });
        // The cells carry the server's own Chinese messages; the notice is the UI's words.
        const text = errText(error);
        setNotice({ kind: 'error', text: refusedPrefix ? `${refusedPrefix} ${text}` : text });
      },
    );
  };

  // Back online with a save that could not be sent: send it now (its versions still apply,
  // so a cell changed meanwhile comes back as a conflict).
  useEffect(() => {
    if (!retry) return;
    const onOnline = () => {
      setRetry(false);
      save(current);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  });
  const anyWritable = entries.some(writable);
  useSaveShortcut(anyWritable ? () => save(current) : null);

  const keepTheirs = (key: CellKey) => {
    const next = keepTheirsIn({ drafts: current, conflicts }, key);
    setDrafts(next.drafts);
    setConflicts(next.conflicts);
  };
  const keepMine = (key: CellKey) => {
    const next = keepMineIn({ drafts: current, conflicts }, key);
    setDrafts(next.drafts);
    setConflicts(next.conflicts);
    if (next.resend) save(next.drafts);
  };

  /** The props of a cell's field: its value, its change, and the name focus finds it by. */
  const fieldProps = (key: CellKey, field: DraftField) => ({
    'data-draft': `${key}:${field}`,
    value: current[key]?.draft[field] ?? '',
    onChange: (e: { target: { value: string } }) => change(key, field, e.target.value),
  });

  /** A layout input's props: its field's, plus Enter to move and paste of a block. */
  const inputProps = (row: number, col: number) => {
    const slot = layout[row]?.[col];
    if (!slot) throw new Error(`no input at ${row}:${col}`);
    return {
      ...fieldProps(slot.key, slot.field),
      onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        e.preventDefault();
        const to = moveInColumn(layout, [row, col], e.shiftKey ? -1 : 1);
        if (to) focusAt(...to);
      },
      // A column or block copied from a spreadsheet fills this cell and those below and right.
      onPaste: (e: ClipboardEvent<HTMLInputElement>) => {
        const block = parsePastedGrid(e.clipboardData.getData('text/plain'));
        if (block.length === 1 && block[0]!.length === 1) return;
        e.preventDefault();
        const pasted = pasteBlock(current, layout, [row, col], block, writableKey);
        setDrafts(pasted.drafts);
        focusAt(...pasted.last);
      },
    };
  };

  return {
    drafts: current,
    conflicts,
    issues,
    notice,
    dirty,
    save: () => save(current),
    keepTheirs,
    keepMine,
    fieldProps,
    inputProps,
  };
}

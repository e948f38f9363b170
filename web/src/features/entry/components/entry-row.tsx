import type { ChangeEvent, ClipboardEvent, KeyboardEvent } from 'react';
import type {
  EntryRow,
  ObservationConflict,
  RowIssue,
} from '@targetboard/shared/api/observations.schema';
import { useI18n, useMessages } from '../../../lib/i18n';
import { formatFigure } from '../format';
import { entryMessages } from '../messages';
import type { DraftField, RowCheck, RowDraft } from '../row-state';
import { ConflictChoice } from './conflict-choice';
import { HistoryPopover } from './history-popover';
import { TargetCell } from './target-cell';

/** What an input of the table needs from the draft table (`useDraftTable().inputProps`). */
export interface CellInputProps {
  'data-draft': string;
  value: string;
  onChange(e: ChangeEvent<HTMLInputElement>): void;
  onKeyDown(e: KeyboardEvent<HTMLInputElement>): void;
  onPaste(e: ClipboardEvent<HTMLInputElement>): void;
}

/** One indicator: reference figures on the left, the inputs, then messages below when any. */
export function EntryRowView({
  index,
  row,
  regionId,
  quarter,
  draft,
  check,
  serverIssues,
  conflict,
  readOnly,
  showRatio,
  inputProps,
  onKeepTheirs,
  onKeepMine,
}: {
  index: number;
  row: EntryRow;
  regionId: number;
  quarter: string;
  draft: RowDraft;
  check: RowCheck;
  serverIssues: RowIssue[];
  conflict: ObservationConflict | undefined;
  readOnly: boolean;
  showRatio: boolean;
  /** The props of this row's input of a field (not called when read-only). */
  inputProps(field: DraftField): CellInputProps;
  onKeepTheirs(): void;
  onKeepMine(): void;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const { indicator, target } = row;
  const unit = indicator.unit;
  const issueOf = (field: DraftField) =>
    check.issues.find((i) => i.field === field)?.message ??
    serverIssues.find((i) => i.column === field)?.message;
  const serverNote = serverIssues.find((i) => i.column === 'note')?.message;
  const messages = [
    ...new Set([
      ...check.issues.map((i) => i.message),
      ...serverIssues.map((i) => i.message),
      ...check.warnings,
    ]),
  ];
  const hasRatio = draft.draft.numerator.trim() !== '' || draft.draft.denominator.trim() !== '';
  const dirty = (f: DraftField) => draft.base[f].trim() !== draft.draft[f].trim();

  const input = (field: DraftField, className: string, extra: object = {}) => {
    const error = field === 'note' ? (check.warnings[0] ?? serverNote) : issueOf(field);
    // Read-only figures are text, not empty-looking inputs: easier to read and to copy.
    if (readOnly)
      return (
        <span className={`entry-readonly ${className}`}>
          {draft.draft[field] || (field === 'note' ? '' : '—')}
        </span>
      );
    return (
      <input
        className={`entry-input ${className}${error ? ' entry-input--error' : ''}${dirty(field) ? ' entry-input--dirty' : ''}`}
        aria-label={`${indicator.name} ${m(field === 'value' ? 'colValue' : field === 'note' ? 'colNote' : field === 'numerator' ? 'colNumerator' : 'colDenominator')}`}
        aria-invalid={error ? true : undefined}
        title={error}
        {...inputProps(field)}
        {...extra}
      />
    );
  };
  const num = { inputMode: 'decimal' as const, autoComplete: 'off' };
  const cols = 8 + (showRatio ? 2 : 0);

  return (
    <>
      <tr
        className={
          messages.length || conflict
            ? 'entry-table__row entry-table__row--flag'
            : 'entry-table__row'
        }
      >
        <td className="entry-table__idx muted">{index + 1}</td>
        <th scope="row" className="entry-table__name">
          {indicator.name}
          {row.changedSinceApproval && (
            <span className="entry-badge entry-badge--risk">{m('changedSinceApproval')}</span>
          )}
        </th>
        <td className="num">
          <TargetCell target={target} indicator={indicator} quarter={quarter} />
        </td>
        <td className="num">{formatFigure(row.lastQuarter, unit, lang)}</td>
        <td className="num">{formatFigure(row.lastYear, unit, lang)}</td>
        <td className="num entry-table__input-col">
          <span className="entry-cell">
            {input('value', 'num', {
              ...num,
              placeholder:
                hasRatio && check.value !== null ? formatFigure(check.value, '', lang) : '',
            })}
            <span className="entry-unit">{unit}</span>
          </span>
          {hasRatio && check.value !== null && check.issues.length === 0 && (
            <small className="entry-computed">
              {m('computed', { value: formatFigure(check.value, unit, lang) })}
            </small>
          )}
        </td>
        {showRatio && <td className="num">{input('numerator', 'num entry-input--ratio', num)}</td>}
        {showRatio && (
          <td className="num">{input('denominator', 'num entry-input--ratio', num)}</td>
        )}
        <td>
          {input('note', 'entry-input--note', {
            placeholder: check.warnings.length ? m('notePlaceholder') : '',
            maxLength: 2000,
          })}
        </td>
        <td className="entry-table__tools">
          <HistoryPopover
            regionId={regionId}
            indicatorId={indicator.id}
            quarter={quarter}
            name={indicator.name}
            unit={unit}
          />
        </td>
      </tr>
      {messages.length > 0 && (
        <tr className="entry-table__message-row">
          <td />
          <td colSpan={cols - 1}>
            {messages.map((text) => (
              <p
                key={text}
                className={
                  check.warnings.includes(text)
                    ? 'entry-msg entry-msg--warn'
                    : 'entry-msg entry-msg--error'
                }
                role="alert"
              >
                {text}
              </p>
            ))}
          </td>
        </tr>
      )}
      {conflict && (
        <tr className="entry-table__message-row">
          <td />
          <td colSpan={cols - 1}>
            <ConflictChoice
              conflict={conflict}
              mine={draft.draft.value}
              unit={unit}
              testId={`conflict-${indicator.id}`}
              onKeepTheirs={onKeepTheirs}
              onKeepMine={onKeepMine}
            />
          </td>
        </tr>
      )}
    </>
  );
}

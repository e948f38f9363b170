import type { ObservationConflict } from '@targetboard/shared/api/observations.schema';
import { useBureauTimeZone } from '../../../lib/bureau-time';
import { useI18n, useMessages } from '../../../lib/i18n';
import { formatFigure, formatTime, joinUnit } from '../format';
import { entryMessages } from '../messages';

/** Theirs against mine for one cell, with the two ways out; the form and the grid show it alike. */
export function ConflictChoice({
  conflict,
  mine,
  unit,
  testId,
  onKeepTheirs,
  onKeepMine,
}: {
  conflict: ObservationConflict;
  /** The value typed, as text. */
  mine: string;
  unit: string;
  testId: string;
  onKeepTheirs(): void;
  onKeepMine(): void;
}) {
  const m = useMessages(entryMessages);
  const { lang } = useI18n();
  const timeZone = useBureauTimeZone();
  return (
    <div className="entry-conflict" data-testid={testId}>
      <span>
        {m('theirs', {
          value: formatFigure(conflict.value, unit, lang),
          user: conflict.updatedBy ?? '—',
          at: formatTime(conflict.updatedAt, lang, timeZone),
        })}
        {conflict.note ? `「${conflict.note}」` : ''}
      </span>
      <span>{m('mine', { value: mine.trim() ? joinUnit(mine.trim(), unit) : '—' })}</span>
      <button type="button" className="button" onClick={onKeepTheirs}>
        {m('keepTheirs')}
      </button>
      <button type="button" className="button" onClick={onKeepMine}>
        {m('keepMine')}
      </button>
    </div>
  );
}

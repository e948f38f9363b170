import type { ReactNode, RefObject } from 'react';
import { useMessages } from '../../../lib/i18n';
import { entryMessages } from '../messages';
import type { Notice } from '../use-draft-table';

/**
 * Save, the unsaved count and the result, as the form and the grid show them. They sit in
 * the sticky action bar, one Tab after the last cell and Ctrl+S from any cell.
 */
export function SaveBar({
  sending,
  dirty,
  notice,
  onSave,
  saveRef,
  children,
}: {
  sending: boolean;
  dirty: number;
  notice: Notice;
  onSave(): void;
  saveRef?: RefObject<HTMLButtonElement | null>;
  /** Extra controls before the keyboard hint (the form's ratio toggle). */
  children?: ReactNode;
}) {
  const m = useMessages(entryMessages);
  return (
    <footer className="entry__actions">
      <button
        type="button"
        className="button button--primary"
        ref={saveRef}
        aria-disabled={sending}
        onClick={onSave}
      >
        {sending ? m('saving') : m('save')}
      </button>
      <span className={dirty ? 'entry__dirty' : 'muted'}>
        {dirty ? m('unsaved', { n: dirty }) : m('allSaved')}
      </span>
      {notice && (
        <span
          className={`entry__notice entry__notice--${notice.kind}`}
          // A result is said once, through the app's live region (announce); a refusal is an alert.
          role={notice.kind === 'ok' ? undefined : 'alert'}
        >
          {notice.text}
        </span>
      )}
      <span className="entry__spacer" />
      {children}
      <span className="muted entry__hint">
        {m('keyboardHint')} · {m('saveShortcut')}
      </span>
    </footer>
  );
}

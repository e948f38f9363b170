import { useEffect } from 'react';

interface Keys {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * Ctrl+S (⌘S on a Mac) saves the entry from any row, instead of the browser's "save page".
 * Not while an input method is composing, and not with Alt or Shift (other shortcuts).
 */
export const isSaveShortcut = (e: Keys): boolean =>
  (e.ctrlKey || e.metaKey) &&
  !e.altKey &&
  !e.shiftKey &&
  !e.isComposing &&
  e.key.toLowerCase() === 's';

/** Calls `onSave` on Ctrl+S anywhere on the page while the caller is mounted. */
export function useSaveShortcut(onSave: (() => void) | null): void {
  // Registered again on each render, so the handler always sees the rows as they are now.
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isSaveShortcut(e)) return;
      // The browser's own "save page" is never what a reporter wants here.
      e.preventDefault();
      onSave?.();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });
}

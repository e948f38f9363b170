import { useEffect, useRef } from 'react';

export interface ReviewKeyActions {
  move(step: 1 | -1): void;
  confirm(): void;
  reject(): void;
  edit(): void;
  add(): void;
  escape(): void;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * J/K or ↓/↑ move between cards, C confirms, R rejects, E edits, A adds the selected text,
 * Escape cancels. Keys typed into a field are the field's, not shortcuts.
 */
export function useReviewKeys(actions: ReviewKeyActions) {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const el = event.target as HTMLElement | null;
      if (el && (TYPING.has(el.tagName) || el.isContentEditable)) return;
      const a = latest.current;
      const handlers: Record<string, () => void> = {
        j: () => a.move(1),
        ArrowDown: () => a.move(1),
        k: () => a.move(-1),
        ArrowUp: () => a.move(-1),
        c: a.confirm,
        r: a.reject,
        e: a.edit,
        a: a.add,
        Escape: a.escape,
      };
      const handler = handlers[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

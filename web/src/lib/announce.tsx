import { useSyncExternalStore } from 'react';

// One polite live region for the whole app: results (loaded, saved, submitted, returned) are
// read out by screen readers without moving the focus.
let message = '';
const listeners = new Set<() => void>();

/** Says `text` through the app's live region. Repeating the same text is read again. */
export function announce(text: string): void {
  // A change is what a screen reader reads: clear first, so a repeat still counts.
  message = '';
  for (const l of listeners) l();
  window.setTimeout(() => {
    message = text;
    for (const l of listeners) l();
  }, 50);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The live region; rendered once, in the page frame. */
export function LiveRegion() {
  const text = useSyncExternalStore(subscribe, () => message);
  return (
    <div role="status" aria-live="polite" className="visually-hidden" data-testid="live-region">
      {text}
    </div>
  );
}

import { type AnchorHTMLAttributes, type MouseEvent, useEffect, useSyncExternalStore } from 'react';

// A few pages and URL-held view state need no routing library: the History API and one
// subscription are enough, and every view stays a copyable link.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

// What a page with unsaved work asks before the app navigates away from it (null: nothing).
const leaveGuards = new Set<() => string | null>();

/**
 * While `message` is set, leaving asks first: in-app navigation with a confirm dialog, a
 * reload or a closed tab with the browser's own prompt.
 */
export function useLeaveGuard(message: string | null): void {
  useEffect(() => {
    if (message === null) return;
    const guard = () => message;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    leaveGuards.add(guard);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      leaveGuards.delete(guard);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [message]);
}

/**
 * Navigates within the app; `replace` keeps the back button for real page changes (and, only
 * tidying the address, asks no leave guard).
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (!options.replace)
    for (const guard of leaveGuards) {
      const message = guard();
      if (message !== null && !window.confirm(message)) return;
    }
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}

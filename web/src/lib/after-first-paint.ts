import { startTransition, useEffect, useState } from 'react';

/**
 * False until the component's first render has been painted, then true (in a transition, so
 * what it adds yields to input). For what the first screen can go without on a slow office PC:
 * the rest of a large grid, the first date formatter (its locale and zone data cost ~300 ms at
 * 4x CPU when index.html's idle warm-up has not run yet). `wanted` false: true at once.
 */
export function useAfterFirstPaint(wanted = true): boolean {
  const [painted, setPainted] = useState(!wanted);
  useEffect(() => {
    if (painted) return;
    // A frame's callbacks run before its paint; a task queued from one runs after it.
    let timer: number | undefined;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [painted]);
  return painted;
}

/**
 * False until the browser is first idle after the component mounted (or a second has passed),
 * then true: for work that should not share the first screen's frame or the tasks right after
 * it, where a large grid draws its rest.
 */
export function useOnceIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle) return;
    if (!window.requestIdleCallback) {
      const timer = window.setTimeout(() => setIdle(true), 200);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }, [idle]);
  return idle;
}

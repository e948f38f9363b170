/**
 * After a page change (sign-in, a drill-down, a saved form) focus goes to the main heading,
 * where the work continues, instead of falling to <body>. Waits a few frames for the page to
 * render its heading; the main region itself is the fallback. `leaving` is the heading of the
 * page being left (the sign-in form's): it may still be on screen for a frame, and focusing it
 * would drop the focus to <body> when it goes.
 */
export function focusMainHeading(leaving: Element | null = null): void {
  let frames = 0;
  const attempt = () => {
    const main = document.getElementById('main');
    const heading = main?.querySelector<HTMLElement>('h1');
    if (heading && heading !== leaving) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
    } else if (frames++ < 120) requestAnimationFrame(attempt);
    else main?.focus();
  };
  requestAnimationFrame(attempt);
}

/** How long a page may take to render its heading (a slow link, a large grid) before we give up. */
const WAIT_MS = 10_000;

/**
 * After a page change (sign-in, a drill-down, a saved form) focus goes to the main heading,
 * where the work continues, instead of falling to <body>. The heading may come only after the
 * page's data has loaded, so this watches the main region for it; meanwhile the main region
 * holds focus, and once the user has moved focus elsewhere nothing is taken from them.
 * `leaving` is the heading of the page being left (the sign-in form's): it may still be on
 * screen for a frame, and focusing it would drop the focus to <body> when it goes.
 */
export function focusMainHeading(leaving: Element | null = null): void {
  // The frame itself may render only after this call (sign-in swaps the login page for it).
  let frames = 0;
  const start = () => {
    const main = document.getElementById('main');
    if (main) watchFor(main, leaving);
    else if (frames++ < 120) requestAnimationFrame(start);
  };
  requestAnimationFrame(start);
}

function watchFor(main: HTMLElement, leaving: Element | null): void {
  const leavingPage = leaving?.closest('form') ?? leaving;
  // Focus nobody chose: none, the page, the main region, or a control of the page being left.
  const idle = () => {
    const active = document.activeElement;
    return (
      active === null ||
      active === document.body ||
      active === main ||
      !active.isConnected ||
      (leavingPage !== null && leavingPage.contains(active))
    );
  };
  const tryHeading = () => {
    const heading = main.querySelector<HTMLElement>('h1');
    if (!heading || heading === leaving) return false;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    if (idle()) heading.focus();
    return true;
  };
  if (tryHeading()) return;
  if (idle() && !leavingPage?.isConnected) main.focus();
  const observer = new MutationObserver(() => {
    if (!idle() || tryHeading()) stop();
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(main, { childList: true, subtree: true });
}

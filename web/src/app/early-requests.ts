declare global {
  interface Window {
    /** Set by index.html's inline script: the answers it asked for, by path and query. */
    targetboardEarly?: Record<string, Promise<Response>>;
  }
}

/**
 * Takes the requests index.html's inline script started before the app's code arrived, keyed
 * by path and query exactly as the typed client writes them (`/api/dashboard?region=…`). Taken
 * once, at start: a later request never meets an answer given to another moment (a session
 * that has since signed in, say). Empty when the script did not run (the dev server's first
 * load, a page kept from before it existed).
 */
export function takeEarlyRequests(): Record<string, Promise<Response> | undefined> {
  const early = window.targetboardEarly ?? {};
  delete window.targetboardEarly;
  return early;
}

/**
 * A query function that reads the early answer on its first call and asks the server itself
 * on any later one (a retry after a failure, a refetch). The early answer is the same request
 * the typed client would send, so it is read as the client's answer.
 */
export function earlyFirst<A, D>(
  early: Promise<Response> | undefined,
  ask: () => A,
  read: (answer: A) => Promise<D>,
): () => Promise<D> {
  let first = early as A | undefined;
  return () => {
    const answer = first ?? ask();
    first = undefined;
    return read(answer);
  };
}

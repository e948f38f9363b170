declare global {
  interface Window {
    /** Set by index.html's inline script: the answers it asked for, by path and query. */
    targetboardEarly?: Record<string, Promise<Response>>;
    /** Set by the same script: the bodies of the good answers, parsed so far or on the way. */
    targetboardEarlyBodies?: EarlyBodies;
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

/** By path: the bodies of good early answers already parsed, and each answer's parse. */
export interface EarlyBodies {
  ready: Record<string, unknown>;
  /** Resolves to the body, or to undefined for a refusal or a failure (left to `read`). */
  parsing: Record<string, Promise<unknown> | undefined>;
}

/**
 * The bodies of the early answers (taken once, like the answers): a page whose data is ready
 * renders with it at once, instead of first drawing "loading" and then waiting for a parse
 * on the busy main thread.
 */
export function takeEarlyBodies(): EarlyBodies {
  const bodies = window.targetboardEarlyBodies ?? { ready: {}, parsing: {} };
  delete window.targetboardEarlyBodies;
  return bodies;
}

/**
 * A query function that reads the early answer on its first call and asks the server itself
 * on any later one (a retry after a failure, a refetch). The early answer is the same request
 * the typed client would send, so it is read as the client's answer. With `parsing`, the
 * script's parse of that answer, a good body is taken from it (`fromBody`): the script has
 * read the answer's body, so only a refusal is read again.
 */
export function earlyFirst<A, D>(
  early: Promise<Response> | undefined,
  ask: () => A,
  read: (answer: A) => Promise<D>,
  parsed?: { parsing: Promise<unknown> | undefined; fromBody: (body: unknown) => D },
): () => Promise<D> {
  let first = early as A | undefined;
  let parsing = early ? parsed?.parsing : undefined;
  return async () => {
    const answer = first ?? ask();
    const body = await parsing;
    first = undefined;
    parsing = undefined;
    if (body !== undefined) return parsed!.fromBody(body);
    return read(answer);
  };
}

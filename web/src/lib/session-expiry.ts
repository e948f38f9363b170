import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const ME = ['auth', 'me'];
/** Set when a session ended under the user, so the login page can say why it is back. */
export const SESSION_ENDED = ['auth', 'ended'];

/** True when the server says the caller has no session (expired, signed out elsewhere, revoked). */
export function isSessionExpired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated';
}

/** Another user must never see the previous one's cached data; the session and health stay. */
export function dropUserData(client: QueryClient): void {
  client.removeQueries({
    predicate: (q) => q.queryKey[0] !== 'auth' && q.queryKey[0] !== 'health',
  });
}

/**
 * The app's query client with the one 401 handler: any query or mutation that meets an
 * ended session clears the signed-in user, so the app shows the login page instead of each
 * page showing its own error. With no user signed in (a wrong password at the login form),
 * a 401 is the form's to show and changes nothing here.
 */
export function createAppQueryClient(): QueryClient {
  const handle = (error: unknown) => {
    if (!isSessionExpired(error) || !client.getQueryData(ME)) return;
    client.setQueryData(SESSION_ENDED, true);
    client.setQueryData(ME, null);
    dropUserData(client);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Asking again cannot bring a session back.
        retry: (count, error) => !isSessionExpired(error) && count < 1,
      },
    },
  });
  return client;
}

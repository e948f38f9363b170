import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../../lib/api-client';
import { dropUserData, SESSION_ENDED } from '../../../lib/session-expiry';

/** The signed-in user, or null when there is no session (401 is an answer here, not an error). */
export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: () => readMe(api.api.auth.me.$get()),
    staleTime: 60_000,
  });

/** Reads the answer of `GET /api/auth/me`: the user, null without a session, else an ApiError. */
export async function readMe(res: ReturnType<typeof api.api.auth.me.$get>) {
  try {
    return (await unwrap(await res)).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const useMe = () => useQuery(getMeQueryOptions());

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { username: string; password: string }) =>
      (await unwrap(await api.api.auth.login.$post({ json: body }))).user,
    onSuccess: (user) => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, user);
      queryClient.setQueryData(SESSION_ENDED, false);
      dropUserData(queryClient);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.api.auth.logout.$post();
    },
    onSuccess: () => {
      queryClient.setQueryData(getMeQueryOptions().queryKey, null);
      dropUserData(queryClient);
    },
  });
}

/** Changes the signed-in user's own password; the answer carries the user with a new session. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) =>
      (await unwrap(await api.api.auth.password.$post({ json: body }))).user,
    onSuccess: (user) => queryClient.setQueryData(getMeQueryOptions().queryKey, user),
  });
}

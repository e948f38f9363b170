import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

/** The caller's latest notifications and unread count; polled so the header count stays fresh. */
export const getNotificationsQueryOptions = () =>
  queryOptions({
    queryKey: ['notifications'],
    queryFn: async () => unwrap(await api.api.notifications.$get({ query: {} })),
    refetchInterval: 60_000,
  });

export const useNotifications = () => useQuery(getNotificationsQueryOptions());

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) =>
      unwrap(await api.api.notifications[':id'].read.$post({ param: { id: String(id) } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.api.notifications['read-all'].$post()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

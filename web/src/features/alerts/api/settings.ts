import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';

export const getNotificationSettingsQueryOptions = () =>
  queryOptions({
    queryKey: ['notification-settings'],
    queryFn: async () => unwrap(await api.api['notification-settings'].$get()),
  });

export const useNotificationSettings = () => useQuery(getNotificationSettingsQueryOptions());

export function useSetNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (json: { email: string | null; emailEnabled: boolean }) =>
      unwrap(await api.api['notification-settings'].$put({ json })),
    onSuccess: (data) => queryClient.setQueryData(['notification-settings'], data),
  });
}
